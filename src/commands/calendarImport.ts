/**
 * Import Calendar Week… (PRODUCT.md section 11): a calendar export (`.ics`) becomes the week's time
 * log — the file and the week asked for (or given: `{ file, week }`), each event proposed with the
 * tag of the first matching `reflection.timeAudit.calendarRules` rule, confirmed in one pass, and
 * written in one checked edit of the week's entry. An event already in the log is not logged again.
 */
import * as vscode from 'vscode';
import { loadCalendarReader } from '../calendarLoader';
import { type CalendarDate, addDays } from '../journal/base/dates';
import { formatMinutes } from '../journal/base/duration';
import { type Period, periodNamed, periodOf } from '../journal/base/periods';
import { Refusal } from '../journal/base/refusal';
import { withJournal } from '../journal/reviews/journalVariables';
import { type ImportedLog, MAX_CALENDAR_CHARS, importLogsEdit, notLoggedYet } from '../journal/timeAudit/calendarImport';
import { weekEntryForLog } from '../journal/timeAudit/logTime';
import { localTimeZone } from '../journal/timeAudit/zonedTime';
import { LEADERSHIP_MOMENTS, entryPathFor } from '../journal/writing/entryNames';
import { COMMANDS } from '../ids';
import { currentDay } from '../workspace/clock';
import type { CommandRunner } from '../workspace/commandRunner';
import { editEntryFile } from '../workspace/entryEdits';
import { uriOrPath } from '../workspace/uriOrPath';
import type { JournalService } from '../workspace/journalService';
import type { Settings } from '../workspace/settings';
import type { TimeAuditState } from '../workspace/timeAuditState';
import { confirmCalendarWeek } from './calendarConfirm';

export interface ImportArgs {
  /** The `.ics` file: a path or a URI. */
  readonly file?: string;
  /** `2026-W47`. */
  readonly week?: string;
  /** `false` writes the events your rules classified without the confirming pass. */
  readonly confirm?: boolean;
}

export interface ImportDeps {
  readonly runner: CommandRunner;
  readonly journal: JournalService;
  readonly audit: TimeAuditState;
  readonly settings: Settings;
}

export function registerCalendarImport(context: vscode.ExtensionContext, deps: ImportDeps): void {
  context.subscriptions.push(deps.runner.register(COMMANDS.importCalendarWeek, (args?: ImportArgs) => importCalendarWeek(deps, args ?? {})));
}

async function importCalendarWeek(deps: ImportDeps, args: ImportArgs): Promise<{ path: string; added: number; already: number } | undefined> {
  const journal = await deps.journal.open();
  const file = journal && (args.file !== undefined ? uriOrPath(args.file) : await pickCalendar());
  const week = file && (args.week !== undefined ? namedWeek(args.week) : await pickWeek(deps.audit));
  if (!journal || !file || !week) {
    return undefined;
  }
  const settings = deps.settings.current.timeAudit;
  const { calendarWeek, readCalendarRules } = loadCalendarReader();
  const { rules, problems } = readCalendarRules(settings.calendarRules);
  if (problems.length > 0) {
    void vscode.window.showWarningMessage(`Reflection: reflection.timeAudit.calendarRules: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`);
  }
  const proposal = calendarWeek(await readCalendar(file), { week, zone: localTimeZone(), rules, ...(settings.calendarMe ? { me: settings.calendarMe } : {}) });
  const existingPath = entryPathFor(LEADERSHIP_MOMENTS, week.start);
  const existing = await journal.files.exists(existingPath) ? await journal.files.readText(existingPath) : '';
  const logged = (event: { date: CalendarDate; start: string; title: string; minutes: number }): boolean =>
    notLoggedYet(existing, [{ ...event, tag: 'management' }]).length === 0;
  const logs: ImportedLog[] | undefined = args.confirm === false
    ? proposal.logs.map((log) => ({ date: log.date, start: log.start, minutes: log.minutes, title: log.title, tag: log.tag }))
    : await confirmCalendarWeek(proposal, deps.journal.taxonomy(), logged);
  if (!logs) {
    return undefined;
  }
  const path = await weekEntryForLog(journal.files, week.start, withJournal(await deps.journal.context()));
  const fresh = notLoggedYet(await journal.files.readText(path), logs);
  const result = await editEntryFile(journal.files, path, importLogsEdit(logs));
  const minutes = fresh.reduce((sum, log) => sum + log.minutes, 0);
  vscode.window.setStatusBarMessage(fresh.length === 0
    ? `$(calendar) Nothing new from the calendar for ${week.label}: every event you kept is logged already`
    : `$(calendar) Logged ${fresh.length} ${fresh.length === 1 ? 'event' : 'events'} (${formatMinutes(minutes)}) of ${week.label}${result.saved ? '' : ' (unsaved)'}`, 8000);
  return { path, added: fresh.length, already: logs.length - fresh.length };
}

async function pickCalendar(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: 'Import Calendar Week: the calendar export', openLabel: 'Import', canSelectMany: false,
    filters: { 'Calendar (iCalendar)': ['ics'] },
  });
  return picked?.[0];
}

function namedWeek(label: string): Period {
  const week = periodNamed(label, 'week');
  if (!week) {
    throw new Refusal(`"${label}" is not a week; write it like 2026-W47`);
  }
  return week;
}

/** The running audit's week, else this week or last week. */
async function pickWeek(audit: TimeAuditState): Promise<Period | undefined> {
  const today = currentDay();
  const running = audit.running;
  const thisWeek = periodOf(running && running.from <= today ? running.from : today, 'week');
  const lastWeek = periodOf(addDays(thisWeek.start, -7), 'week');
  const picked = await vscode.window.showQuickPick([
    { label: running ? 'The audit\'s week' : 'This week', description: `${thisWeek.label} · ${thisWeek.start} – ${thisWeek.end}`, week: thisWeek },
    { label: 'The week before', description: `${lastWeek.label} · ${lastWeek.start} – ${lastWeek.end}`, week: lastWeek },
  ], { title: 'Import Calendar Week', placeHolder: 'Which week of the calendar?' });
  return picked?.week;
}

async function readCalendar(uri: vscode.Uri): Promise<string> {
  let size: number;
  try {
    size = (await vscode.workspace.fs.stat(uri)).size;
  } catch {
    throw new Refusal(`${uri.fsPath || uri.toString()}: no such file`);
  }
  if (size > MAX_CALENDAR_CHARS * 4) {
    throw new Refusal(`the calendar file is larger than ${MAX_CALENDAR_CHARS / 1024 / 1024} MB; export a shorter range`);
  }
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}
