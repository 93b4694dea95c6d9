/**
 * What is waiting for a look back: decisions with an expectation whose day to review has come (the
 * `review` day, else 30 days after `decided`), and bets whose `revisit` day has come — neither
 * looked back at yet. Most overdue first.
 */
import { type CalendarDate, addDays, daysBetween } from '../base/dates';
import type { Entry } from '../entries/entry';

/** Days after it was made that a decision with an expectation is due for review, without a `review` day. */
export const REVIEW_AFTER_DAYS = 30;

export interface LookBack {
  readonly kind: 'decision' | 'bet';
  readonly path: string;
  readonly entryDate: CalendarDate;
  readonly text: string;
  readonly index: number;
  readonly line: number;
  /** The day it is due for a look back (undefined: a decision not made yet, without a `review` day). */
  readonly dueOn?: CalendarDate;
  /** Days since it became due (0 on the day); negative while it is not due yet. */
  readonly dueDays: number;
  readonly due: boolean;
}

/** The day a decision with an expectation is due for review, or undefined (no expectation, or not made yet). */
export function reviewDay(decision: { expect?: string; review?: CalendarDate; decided: CalendarDate | null }): CalendarDate | undefined {
  if (decision.expect === undefined) {
    return undefined;
  }
  return decision.review ?? (decision.decided ? addDays(decision.decided, REVIEW_AFTER_DAYS) : undefined);
}

/** What is due for a look back on `asOf`, most overdue first. */
export function lookBacksDue(entries: readonly Entry[], asOf: CalendarDate): LookBack[] {
  return lookBacks(entries, asOf).filter((row) => row.due);
}

/**
 * Everything that can still be looked back at — decisions with an expectation and bets, neither
 * reviewed — due ones first (most overdue first), then the rest by the day they become due. An
 * outcome known early can be written early.
 */
export function lookBacks(entries: readonly Entry[], asOf: CalendarDate): LookBack[] {
  const rows: LookBack[] = [];
  const row = (kind: LookBack['kind'], entry: Entry, text: string, item: { index: number; line: number }, dueOn: CalendarDate | undefined): LookBack => {
    const dueDays = dueOn ? daysBetween(dueOn, asOf) : Number.NEGATIVE_INFINITY;
    return { kind, path: entry.path, entryDate: entry.date, text, index: item.index, line: item.line, ...(dueOn ? { dueOn } : {}), dueDays, due: dueDays >= 0 };
  };
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e];
    if (entry.date > asOf) {
      continue;
    }
    for (let i = 0; i < entry.decisions.length; i++) {
      const decision = entry.decisions[i];
      if (decision.expect !== undefined && decision.happened === undefined) {
        rows.push(row('decision', entry, decision.decision, decision, reviewDay(decision)));
      }
    }
    for (let i = 0; i < entry.bets.length; i++) {
      const bet = entry.bets[i];
      if (bet.outcome === null && bet.happened === undefined) {
        rows.push(row('bet', entry, bet.bet, bet, bet.revisit ?? undefined));
      }
    }
  }
  return rows.sort((a, b) => b.dueDays - a.dueDays || (a.path < b.path ? -1 : a.path > b.path ? 1 : a.index - b.index));
}
