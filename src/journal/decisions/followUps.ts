/**
 * Follow-ups still open: the unticked `- [ ]` items under the follow-ups headings of entries
 * written up to a day, oldest first (by the entry's date, then path, then place in the file).
 */
import { type CalendarDate, daysBetween } from '../base/dates';
import type { Entry } from '../entries/entry';

export interface FollowUpRow {
  readonly path: string;
  readonly entryDate: CalendarDate;
  readonly text: string;
  /** 1-based line of the item in its file. */
  readonly line: number;
  /** Days from the entry's date to `asOf`. */
  readonly ageDays: number;
}

/** Every open follow-up of the entries dated up to `asOf`; `entries` in date order, as the index keeps them. */
export function openFollowUps(entries: readonly Entry[], asOf: CalendarDate): FollowUpRow[] {
  return entries
    .filter((entry) => entry.date <= asOf)
    .flatMap((entry) => entry.followUps.map((item) => ({
      path: entry.path, entryDate: entry.date, text: item.text, line: item.line, ageDays: daysBetween(entry.date, asOf),
    })));
}
