/**
 * The calendar reader: ical.js and the rule matcher (re2js) with the core that uses them, bundled
 * on its own as `dist/calendar.js` and loaded the first time a calendar is imported, so the
 * extension and the command-line tool do not carry ~230 KB they rarely need at start-up.
 */
export { readCalendarRules } from './journal/timeAudit/calendarRules';
export { calendarWeek, calendarWeekJson } from './journal/timeAudit/calendarWeek';
