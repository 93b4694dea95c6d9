/**
 * Decisions as a report (PRODUCT.md section 5): every decision with its owner, due date and how
 * overdue it is on a given day, most overdue first — the `decisions` command and the Decisions view.
 */
import type { Decision } from '../entries/commitments';
import { type CalendarDate, daysBetween } from '../base/dates';
import type { Entry } from '../entries/entry';

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
  // Indexed loops: this runs over every entry each time the journal changes.
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    for (let d = 0; d < entry.decisions.length; d++) {
      const decision = entry.decisions[d];
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

/** Orders due dates, a missing one last. */
export function compareDue(a: CalendarDate | null, b: CalendarDate | null): number {
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
