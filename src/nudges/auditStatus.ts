/**
 * While a time audit runs: two quick log buttons (M, L) and an item with the audit's progress.
 * When nothing was logged for a stretch of working hours the item says so, quietly (no pop-up);
 * when the audit's last day has passed it offers the summary.
 */
import * as vscode from 'vscode';
import { logsIn, workingMinutesBetween } from '../journal/timeAudit/audit';
import { formatMinutes } from '../journal/base/duration';
import { minutesBySide } from '../journal/entries/timeLogLines';
import { percent } from '../journal/base/format';
import { type AuditState, auditState, workdays } from '../commands/timeLog';
import { currentDay } from '../workspace/clock';
import type { JournalService } from '../workspace/journalService';

const RECHECK_MS = 60_000;

export class AuditStatusBar implements vscode.Disposable {
  private readonly main = vscode.window.createStatusBarItem('reflection.audit', vscode.StatusBarAlignment.Left, 50);
  private readonly management = vscode.window.createStatusBarItem('reflection.audit.management', vscode.StatusBarAlignment.Left, 49);
  private readonly leadership = vscode.window.createStatusBarItem('reflection.audit.leadership', vscode.StatusBarAlignment.Left, 48);
  private readonly disposables: vscode.Disposable[];
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly context: vscode.ExtensionContext, private readonly journal: JournalService, changes: vscode.Event<void>) {
    this.main.name = 'Reflection: Time Audit';
    this.management.name = 'Reflection: Log Management Time';
    this.leadership.name = 'Reflection: Log Leadership Time';
    this.management.text = '$(tools) M';
    this.management.tooltip = 'Log management time (tasks, reporting, coordination)';
    this.management.command = 'reflection.logManagementTime';
    this.leadership.text = '$(compass) L';
    this.leadership.tooltip = 'Log leadership time (decisions, direction, accountability)';
    this.leadership.command = 'reflection.logLeadershipTime';
    this.disposables = [
      this.main, this.management, this.leadership,
      changes(() => void this.update()),
      journal.onDidChange(() => void this.update()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('reflection.timeAudit')) {
          void this.update();
        }
      }),
    ];
    this.timer = setInterval(() => void this.update(), RECHECK_MS);
    void this.update();
  }

  /** The items' texts as shown (for tests), or undefined when no audit runs. */
  texts: string[] | undefined;

  async update(now = new Date()): Promise<void> {
    const state = auditState(this.context);
    const journal = state && await this.journal.openIfKnown().catch(() => undefined);
    if (!state || !journal) {
      [this.main, this.management, this.leadership].forEach((item) => item.hide());
      this.texts = undefined;
      return;
    }
    const today = currentDay();
    const logs = logsIn(journal.index.entries(), state);
    const sides = minutesBySide(logs);
    const total = sides.management + sides.leadership;
    const split = total > 0 ? `, leadership ${percent(sides.leadership / total)}` : '';
    if (today > state.to) {
      this.main.text = '$(clock) Time audit done: write the summary';
      this.main.command = 'reflection.stopTimeAudit';
      this.main.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      this.main.tooltip = `The audit ran ${state.from} to ${state.to}: ${formatMinutes(total)} logged${split}. Click to write its summary.`;
    } else {
      const quiet = this.quietMinutes(state, logs, now);
      const threshold = vscode.workspace.getConfiguration('reflection.timeAudit').get<number>('reminderAfterMinutes', 120);
      const reminding = quiet >= threshold;
      this.main.text = reminding ? `$(bell) Nothing logged for ${formatMinutes(quiet)}` : `$(clock) Audit: ${formatMinutes(total)}${split}`;
      this.main.command = 'reflection.logTime';
      this.main.backgroundColor = reminding ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
      this.main.tooltip = `Time audit ${state.from} to ${state.to}: ${formatMinutes(total)} logged${split}. Click to log time; "Reflection: Stop Time Audit" ends it and writes the summary.`;
    }
    this.main.accessibilityInformation = { label: `${this.main.text.replace(/\$\([^)]*\)\s*/g, '')}` };
    [this.main, this.management, this.leadership].forEach((item) => item.show());
    this.texts = [this.main.text, this.management.text, this.leadership.text];
  }

  /** Working minutes since the last log (or since the audit began), within working hours. */
  private quietMinutes(state: AuditState, logs: ReturnType<typeof logsIn>, now: Date): number {
    const range = vscode.workspace.getConfiguration('reflection.timeAudit').get<string>('workingHours', '09:00-17:00');
    const match = /^(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})$/.exec(range.trim());
    const hours = match ? { start: match[1], end: match[2] } : { start: '09:00', end: '17:00' };
    const last = logs[logs.length - 1];
    const [y, m, d] = (last ? last.date : state.from).split('-').map(Number);
    const [hh, mm] = (last ? last.time : hours.start).split(':').map(Number);
    return workingMinutesBetween(new Date(y, m - 1, d, hh, mm), now, hours, workdays());
  }

  dispose(): void {
    clearInterval(this.timer);
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
