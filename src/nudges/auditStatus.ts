/**
 * While a time audit runs: two quick log buttons (M, L), a calendar import button, and an item with
 * the audit's progress.
 * When nothing was logged for a stretch of working hours the item says so, quietly (no pop-up);
 * when the audit's last day has passed it offers the summary.
 */
import * as vscode from 'vscode';
import { logsIn, workingMinutesBetween } from '../journal/timeAudit/audit';
import { formatMinutes } from '../journal/base/duration';
import { minutesBySide } from '../journal/entries/timeLogLines';
import { percent } from '../journal/base/format';
import { COMMANDS } from '../ids';
import type { AuditRange } from '../journal/timeAudit/audit';
import { currentDay } from '../workspace/clock';
import { BACKGROUND_MS, Disposable } from '../workspace/disposable';
import type { JournalService } from '../workspace/journalService';
import type { Settings } from '../workspace/settings';
import type { TimeAuditState } from '../workspace/timeAuditState';

const RECHECK_MS = 60_000;

export class AuditStatusBar extends Disposable {
  private readonly main = this._register(vscode.window.createStatusBarItem('reflection.audit', vscode.StatusBarAlignment.Left, 50));
  private readonly management = this._register(vscode.window.createStatusBarItem('reflection.audit.management', vscode.StatusBarAlignment.Left, 49));
  private readonly leadership = this._register(vscode.window.createStatusBarItem('reflection.audit.leadership', vscode.StatusBarAlignment.Left, 48));
  private readonly calendar = this._register(vscode.window.createStatusBarItem('reflection.audit.calendar', vscode.StatusBarAlignment.Left, 47));

  constructor(private readonly journal: JournalService, private readonly audit: TimeAuditState, private readonly settings: Settings) {
    super();
    this.main.name = 'Reflection: Time Audit';
    this.management.name = 'Reflection: Log Management Time';
    this.leadership.name = 'Reflection: Log Leadership Time';
    this.management.text = '$(tools) M';
    this.management.tooltip = 'Log management time (tasks, reporting, coordination)';
    this.management.command = COMMANDS.logManagementTime;
    this.leadership.text = '$(compass) L';
    this.leadership.tooltip = 'Log leadership time (decisions, direction, accountability)';
    this.leadership.command = COMMANDS.logLeadershipTime;
    this.calendar.name = 'Reflection: Import Calendar Week';
    this.calendar.text = '$(calendar)';
    this.calendar.tooltip = 'Import the week from your calendar (.ics): confirm the events in one pass';
    this.calendar.command = COMMANDS.importCalendarWeek;
    const update = () => void this.update();
    [audit.onDidChange(update), journal.onDidChange(this._later(BACKGROUND_MS, update)), settings.onDidChangeArea('timeAudit', update)].forEach((d) => this._register(d));
    this._every(RECHECK_MS, update);
    update();
  }

  /** The items' texts as shown (for tests), or undefined when no audit runs. */
  texts: string[] | undefined;

  async update(now = new Date()): Promise<void> {
    const state = this.audit.running;
    const journal = state && await this.journal.openIfKnown().catch(() => undefined);
    if (!state || !journal) {
      [this.main, this.management, this.leadership, this.calendar].forEach((item) => item.hide());
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
      this.main.command = COMMANDS.stopTimeAudit;
      this.main.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      this.main.tooltip = `The audit ran ${state.from} to ${state.to}: ${formatMinutes(total)} logged${split}. Click to write its summary.`;
    } else {
      const quiet = this.quietMinutes(state, logs, now);
      const reminding = quiet >= this.settings.current.timeAudit.reminderAfterMinutes;
      this.main.text = reminding ? `$(bell) Nothing logged for ${formatMinutes(quiet)}` : `$(clock) Audit: ${formatMinutes(total)}${split}`;
      this.main.command = COMMANDS.logTime;
      this.main.backgroundColor = reminding ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
      this.main.tooltip = `Time audit ${state.from} to ${state.to}: ${formatMinutes(total)} logged${split}. Click to log time; "Reflection: Stop Time Audit" ends it and writes the summary.`;
    }
    this.main.accessibilityInformation = { label: `${this.main.text.replace(/\$\([^)]*\)\s*/g, '')}` };
    [this.main, this.management, this.leadership, this.calendar].forEach((item) => item.show());
    this.texts = [this.main.text, this.management.text, this.leadership.text, this.calendar.text];
  }

  /** Working minutes since the last log (or since the audit began), within working hours. */
  private quietMinutes(state: AuditRange, logs: ReturnType<typeof logsIn>, now: Date): number {
    const { workingHours: hours, workingDays } = this.settings.current.timeAudit;
    const last = logs[logs.length - 1];
    const [y, m, d] = (last ? last.date : state.from).split('-').map(Number);
    const [hh, mm] = (last ? last.time : hours.start).split(':').map(Number);
    return workingMinutesBetween(new Date(y, m - 1, d, hh, mm), now, hours, workingDays);
  }
}
