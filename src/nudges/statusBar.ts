/**
 * One quiet status-bar item: the leadership share of the last four weeks, and counts of what is
 * waiting (overdue decisions, look-backs due, one-on-ones overdue, an entry due to be written). Its tooltip says what each
 * number is, with one-click links; clicking the item opens the Balance view. Never a pop-up.
 */
import { currentDay } from '../workspace/clock';
import * as vscode from 'vscode';
import { type LookBack, lookBacksDue } from '../journal/decisions/lookBacks';
import { decisionReport } from '../journal/decisions/decisionReport';
import { oneOnOnesOverdue, peopleReport } from '../journal/people/peopleReport';
import { LEADERSHIP_MOMENTS } from '../journal/writing/entryNames';
import { writingReminders } from '../journal/writing/writingReminders';
import { percent } from '../journal/base/format';
import { recentWeeks } from '../journal/balance/trends';
import { COMMANDS, VIEWS, focusCommand } from '../ids';
import { type ShownNudges, lastNudges } from './lastNudges';
import type { LastSession } from '../workspace/lastSession';
import { BACKGROUND_MS, Disposable } from '../workspace/disposable';
import type { JournalService } from '../workspace/journalService';
import type { Settings } from '../workspace/settings';

/** How long the item waits after the journal is read, so that the Balance view computes first. */
const AFTER_THE_VIEW_MS = 50;

/** How often the item looks again, so a new day's reminders appear without any file change. */
const RECHECK_MS = 30 * 60_000;

export class NudgeStatusBar extends Disposable {
  private readonly item = this._register(vscode.window.createStatusBarItem('reflection.nudges', vscode.StatusBarAlignment.Right, 100));

  private readonly last: LastSession<ShownNudges>;

  constructor(private readonly journal: JournalService, private readonly settings: Settings, memento: vscode.Memento) {
    super();
    this.last = this._register(lastNudges(memento));
    this.item.name = 'Reflection Journal';
    this.item.command = COMMANDS.showBalance;
    this.showLastSession();
    const update = () => void this.update();
    // After a change of the journal the Balance view goes first: the item follows a moment later.
    [journal.onDidChange(this._later(BACKGROUND_MS, update)), settings.onDidChangeArea('nudges', update)].forEach((d) => this._register(d));
    this._every(RECHECK_MS, update);
    update();
  }

  /** The item's text as shown (for tests), or undefined while hidden. */
  get text(): string | undefined {
    return this.shown ? this.item.text : undefined;
  }

  private shown = false;

  async update(): Promise<void> {
    const nudges = this.settings.current.nudges;
    const journal = nudges.enabled ? await this.journal.openIfKnown().catch(() => undefined) : undefined;
    // When this waited for the journal to be read, the Balance view waited too: it goes first (its
    // refresh runs on a 0 ms timer, which fires before this one).
    await new Promise((resolve) => setTimeout(resolve, AFTER_THE_VIEW_MS));
    if (!journal) {
      this.item.hide();
      this.shown = false;
      return;
    }
    const entries = journal.index.entries();
    const today = currentDay();
    const target = this.journal.target();
    const weeks = this.journal.series(journal, 'week');
    const recent = recentWeeks(weeks, today, target);
    const overdue = decisionReport(entries, today, { openOnly: true }).overdue;
    const lookBacks = lookBacksDue(entries, today);
    const reminders = writingReminders(entries, today, nudges.weeklyReminderDay);
    const cadence = this.settings.current.oneOnOneCadenceDays;
    const oneOnOnes = oneOnOnesOverdue(peopleReport(entries, today), cadence);

    const parts = [`$(pulse) ${recent.trailingShare === null ? '–' : percent(recent.trailingShare)}`];
    const lines = [recent.headline.replace(/ \(.*?\)/, '')];
    const links: string[] = [];
    if (overdue > 0) {
      parts.push(`$(warning) ${overdue}`);
      lines.push(`${overdue} ${overdue === 1 ? 'decision is' : 'decisions are'} past due — [see them](command:${focusCommand(VIEWS.decisions)})`);
      links.push(focusCommand(VIEWS.decisions));
    }
    if (lookBacks.length > 0) {
      parts.push(`$(bell-dot) ${lookBacks.length}`);
      lines.push(`${lookBackWords(lookBacks)} due for a look back — [review the outcome](command:${COMMANDS.reviewOutcome})`);
      links.push(COMMANDS.reviewOutcome);
    }
    if (oneOnOnes.length > 0) {
      parts.push(`$(person) ${oneOnOnes.length}`);
      const names = oneOnOnes.map((row) => `${row.name} (${row.daysSince} days)`).join(', ');
      lines.push(`1:1 overdue (more than ${cadence} days): ${names} — [see people](command:${focusCommand(VIEWS.people)})`);
      links.push(focusCommand(VIEWS.people));
    }
    for (const reminder of reminders) {
      const command = reminder.type === LEADERSHIP_MOMENTS ? COMMANDS.newLeadershipMoments : COMMANDS.newMonthlyReflection;
      const args = encodeURIComponent(JSON.stringify({ date: reminder.date }));
      lines.push(reminder.type === LEADERSHIP_MOMENTS
        ? `This week's leadership moments are not written yet — [write them](command:${command}?${args})`
        : `The monthly reflection for ${reminder.period} is due — [write it](command:${command}?${args})`);
      links.push(command);
    }
    if (reminders.length > 0) {
      parts.push('$(edit)');
    }
    const shown = { text: parts.join('  '), tooltip: lines.join('\n\n'), links, label: lines.map((line) => line.replace(/ — \[.*$/, '')).join('. ') };
    this.show(shown);
    this.last.saveSoon(this.shownFor(journal.root), shown);
  }

  private show(shown: ShownNudges): void {
    this.item.text = shown.text;
    const tooltip = new vscode.MarkdownString(shown.tooltip);
    tooltip.isTrusted = { enabledCommands: [...shown.links] };
    tooltip.supportThemeIcons = true;
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: shown.label };
    this.item.show();
    this.shown = true;
  }

  /** What the item's numbers depend on besides the journal's files. */
  private shownFor(root: vscode.Uri): unknown[] {
    const current = this.settings.current;
    return [root.toString(), currentDay(), this.journal.target(), current.oneOnOneCadenceDays, current.nudges.weeklyReminderDay];
  }

  /** Before the journal is read: last session's text, if it was for this journal, day and settings. */
  private showLastSession(): void {
    const root = this.journal.knownRoot();
    const saved = root && this.settings.current.nudges.enabled ? this.last.load(this.shownFor(root)) : undefined;
    if (saved) {
      this.show(saved);
    }
  }
}

/** `1 decision is`, `2 leadership bets are`, `1 decision and 2 bets are`. */
function lookBackWords(due: readonly LookBack[]): string {
  const decisions = due.filter((row) => row.kind === 'decision').length;
  const bets = due.length - decisions;
  const parts = [decisions > 0 ? `${decisions} ${decisions === 1 ? 'decision' : 'decisions'}` : '', bets > 0 ? `${bets} leadership ${bets === 1 ? 'bet' : 'bets'}` : ''].filter(Boolean);
  return `${parts.join(' and ')} ${due.length === 1 ? 'is' : 'are'}`;
}
