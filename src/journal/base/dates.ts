/**
 * Calendar dates without time zones. A journal entry belongs to a calendar day as the writer saw
 * it; converting through the machine's time zone would move entries across days, weeks and years.
 * All arithmetic here runs on UTC days, where every day is exactly 86 400 000 ms.
 */

/** A valid calendar day, always written `YYYY-MM-DD`. */
export type CalendarDate = string & { readonly __calendarDate: unique symbol };

/** An ISO 8601 week: the week-year (which can differ from the calendar year) and week 1–53. */
export interface IsoWeek {
  readonly weekYear: number;
  readonly week: number;
}

const DAY_MS = 86_400_000;
const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?=$|[T\s])/;

/** Parses `YYYY-MM-DD`, or the date part of a date-time as written; undefined if not a real day. */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  const match = DATE_PREFIX.exec(text.trim());
  if (!match) {
    return undefined;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Year 0000 does not exist in the calendar people write in; 0001–9999 is all that four digits say.
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  return `${match[1]}-${match[2]}-${match[3]}` as CalendarDate;
}

/** The calendar day a local clock shows: what "today" means to the person writing. */
export function localToday(now: Date = new Date()): CalendarDate {
  return fromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The first and last days there are: arithmetic past them stops there (the calendar saturates). */
export const FIRST_DAY = '0001-01-01' as CalendarDate;
export const LAST_DAY = '9999-12-31' as CalendarDate;

/**
 * Builds a date from year, month (1–12) and day; the caller guarantees they form a real day. A
 * year outside 0001–9999 gives the first or last day, so dates always compare as text.
 */
export function fromParts(year: number, month: number, day: number): CalendarDate {
  if (year > 9999) {
    return LAST_DAY;
  }
  if (year < 1) {
    return FIRST_DAY;
  }
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as CalendarDate;
}

export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

export function monthOf(date: CalendarDate): number {
  return Number(date.slice(5, 7));
}

function dayOf(date: CalendarDate): number {
  return Number(date.slice(8, 10));
}

/** 1 = Monday … 7 = Sunday, as ISO 8601 counts. */
export function isoWeekday(date: CalendarDate): number {
  const sundayZero = new Date(toUtcMs(date)).getUTCDay();
  return sundayZero === 0 ? 7 : sundayZero;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** Adds calendar months, clamping the day to the target month's length (Jan 31 + 1 → Feb 28/29). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = yearOf(date) * 12 + (monthOf(date) - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return fromParts(year, month, Math.min(dayOf(date), daysInMonth(year, month)));
}

/** The ISO week a day falls in: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeekOf(date: CalendarDate): IsoWeek {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const weekYear = yearOf(thursday);
  const week = Math.floor(daysBetween(fromParts(weekYear, 1, 1), thursday) / 7) + 1;
  return { weekYear, week };
}

/** The Monday that starts an ISO week. */
export function isoWeekStart(week: IsoWeek): CalendarDate {
  const jan4 = fromParts(week.weekYear, 1, 4);
  const firstMonday = addDays(jan4, 1 - isoWeekday(jan4));
  return addDays(firstMonday, (week.week - 1) * 7);
}

/** `2026-W47`: the label of an ISO week, with a zero-padded week number. */
export function isoWeekLabel(week: IsoWeek): string {
  return `${pad(week.weekYear, 4)}-W${pad(week.week, 2)}`;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The last day of the month `date` is in. */
export function endOfMonth(date: CalendarDate): CalendarDate {
  return fromParts(yearOf(date), monthOf(date), daysInMonth(yearOf(date), monthOf(date)));
}

/** `2026-11`: the label of a calendar month. */
export function monthLabel(date: CalendarDate): string {
  return date.slice(0, 7);
}

/** `2026-Q4`: the label of a calendar quarter. */
export function quarterLabel(date: CalendarDate): string {
  return `${date.slice(0, 4)}-Q${Math.floor((monthOf(date) - 1) / 3) + 1}`;
}

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** `November 2026`, in English regardless of the machine's locale, so entries read the same everywhere. */
export function monthTitle(date: CalendarDate): string {
  return `${MONTH_NAMES[monthOf(date) - 1]} ${yearOf(date)}`;
}

/** `Nov 16`: a short day label for headings and pickers. */
export function shortDay(date: CalendarDate): string {
  return `${MONTH_NAMES[monthOf(date) - 1].slice(0, 3)} ${dayOf(date)}`;
}

function toUtcMs(date: CalendarDate): number {
  // Not Date.UTC: it reads the years 0–99 as 1900–1999.
  const time = new Date(0);
  time.setUTCFullYear(yearOf(date), monthOf(date) - 1, dayOf(date));
  return time.getTime();
}

function fromUtcMs(ms: number): CalendarDate {
  const d = new Date(ms);
  return fromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
