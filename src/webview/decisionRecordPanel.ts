/**
 * The Decision Record: an editor panel, opened from the Decisions view's title bar, with room for
 * two charts a side bar cannot show well — how often what you were sure of happened (calibration,
 * with the Brier score in words) and the decision debt over the weeks or months. The host computes
 * the numbers; the page draws them. One panel at a time; it follows the journal as it changes.
 */
import * as vscode from 'vscode';
import { COMMANDS } from '../ids';
import { type CalendarDate, addDays, addMonths } from '../journal/base/dates';
import { bucketRange, calibration, calibrationInWords } from '../journal/decisions/calibration';
import { debtHistory } from '../journal/decisions/debtHistory';
import { lookBacksDue } from '../journal/decisions/lookBacks';
import type { Entry } from '../journal/entries/entry';
import { currentDay } from '../workspace/clock';
import { Disposable } from '../workspace/disposable';
import type { JournalService } from '../workspace/journalService';
import { pageHtml, pageRoots } from './pageHtml';
import { type DebtUnit, type DecisionRecordState, type RecordHostMessage, parseRecordPageMessage } from './recordProtocol';

/** How far back the debt chart reaches: half a year of weeks, two years of months. */
const DEBT_RANGE: Readonly<Record<DebtUnit, (today: CalendarDate) => CalendarDate>> = {
  week: (today) => addDays(today, -7 * 25),
  month: (today) => addMonths(today, -23),
};

export class DecisionRecordPanel extends Disposable {
  static readonly viewType = 'reflection.decisionRecord';
  private panel: vscode.WebviewPanel | undefined;
  private debtUnit: DebtUnit = 'week';
  private lastState: DecisionRecordState | undefined;

  constructor(private readonly extensionUri: vscode.Uri, private readonly journal: JournalService) {
    super();
    this._register(journal.onDidChange(() => void this.refresh()));
    this._register({ dispose: () => this.panel?.dispose() });
  }

  /** What the page was last sent (for tests and automation). */
  get state(): DecisionRecordState | undefined {
    return this.lastState;
  }

  /** Opens the panel beside the editor, or brings it forward. */
  show(): void {
    if (this.panel) {
      this.panel.reveal();
      return;
    }
    const panel = vscode.window.createWebviewPanel(DecisionRecordPanel.viewType, 'Decision Record', vscode.ViewColumn.Active, {
      enableScripts: true, localResourceRoots: pageRoots(this.extensionUri),
    });
    panel.webview.html = pageHtml(panel.webview, this.extensionUri, { script: 'record.js', style: 'record.css', title: 'Decision Record' });
    const received = panel.webview.onDidReceiveMessage(async (raw: unknown) => {
      const message = parseRecordPageMessage(raw);
      if (message?.type === 'debtUnit') {
        this.debtUnit = message.unit;
      } else if (message?.type === 'reviewOutcome') {
        await vscode.commands.executeCommand(COMMANDS.reviewOutcome);
        return;
      }
      if (message) {
        await this.refresh();
      }
    });
    panel.onDidDispose(() => {
      received.dispose();
      this.panel = undefined;
    });
    this.panel = panel;
  }

  private async refresh(): Promise<void> {
    if (!this.panel) {
      return;
    }
    const journal = await this.journal.openIfKnown().catch(() => undefined);
    this.lastState = recordState(journal?.index.entries() ?? [], currentDay(), this.debtUnit);
    const message: RecordHostMessage = { type: 'state', state: this.lastState };
    await this.panel?.webview.postMessage(message);
  }
}

/** Everything the page draws, as of `today`. */
export function recordState(entries: readonly Entry[], today: CalendarDate, debtUnit: DebtUnit): DecisionRecordState {
  const scores = calibration(entries, today);
  const from = DEBT_RANGE[debtUnit](today);
  return {
    asOf: today,
    reviewed: scores.reviewed,
    brier: scores.brier,
    buckets: scores.buckets.map((b) => ({ range: bucketRange(b), from: b.from, to: b.to, count: b.count, meanConfidence: b.meanConfidence, hitRate: b.hitRate })),
    words: calibrationInWords(scores),
    waiting: lookBacksDue(entries, today).length,
    debtUnit,
    debt: debtHistory(entries, debtUnit, today).filter((point) => point.day >= from).map((point) => ({ period: point.period, overdue: point.overdue, open: point.open })),
  };
}
