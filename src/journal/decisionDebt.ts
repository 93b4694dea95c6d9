/**
 * Decision debt (seed 003): a decision someone owns, with a date, that is still open after that
 * date. The `decisions` report of PRODUCT.md section 5, the debt over time, and the bets that are
 * due for a look back.
 */
import type { Bet, Decision } from './commitments';
import { type CalendarDate, addDays, daysBetween } from './dates';
import type { Entry } from './entry';
import { type PeriodUnit, periodsBetween } from './periods';

export interface DecisionRow {
  readonly path: string;
  readonly entryDate: CalendarDate;
  readonly decision: string;
  readonly owner: string | null;
  readonly due: CalendarDate | null;
  readonly status: Decision['status'];
  readonly ageDays: number;
  readonly overdueDays: number;
  /** Not in the JSON: where the item is, for editors. */
  readonly index: number;
  readonly line: number;
  readonly decided: CalendarDate | null;
}

export interface DecisionReport {
  readonly asOf: CalendarDate;
  /** Over the whole journal. */
  readonly open: number;
  readonly overdue: number;
  readonly decisions: readonly DecisionRow[];
}

/** Days a decision is past due on `asOf`: only open decisions with a due date before `asOf`. */
export function overdueDays(decision: Decision, asOf: CalendarDate): number {
  return decision.status === 'open' && decision.due && decision.due < asOf ? daysBetween(decision.due, asOf) : 0;
}

/** Every decision of the journal as of a day, sorted: most overdue first, then by due date (none last), then path. */
export function decisionReport(entries: readonly Entry[], asOf: CalendarDate, options: { openOnly?: boolean } = {}): DecisionReport {
  const rows: DecisionRow[] = [];
  for (const entry of entries) {
    for (const decision of entry.decisions) {
      rows.push({
        path: entry.path,
        entryDate: entry.date,
        decision: decision.decision,
        owner: decision.owner,
        due: decision.due,
        status: decision.status,
        ageDays: daysBetween(entry.date, asOf),
        overdueDays: overdueDays(decision, asOf),
        index: decision.index,
        line: decision.line,
        decided: decision.decided,
      });
    }
  }
  const open = rows.filter((row) => row.status === 'open').length;
  const overdue = rows.filter((row) => row.overdueDays > 0).length;
  const shown = options.openOnly ? rows.filter((row) => row.status === 'open') : rows;
  shown.sort((a, b) =>
    b.overdueDays - a.overdueDays
    || compareDue(a.due, b.due)
    || (a.path < b.path ? -1 : a.path > b.path ? 1 : a.index - b.index));
  return { asOf, open, overdue, decisions: shown };
}

function compareDue(a: CalendarDate | null, b: CalendarDate | null): number {
  if (a === b) {
    return 0;
  }
  if (a === null) {
    return 1;
  }
  if (b === null) {
    return -1;
  }
  return a < b ? -1 : 1;
}

/** Exactly the `decisions --json` shape of PRODUCT.md section 5. */
export function decisionJson(report: DecisionReport): string {
  return JSON.stringify({
    asOf: report.asOf,
    open: report.open,
    overdue: report.overdue,
    decisions: report.decisions.map((row) => ({
      path: row.path, entryDate: row.entryDate, decision: row.decision, owner: row.owner,
      due: row.due, status: row.status, ageDays: row.ageDays, overdueDays: row.overdueDays,
    })),
  }, null, 2);
}

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
  for (const entry of entries) {
    for (const decision of entry.decisions) {
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

export interface BetRow {
  readonly path: string;
  readonly entryDate: CalendarDate;
  readonly bet: string;
  readonly revisit: CalendarDate | null;
  readonly outcome: Bet['outcome'];
  readonly index: number;
  readonly line: number;
  /** Days since the revisit date (0 on the day itself), or null when not due. */
  readonly dueDays: number | null;
}

/**
 * Every bet, and whether it is due: its revisit day has come (on the day itself too) and it has
 * no outcome yet. Due bets first, longest-waiting first.
 */
export function betReport(entries: readonly Entry[], asOf: CalendarDate): BetRow[] {
  const rows: BetRow[] = [];
  for (const entry of entries) {
    for (const bet of entry.bets) {
      const due = bet.outcome === null && bet.revisit !== null && bet.revisit <= asOf;
      rows.push({
        path: entry.path, entryDate: entry.date, bet: bet.bet, revisit: bet.revisit, outcome: bet.outcome,
        index: bet.index, line: bet.line, dueDays: due ? daysBetween(bet.revisit!, asOf) : null,
      });
    }
  }
  return rows.sort((a, b) => (b.dueDays ?? -1) - (a.dueDays ?? -1) || compareDue(a.revisit, b.revisit) || (a.path < b.path ? -1 : 1));
}
