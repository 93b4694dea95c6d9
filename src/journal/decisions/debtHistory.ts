/**
 * Decision debt over time (seed 003: decisions put off become debt): how many decisions were
 * overdue at the end of each period, for the insights and the charts.
 */
import { type CalendarDate, addDays } from '../base/dates';
import type { Entry } from '../entries/entry';
import { type PeriodUnit, periodsBetween } from '../base/periods';

export interface DebtPoint {
  readonly period: string;
  /** The last day of the period (or `asOf` for the current one). */
  readonly day: CalendarDate;
  /** Decisions open and past due on that day. */
  readonly overdue: number;
  readonly open: number;
}

/**
 * Decision debt at the end of each period, from the first decision's period to `asOf`'s. A
 * decision is open from its entry's date until its `decided` day; one made or dropped without a
 * `decided` date is taken as closed from the start (when it closed is unknown, and counting it
 * would invent debt). It is overdue while open and after its due day. Counted by binary search
 * over sorted start and end days, so the cost is (decisions + periods) × log(decisions).
 */
export function debtHistory(entries: readonly Entry[], unit: PeriodUnit, asOf: CalendarDate): DebtPoint[] {
  const openStarts: CalendarDate[] = [];
  const openEnds: CalendarDate[] = [];
  const overdueStarts: CalendarDate[] = [];
  const overdueEnds: CalendarDate[] = [];
  let first: CalendarDate | undefined;
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e];
    for (let i = 0; i < entry.decisions.length; i++) {
      const decision = entry.decisions[i];
      first = !first || entry.date < first ? entry.date : first;
      if (decision.status !== 'open' && decision.decided === null) {
        continue;
      }
      const end = decision.status === 'open' ? undefined : decision.decided!;
      addInterval(openStarts, openEnds, entry.date, end);
      if (decision.due) {
        const overdueFrom = addDays(decision.due, 1);
        addInterval(overdueStarts, overdueEnds, overdueFrom > entry.date ? overdueFrom : entry.date, end);
      }
    }
  }
  if (!first) {
    return [];
  }
  for (const list of [openStarts, openEnds, overdueStarts, overdueEnds]) {
    list.sort();
  }
  // Active on `day`: started on or before it, not yet ended on it (an end day is not active).
  const activeOn = (starts: readonly CalendarDate[], ends: readonly CalendarDate[], day: CalendarDate): number =>
    countUpTo(starts, day) - countUpTo(ends, day);
  return periodsBetween(first < asOf ? first : asOf, asOf, unit).map((period) => {
    const day = period.end < asOf ? period.end : asOf;
    // Every overdue decision's interval lies inside its open interval, so the counts nest.
    return { period: period.label, day, overdue: activeOn(overdueStarts, overdueEnds, day), open: activeOn(openStarts, openEnds, day) };
  });
}

/** Records the days [start, end) — an empty interval (closed before it began) is not recorded. */
function addInterval(starts: CalendarDate[], ends: CalendarDate[], start: CalendarDate, end: CalendarDate | undefined): void {
  if (end !== undefined && end <= start) {
    return;
  }
  starts.push(start);
  if (end !== undefined) {
    ends.push(end);
  }
}

/** How many of the sorted days are on or before `day`. */
function countUpTo(sorted: readonly CalendarDate[], day: CalendarDate): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] <= day) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}
