/**
 * One quiet status-bar item: the leadership share of the last four weeks, and counts of what is
 * waiting (overdue decisions, bets due, an entry due to be written). Its tooltip says what each
 * number is, with one-click links; clicking the item opens the Balance view. Never a pop-up.
 */
import { currentDay } from '../workspace/clock';
import * as vscode from 'vscode';
import { betReport } from '../journal/decisions/bets';
import { decisionReport } from '../journal/decisions/decisionReport';
import { LEADERSHIP_MOMENTS } from '../journal/writing/entryNames';
import { type Weekday, WEEKDAYS } from '../journal/base/weekdays';
import { writingReminders } from '../journal/writing/writingReminders';
import { percent } from '../journal/base/format';
import { recentWeeks } from '../journal/balance/trends';
import type { JournalService } from '../workspace/journalService';

/** How often the item looks again, so a new day's reminders appear without any file change. */
const RECHECK_MS = 30 * 60_000;

export class NudgeStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('reflection.nudges', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly journal: JournalService) {
    this.item.name = 'Reflection Journal';
    this.item.command = 'reflection.showBalance';
    this.disposables.push(
      this.item,
      journal.onDidChange(() => void this.update()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('reflection.nudges')) {
          void this.update();
        }
      }),
    );
    this.timer = setInterval(() => void this.update(), RECHECK_MS);
    void this.update();
  }

  /** The item's text as shown (for tests), or undefined while hidden. */
  get text(): string | undefined {
    return this.shown ? this.item.text : undefined;
  }

  private shown = false;

  async update(): Promise<void> {
    const settings = vscode.workspace.getConfiguration('reflection.nudges');
    const journal = settings.get<boolean>('enabled', true) ? await this.journal.openIfKnown().catch(() => undefined) : undefined;
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
    const betsDue = betReport(entries, today).filter((bet) => bet.dueDays !== null).length;
    const weekday = settings.get<string>('weeklyReminderDay', 'friday');
    const reminders = writingReminders(entries, today, (WEEKDAYS as readonly string[]).includes(weekday) ? weekday as Weekday : 'friday');

    const parts = [`$(pulse) ${recent.trailingShare === null ? '–' : percent(recent.trailingShare)}`];
    const lines = [recent.headline.replace(/ \(.*?\)/, '')];
    const links: string[] = [];
    if (overdue > 0) {
      parts.push(`$(warning) ${overdue}`);
      lines.push(`${overdue} ${overdue === 1 ? 'decision is' : 'decisions are'} past due — [see them](command:reflection.decisions.focus)`);
      links.push('reflection.decisions.focus');
    }
    if (betsDue > 0) {
      parts.push(`$(bell-dot) ${betsDue}`);
      lines.push(`${betsDue} leadership ${betsDue === 1 ? 'bet is' : 'bets are'} due for a look back — [revisit](command:reflection.revisitBet)`);
      links.push('reflection.revisitBet');
    }
    for (const reminder of reminders) {
      const command = reminder.type === LEADERSHIP_MOMENTS ? 'reflection.newLeadershipMoments' : 'reflection.newMonthlyReflection';
      const args = encodeURIComponent(JSON.stringify({ date: reminder.date }));
      lines.push(reminder.type === LEADERSHIP_MOMENTS
        ? `This week's leadership moments are not written yet — [write them](command:${command}?${args})`
        : `The monthly reflection for ${reminder.period} is due — [write it](command:${command}?${args})`);
      links.push(command);
    }
    if (reminders.length > 0) {
      parts.push('$(edit)');
    }
    this.item.text = parts.join('  ');
    const tooltip = new vscode.MarkdownString(lines.join('\n\n'));
    tooltip.isTrusted = { enabledCommands: links };
    tooltip.supportThemeIcons = true;
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: lines.map((line) => line.replace(/ — \[.*$/, '')).join('. ') };
    this.item.show();
    this.shown = true;
  }

  dispose(): void {
    clearInterval(this.timer);
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
