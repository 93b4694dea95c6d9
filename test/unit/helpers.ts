/** What the unit tests share: reading a day or an entry from text, failing loudly if it does not read. */
import * as assert from 'node:assert/strict';
import { type CalendarDate, parseCalendarDate } from '../../src/journal/base/dates';
import { type Entry, readEntry } from '../../src/journal/entries/entry';

export { CLI, REPO } from '../../scripts/paths';

/** A calendar day written `YYYY-MM-DD`. */
export function day(text: string): CalendarDate {
  const date = parseCalendarDate(text);
  assert.ok(date, `${text} should be a date`);
  return date;
}

/** An entry read from its text; fails with the findings when it is not one. */
export function entry(path: string, text: string): Entry {
  const reading = readEntry(path, text);
  assert.ok(reading.entry, JSON.stringify(reading.findings));
  return reading.entry;
}
