/**
 * The Balance view in the Reflection side bar: a webview that draws what `trends()` computes. The
 * host owns the numbers and the settings; the page only draws and asks. Every page message is
 * validated, and the page can only open files that are entries of the journal.
 */
import { benchLog } from '../workspace/benchLog';
import { currentDay } from '../workspace/clock';
import * as vscode from 'vscode';
import { pageHtml, pageRoots } from './pageHtml';
import { showTitleNumbers } from './viewTitle';
import { LastPaint, type PaintFor } from './lastPaint';
import { auditRanges, logCountsByPeriod } from '../journal/timeAudit/audit';
import { reviewsByPeriod } from '../journal/reviews/reviewsByPeriod';
import { insights } from '../journal/balance/insights';
import { entriesInPeriod, shortHeadline, trailingStart, trendsOf } from '../journal/balance/trends';
import { balanceByPeriod } from '../journal/balance/balance';
import { COMMANDS, VIEWS } from '../ids';
import { Disposable } from '../workspace/disposable';
import type { FirstLookReading, JournalService } from '../workspace/journalService';
import type { TimeAuditState } from '../workspace/timeAuditState';
import {
  type BalanceState, DEFAULT_SETTINGS, type HostMessage, type PageMessage, type ViewSettings, parsePageMessage,
} from './protocol';

const SETTINGS_KEY = 'reflection.balance.settings';
const PAGE = { script: 'webview.js', style: 'balance.css', title: 'Balance', lazyScript: 'balanceChart.js' };
/** The key of a state taken from the last session: never equal to a computed one. */
const LAST_SESSION = 'last session';

/** What the page's empty-state buttons start. */
const NEW_ENTRY_COMMAND = {
  'monthly-reflection': COMMANDS.newMonthlyReflection,
  'after-action-review': COMMANDS.newAfterActionReview,
  'leadership-moments': COMMANDS.newLeadershipMoments,
} as const;

export class BalanceViewProvider extends Disposable implements vscode.WebviewViewProvider {
  static readonly viewType = VIEWS.balance;

  private view: vscode.WebviewView | undefined;
  private selected: string | null = null;
  private lastState: BalanceState | undefined;
  private readonly lastPaint: LastPaint;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly journal: JournalService,
    private readonly audit: TimeAuditState,
  ) {
    super();
    this.lastPaint = this._register(new LastPaint(context.workspaceState));
    this._register(journal.onDidChange(() => this.refreshSoon()));
    this._register(journal.onDidFirstLook((look) => this.showFirstLook(look)));
    // A first look reads what this view's headline needs: four weeks of files with weeks.
    journal.firstLookFrom = () => trailingStart(currentDay(), this.settings.unit);
    // A time audit's periods are marked on the chart.
    this._register(audit.onDidChange(() => this.refreshSoon()));
    this._register({ dispose: () => clearTimeout(this.refreshTimer) });
  }

  /** What the page was last sent (for tests and automation). */
  get state(): BalanceState | undefined {
    return this.lastState;
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    benchLog?.('Balance view resolved');
    this.view = view;
    this.pageReady = false;
    this.sentKey = undefined;
    // The numbers known now (the last session's, or this session's when the view comes back) go
    // into the title bar and into the page itself, so the page paints them as soon as it runs,
    // without a round trip to a host that may be busy reading the journal.
    this.paintLastSession(view);
    const look = this.lastState ? undefined : this.firstLook;
    if (look) {
      showTitleNumbers(view, look.title);
      benchLog?.('first look shown (in the page\'s HTML)');
    }
    // Read the journal (the saved index first) while the page loads, and compute the state at once;
    // "ready" then gets what is new.
    this.refreshSoon();
    view.webview.options = { enableScripts: true, localResourceRoots: pageRoots(this.context.extensionUri) };
    this.pagePainted = this.lastState ? this.lastKey : undefined;
    view.webview.html = pageHtml(view.webview, this.context.extensionUri, {
      ...PAGE, ...(this.lastState ? { firstPaint: this.lastState } : look ? { firstLook: look.headline } : {}),
    });
    const subscriptions = [
      view.webview.onDidReceiveMessage((raw: unknown) => void this.handle(parsePageMessage(raw))),
      view.onDidChangeVisibility(() => {
        if (view.visible) {
          this.refreshSoon();
        }
      }),
    ];
    view.onDidDispose(() => {
      vscode.Disposable.from(...subscriptions).dispose();
      this.view = undefined;
      this.pageReady = false;
    });
  }

  private get settings(): ViewSettings {
    return this.context.workspaceState.get<ViewSettings>(SETTINGS_KEY) ?? DEFAULT_SETTINGS;
  }

  private async handle(message: PageMessage | undefined): Promise<void> {
    if (!message) {
      return;
    }
    switch (message.type) {
      case 'ready':
        // A new page knows nothing yet: send it what is known now (the last session's state while
        // the journal is read), then whatever the refresh computes.
        benchLog?.('page ready');
        this.pageReady = true;
        this.sentKey = this.pagePainted;
        this.sendFirstLook();
        await this.send(this.lastKey);
        this.refreshSoon();
        return;
      case 'settings':
        await this.context.workspaceState.update(SETTINGS_KEY, message.settings);
        return this.refresh();
      case 'select':
        this.selected = message.period;
        return this.refresh();
      case 'open':
        return this.openEntry(message.path);
      case 'newEntry':
        await vscode.commands.executeCommand(NEW_ENTRY_COMMAND[message.template]);
        return;
      case 'showProblems':
        await vscode.commands.executeCommand('workbench.actions.view.problems');
        return;
    }
  }

  /** Opens an entry the page asked for, if it really is an entry of the journal. */
  private async openEntry(path: string): Promise<void> {
    const journal = await this.journal.peek();
    if (!journal || !journal.index.entryAt(path)) {
      return;
    }
    await vscode.window.showTextDocument(journal.files.uriOf(path), { preview: true });
  }

  /** Refreshes once for a burst of reasons (a change, the view shown, the page ready). */
  private refreshSoon(): void {
    if (this.refreshTimer === undefined) {
      this.refreshTimer = setTimeout(() => {
        this.refreshTimer = undefined;
        void this.refresh();
      }, 0);
    }
  }

  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** What the last state was computed from: an equal key means it is current, and not computed again. */
  private lastKey: string | undefined;
  /** What the state the page has was computed from. */
  private sentKey: string | undefined;
  /** Whether the page's script listens (it said "ready"); messages before that are lost. */
  private pageReady = false;
  /** A first look's title-bar text and headline while the journal is read from scratch (before any state). */
  private firstLook: { readonly title: string; readonly headline: string } | undefined;
  /** What the page's HTML carries for its first paint (the last session's state), if anything. */
  private pagePainted: string | undefined;

  /** Computes the state when something it depends on changed, and sends it when the page lacks it. */
  async refresh(): Promise<void> {
    if (!this.view?.visible) {
      return;
    }
    // Opening the panel never asks for a folder: with none known it shows its empty state,
    // whose buttons start an entry (and ask there).
    const journal = await this.journal.openIfKnown();
    // Let the extension host breathe between reading the journal and computing from it: both are
    // long on a big journal, and together they would hold it for twice as long.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!this.view?.visible) {
      return;
    }
    const started = performance.now();
    const settings = this.settings;
    const key = JSON.stringify([journal?.root.toString(), journal?.index.version, this.journal.settingsVersion, settings, this.selected, currentDay(), this.audit.running]);
    if (key !== this.lastKey) {
      this.compute(journal, settings);
      this.lastKey = key;
      benchLog?.(`balance state computed in ${(performance.now() - started).toFixed(1)} ms: ${this.lastState!.entryCount} entries, ${this.lastState!.points.length} periods`);
    }
    await this.send(key);
  }

  /**
   * While a journal is read from scratch and nothing is shown yet: the headline of the files named
   * for the headline's periods, in the title bar and the page, each saying it is a first look. The
   * computed state replaces it when every file is read (a file named for another day than its
   * date can change it then). Never saved as the last paint. A first look that comes before the
   * view is resolved waits for it, and goes into the page's HTML.
   */
  private showFirstLook({ entries, read }: FirstLookReading): void {
    if (this.lastState) {
      return;
    }
    const settings = this.settings;
    const target = this.journal.target();
    const result = trendsOf(balanceByPeriod(entries, this.journal.taxonomy(), settings.unit), { ...settings, today: currentDay(), target });
    this.firstLook = {
      title: `${shortHeadline(result, target)} · reading…`,
      headline: `${result.headline}. A first look from the ${read.toLocaleString('en')} newest files; reading the rest of the journal…`,
    };
    if (this.view) {
      showTitleNumbers(this.view, this.firstLook.title);
      this.sendFirstLook();
      benchLog?.('first look shown');
    }
  }

  /**
   * The first look's headline, to a page that has no state yet. Sent before the page says it is
   * ready too: VS Code holds a message for a page still loading and hands it over once the page's
   * script has run, which saves the round trip of "ready" (a quarter to half a second while the
   * workbench is busy). Sent again on "ready", in case a page missed it; showing it twice is harmless.
   */
  private sendFirstLook(): void {
    if (this.firstLook && !this.lastState && this.view) {
      void this.view.webview.postMessage({ type: 'firstLook', headline: this.firstLook.headline } satisfies HostMessage);
    }
  }

  /** Sends the state computed from `key` to a listening page that does not have it yet. */
  private async send(key: string | undefined): Promise<void> {
    if (this.pageReady && this.lastState && this.view && this.sentKey !== key) {
      this.sentKey = key;
      await this.view.webview.postMessage({ type: 'state', state: this.lastState } satisfies HostMessage);
      benchLog?.(`balance state sent (${key === LAST_SESSION ? 'the last session\'s' : 'computed'})`);
    }
  }

  /** Before the journal is read: the last session's numbers, if they were for this journal, settings and day. */
  private paintLastSession(view: vscode.WebviewView): void {
    const root = this.journal.knownRoot();
    const saved = !this.lastState && root ? this.lastPaint.load(this.paintFor(root)) : undefined;
    if (saved) {
      this.lastState = saved.state;
      this.lastKey = LAST_SESSION;
      showTitleNumbers(view, saved.title);
      benchLog?.('balance state from the last session shown');
    }
  }

  private paintFor(root: vscode.Uri): PaintFor {
    return { root: root.toString(), settings: this.settings, target: this.journal.target(), day: currentDay() };
  }

  private compute(journal: Awaited<ReturnType<JournalService['openIfKnown']>>, settings: ViewSettings): void {
    const entries = journal?.index.entries() ?? [];
    const taxonomy = this.journal.taxonomy();
    const target = this.journal.target();
    const series = journal ? this.journal.series(journal, settings.unit) : [];
    const result = trendsOf(series, { ...settings, today: currentDay(), target });
    const selected = this.selected && result.points.some((p) => p.period === this.selected)
      ? { period: this.selected, entries: entriesInPeriod(entries, taxonomy, settings.unit, this.selected, settings.series) }
      : undefined;
    const found = insights(entries, taxonomy, { unit: settings.unit, series: settings.series, target, today: currentDay() }, series);
    const audits = auditRanges(entries, this.audit.running);
    const logged = logCountsByPeriod(entries, settings.unit);
    const reviews = reviewsByPeriod(entries, settings.unit);
    const points = result.points.map((point) => ({
      ...point,
      audit: audits.some((range) => range.from <= point.end && range.to >= point.start),
      logged: logged.get(point.period) ?? 0,
      ...(reviews.has(point.period) ? { review: reviews.get(point.period) } : {}),
    }));
    this.firstLook = undefined;
    this.lastState = {
      settings, target, headline: result.headline, points, hiddenPeriods: result.hiddenPeriods,
      entryCount: entries.length, problemCount: journal?.index.problemCount() ?? 0, selected,
      insights: found.map((insight) => ({ id: insight.id, text: insight.text, period: insight.period, path: insight.period ? undefined : insight.paths[0] })),
    };
    // The numbers in native UI first: the view's title bar shows them before any page has booted.
    const title = journal && entries.length > 0 ? shortHeadline(result, target) : undefined;
    if (this.view) {
      showTitleNumbers(this.view, title);
    }
    if (journal) {
      this.lastPaint.saveSoon(this.paintFor(journal.root), this.lastState, title);
    }
  }
}
