/**
 * What day it is for the extension: the local calendar day, unless `REFLECTION_TODAY` (a
 * `YYYY-MM-DD` in the extension host's environment) pins it. The test runners pin it so that
 * suites about "this week" and "overdue" give the same answers on any day they run.
 */
import { type CalendarDate, localToday, parseCalendarDate } from '../journal/base/dates';

export function currentDay(): CalendarDate {
  const pinned = process.env.REFLECTION_TODAY;
  return (pinned && parseCalendarDate(pinned)) || localToday();
}
