/**
 * Loads the calendar reader when a calendar is first imported. The Node bundles (`dist/extension.js`,
 * `dist/cli.js`) find it beside them as `dist/calendar.js`; the build keeps this require external.
 */
import type * as CalendarReader from './calendarReader';

export type CalendarReaderModule = typeof CalendarReader;

let loaded: CalendarReaderModule | undefined;

export function loadCalendarReader(): CalendarReaderModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, from beside the bundle
  loaded ??= require('./calendar.js') as CalendarReaderModule;
  return loaded;
}
