/** Reporting periods: ISO weeks (Monday to Sunday), calendar months, quarters and years. */
import {
  type CalendarDate, addDays, daysInMonth, endOfMonth, fromParts, isoWeekLabel, isoWeekOf, isoWeekStart, monthLabel, monthOf, quarterLabel, yearOf,
} from './dates';

/** The units the balance is reported in. */
export type PeriodUnit = 'week' | 'month' | 'quarter';
export const PERIOD_UNITS: readonly PeriodUnit[] = ['week', 'month', 'quarter'];
/** Every unit a period can have: reviews also cover a year. */
export type CalendarUnit = PeriodUnit | 'year';

export interface Period {
  /** `2026-W47`, `2026-11`, `2026-Q4` or `2026`. */
  readonly label: string;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

// Journals have many entries on the same days: remember each day's periods (bounded: a day
// string per distinct date, a few thousand for a decade).
const MEMO: Readonly<Record<CalendarUnit, Map<CalendarDate, Period>>> = { week: new Map(), month: new Map(), quarter: new Map(), year: new Map() };
const MEMO_LIMIT = 50_000;

/** The period of `unit` that contains `date`. */
export function periodOf(date: CalendarDate, unit: CalendarUnit): Period {
  const memo = MEMO[unit];
  let period = memo.get(date);
  if (!period) {
    period = computePeriod(date, unit);
    if (memo.size >= MEMO_LIMIT) {
      memo.clear();
    }
    memo.set(date, period);
  }
  return period;
}

function computePeriod(date: CalendarDate, unit: CalendarUnit): Period {
  switch (unit) {
    case 'week': {
      const week = isoWeekOf(date);
      const start = isoWeekStart(week);
      return { label: isoWeekLabel(week), start, end: addDays(start, 6) };
    }
    case 'month': {
      const start = fromParts(yearOf(date), monthOf(date), 1);
      return { label: monthLabel(date), start, end: endOfMonth(date) };
    }
    case 'quarter': {
      const firstMonth = Math.floor((monthOf(date) - 1) / 3) * 3 + 1;
      const year = yearOf(date);
      return { label: quarterLabel(date), start: fromParts(year, firstMonth, 1), end: fromParts(year, firstMonth + 2, daysInMonth(year, firstMonth + 2)) };
    }
    case 'year':
      return { label: date.slice(0, 4), start: fromParts(yearOf(date), 1, 1), end: fromParts(yearOf(date), 12, 31) };
  }
}

/** The period a label names (`2026-W47`, `2026-11`, `2026-Q4`, `2026`) in `unit`, or undefined. */
export function periodNamed(label: string, unit: CalendarUnit): Period | undefined {
  const patterns: Record<CalendarUnit, RegExp> = { week: /^(\d{4})-W(\d{2})$/, month: /^(\d{4})-(\d{2})$/, quarter: /^(\d{4})-Q([1-4])$/, year: /^(\d{4})$/ };
  const match = patterns[unit].exec(label);
  const year = match ? Number(match[1]) : 0;
  if (!match || year < 1) {
    return undefined;
  }
  const number = Number(match[2] ?? 1);
  const day = unit === 'week' ? isoWeekStart({ weekYear: year, week: number })
    : unit === 'quarter' ? fromParts(year, (number - 1) * 3 + 1, 1)
      : number >= 1 && number <= 12 ? fromParts(year, number, 1) : undefined;
  const period = day && periodOf(day, unit);
  return period?.label === label ? period : undefined;
}

/** The period right before `period`. */
export function previousPeriod(period: Period, unit: CalendarUnit): Period {
  return periodOf(addDays(period.start, -1), unit);
}

/** The period right after `period`. */
function nextPeriod(period: Period, unit: CalendarUnit): Period {
  return periodOf(addDays(period.end, 1), unit);
}

/** Every period from the one containing `first` to the one containing `last`, without gaps. */
export function periodsBetween(first: CalendarDate, last: CalendarDate, unit: CalendarUnit): Period[] {
  const periods: Period[] = [];
  const final = periodOf(last, unit).label;
  for (let period = periodOf(first, unit); ; period = nextPeriod(period, unit)) {
    // The last period of the calendar is its own next one: stop there too.
    if (periods.length > 0 && periods[periods.length - 1].label === period.label) {
      return periods;
    }
    periods.push(period);
    if (period.label === final || period.start > last) {
      return periods;
    }
  }
}
