/** Reporting periods: ISO weeks (Monday to Sunday), calendar months and quarters. */
import {
  type CalendarDate, addDays, daysInMonth, endOfMonth, fromParts, isoWeekLabel, isoWeekOf, isoWeekStart, monthLabel, monthOf, quarterLabel, yearOf,
} from './dates';

export type PeriodUnit = 'week' | 'month' | 'quarter';
export const PERIOD_UNITS: readonly PeriodUnit[] = ['week', 'month', 'quarter'];

export interface Period {
  /** `2026-W47`, `2026-11` or `2026-Q4`. */
  readonly label: string;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

// Journals have many entries on the same days: remember each day's periods (bounded: a day
// string per distinct date, a few thousand for a decade).
const MEMO: Readonly<Record<PeriodUnit, Map<CalendarDate, Period>>> = { week: new Map(), month: new Map(), quarter: new Map() };
const MEMO_LIMIT = 50_000;

/** The period of `unit` that contains `date`. */
export function periodOf(date: CalendarDate, unit: PeriodUnit): Period {
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

function computePeriod(date: CalendarDate, unit: PeriodUnit): Period {
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
  }
}

/** The period right after `period`. */
function nextPeriod(period: Period, unit: PeriodUnit): Period {
  return periodOf(addDays(period.end, 1), unit);
}

/** Every period from the one containing `first` to the one containing `last`, without gaps. */
export function periodsBetween(first: CalendarDate, last: CalendarDate, unit: PeriodUnit): Period[] {
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
