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
  /** The day it became due. */
  readonly dueOn: CalendarDate;
  /** Days since then (0 on the day). */
  readonly dueDays: number;
}

/** The day a decision with an expectation is due for review, or undefined (no expectation, or not made yet). */
export function reviewDay(decision: { expect?: string; review?: CalendarDate; decided: CalendarDate | null }): CalendarDate | undefined {
  if (decision.expect === undefined) {
    return undefined;
  }
  return decision.review ?? (decision.decided ? addDays(decision.decided, REVIEW_AFTER_DAYS) : undefined);
}

export function lookBacksDue(entries: readonly Entry[], asOf: CalendarDate): LookBack[] {
  const due: LookBack[] = [];
  for (const entry of entries) {
    if (entry.date > asOf) {
      continue;
    }
    for (const decision of entry.decisions) {
      const on = reviewDay(decision);
      if (on && on <= asOf && decision.happened === undefined) {
        due.push({ kind: 'decision', path: entry.path, entryDate: entry.date, text: decision.decision, index: decision.index, line: decision.line, dueOn: on, dueDays: daysBetween(on, asOf) });
      }
    }
    for (const bet of entry.bets) {
      if (bet.revisit && bet.revisit <= asOf && bet.outcome === null && bet.happened === undefined) {
        due.push({ kind: 'bet', path: entry.path, entryDate: entry.date, text: bet.bet, index: bet.index, line: bet.line, dueOn: bet.revisit, dueDays: daysBetween(bet.revisit, asOf) });
      }
    }
  }
  return due.sort((a, b) => b.dueDays - a.dueDays || (a.path < b.path ? -1 : a.path > b.path ? 1 : a.index - b.index));
}
