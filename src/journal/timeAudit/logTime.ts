/**
 * Logging time: each log adds to the week's entry — its `hours.<side>` grows and a line joins its
 * time log — written from the leadership-moments template first when the week has none.
 */
import type { CalendarDate } from '../base/dates';
import type { JournalFiles } from '../files';
import { addHours } from '../text/hoursEdit';
import { LEADERSHIP_MOMENTS } from '../writing/entryNames';
import { type StartOptions, startEntryOfType } from '../writing/newEntry';
import { type TimeLogItem, appendTimeLogLine, sideOfLogTag, timeLogLine } from '../entries/timeLogLines';

/** The change one log makes to its week's entry: hours up by the duration, a line in the log. */
export function logTimeEdit(item: TimeLogItem): (text: string) => string {
  return (text) => appendTimeLogLine(addHours(text, sideOfLogTag(item.tag), item.minutes), timeLogLine(item));
}

/**
 * The path of the week's leadership-moments entry for a log on `date`, written from its template
 * first when the week has none yet.
 */
export async function weekEntryForLog(files: JournalFiles, date: CalendarDate, options: StartOptions = {}): Promise<string> {
  return (await startEntryOfType(files, LEADERSHIP_MOMENTS, date, '', options)).path;
}
