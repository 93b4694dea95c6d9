/**
 * What day it is for the extension: the local calendar day, unless `REFLECTION_TODAY` (a
 * `YYYY-MM-DD` in the extension host's environment) pins it. The test runners pin it so that
 * suites about "this week" and "overdue" give the same answers on any day they run. The browser's
 * extension host has no environment: there the web test entry sets `globalThis.REFLECTION_TODAY`.
 */
import { type CalendarDate, localToday, parseCalendarDate } from '../journal/base/dates';
import { hostEnvironment } from './hostEnvironment';

export function currentDay(): CalendarDate {
  const pinned = hostEnvironment('REFLECTION_TODAY');
  return (pinned && parseCalendarDate(pinned)) || localToday();
}
