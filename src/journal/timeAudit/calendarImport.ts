/**
 * Writing a calendar week's logs into the week's entry in one edit: each log a time-log line (the
 * event's local start and title) and its minutes added to `hours`. An event already in the log —
 * the same day, start and title — is not written again, so importing a week twice counts nothing
 * twice, whatever tag either import gave it.
 */
import type { CalendarDate } from '../base/dates';
import { type Energy, type TimeLogItem, parseTimeLog } from '../entries/timeLogLines';
import { readFrontmatter } from '../text/frontmatter';
import { logTimeEdit } from './logTime';

/** Larger calendar exports are refused: a year of a busy calendar is a few megabytes. */
export const MAX_CALENDAR_CHARS = 32 * 1024 * 1024;

export interface ImportedLog {
  readonly date: CalendarDate;
  readonly start: string;
  readonly minutes: number;
  readonly title: string;
  readonly tag: string;
  readonly energy?: Energy;
}

const keyOf = (date: string, time: string, note: string): string => `${date} ${time} ${note.replace(/\s+/g, ' ').trim()}`;

/** The logs not in the text's time log yet (nor twice in `logs`). */
export function notLoggedYet(text: string, logs: readonly ImportedLog[]): ImportedLog[] {
  const reading = readFrontmatter(text);
  const logged = new Set((reading.ok ? parseTimeLog(reading.frontmatter.body) : []).map((item) => keyOf(item.date, item.time, item.note)));
  return logs.filter((log) => {
    const key = keyOf(log.date, log.start, log.title);
    const fresh = !logged.has(key);
    logged.add(key);
    return fresh;
  });
}

/** The edit that adds the logs not there yet (it may run again on newer text: it checks each time). */
export function importLogsEdit(logs: readonly ImportedLog[]): (text: string) => string {
  return (text) => notLoggedYet(text, logs).reduce((current, log) => {
    const item: TimeLogItem = { date: log.date, time: log.start, minutes: log.minutes, tag: log.tag, note: log.title, ...(log.energy ? { energy: log.energy } : {}) };
    return logTimeEdit(item)(current);
  }, text);
}
