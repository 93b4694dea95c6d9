/**
 * `reflection-journal log --from-ics FILE [--week GGGG-Www] [--dry-run] [--json]`: a week of a
 * calendar export as time logs (PRODUCT.md section 11), classified by the workspace's
 * `reflection.timeAudit.calendarRules`. Without --dry-run the classified logs go into the week's
 * entry in one edit; an event already logged is not logged again.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCalendarReader } from '../calendarLoader';
import type { CalendarDate } from '../journal/base/dates';
import { formatMinutes } from '../journal/base/duration';
import { type Period, periodNamed, periodOf } from '../journal/base/periods';
import type { JournalContext } from '../journal/reviews/journalVariables';
import { withJournal } from '../journal/reviews/journalVariables';
import { MAX_CALENDAR_CHARS, importLogsEdit, notLoggedYet } from '../journal/timeAudit/calendarImport';
import type { CalendarWeek } from '../journal/timeAudit/calendarWeek';
import { weekEntryForLog } from '../journal/timeAudit/logTime';
import { localTimeZone } from '../journal/timeAudit/zonedTime';
import { LEADERSHIP_MOMENTS, entryPathFor } from '../journal/writing/entryNames';
import { NodeJournalFiles } from '../node/nodeFiles';
import type { Output } from './journalContext';
import { terminalSafe } from './terminal';
import { UsageError } from './usage';
import { journalSettings } from './workspaceSettings';

export interface CalendarLogRequest {
  readonly file: string;
  readonly week: string | undefined;
  readonly dir: string;
  readonly today: CalendarDate;
  readonly dryRun: boolean;
  readonly json: boolean;
}

export async function runCalendarLog(request: CalendarLogRequest, output: Output, context: () => Promise<JournalContext>): Promise<number> {
  const week = weekOf(request.week, request.today);
  const text = readCalendar(request.file);
  const settings = journalSettings(request.dir);
  const { calendarWeek, calendarWeekJson, readCalendarRules } = loadCalendarReader();
  const { rules, problems } = readCalendarRules(settings.calendarRules);
  [...settings.warnings, ...problems.map((problem) => `${settings.source ?? 'settings'}: ${problem}`)].forEach((line) => output.err(line));
  const proposed = calendarWeek(text, { week, zone: localTimeZone(), rules, ...(settings.calendarMe ? { me: settings.calendarMe } : {}) });
  if (request.dryRun) {
    output.out(request.json ? calendarWeekJson(proposed) : describe(proposed));
    return 0;
  }
  const files = new NodeJournalFiles(resolve(request.dir), { sync: true });
  const isNew = !await files.exists(entryPathFor(LEADERSHIP_MOMENTS, week.start));
  const path = await weekEntryForLog(files, week.start, withJournal(isNew ? await context() : undefined));
  const logs = proposed.logs.map((log) => ({ date: log.date, start: log.start, minutes: log.minutes, title: log.title, tag: log.tag }));
  const fresh = notLoggedYet(await files.readText(path), logs);
  await files.replaceText(path, importLogsEdit(logs));
  output.out(request.json ? calendarWeekJson(proposed) : join(request.dir, ...path.split('/')));
  const minutes = fresh.reduce((sum, log) => sum + log.minutes, 0);
  output.err(fresh.length === 0 && logs.length > 0
    ? `nothing new: all ${logs.length} classified events of ${week.label} are in the log already`
    : `logged ${fresh.length} ${fresh.length === 1 ? 'event' : 'events'} (${formatMinutes(minutes)}) of ${week.label}`
      + `${logs.length > fresh.length ? `; ${logs.length - fresh.length} were in the log already` : ''}`
      + `${proposed.unclassified.length > 0 ? `; ${proposed.unclassified.length} matched no rule and were not logged (--dry-run lists them)` : ''}`);
  return 0;
}

function weekOf(label: string | undefined, today: CalendarDate): Period {
  if (label === undefined) {
    return periodOf(today, 'week');
  }
  const week = periodNamed(label, 'week');
  if (!week) {
    throw new UsageError(`--week ${label} is not a week; write it like 2026-W47`);
  }
  return week;
}

function readCalendar(file: string): string {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new UsageError(`--from-ics ${file}: no such file`);
  }
  if (size > MAX_CALENDAR_CHARS * 4) {
    throw new UsageError(`--from-ics ${file}: larger than ${MAX_CALENDAR_CHARS / 1024 / 1024} MB; export a shorter range`);
  }
  return readFileSync(file, 'utf8');
}

/** The proposal as lines a person reads. */
function describe(week: CalendarWeek): string {
  const line = (event: { date: string; start: string; minutes: number; title: string }, what: string) =>
    `${event.date} ${event.start}  ${formatMinutes(event.minutes).padStart(10)}  ${what.padEnd(24)}  ${terminalSafe(event.title)}`;
  return [
    `${week.week}: ${week.logs.length} classified, ${week.unclassified.length} matching no rule, ${week.skipped.length} skipped`,
    '',
    ...week.logs.map((log) => line(log, log.tag)),
    ...week.unclassified.map((event) => line(event, '(no rule)')),
    ...week.skipped.map((event) => `skipped (${event.reason}): ${terminalSafe(event.title)}`),
  ].join('\n');
}
