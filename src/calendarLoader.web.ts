/**
 * In the browser the extension is one script, so the calendar reader is bundled into it; the
 * Node builds load it apart (`calendarLoader.ts`).
 */
import type * as Loader from './calendarLoader';
import * as CalendarReader from './calendarReader';

export const loadCalendarReader: typeof Loader.loadCalendarReader = () => CalendarReader;
