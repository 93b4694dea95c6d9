/**
 * A period's record (PRODUCT.md section 8): what the journal already knows about a month, a
 * quarter or a year as of a day — entries, the balance against the period before, decisions made,
 * dropped, opened and still open, the decision debt at both ends, bets placed, due and revisited,
 * follow-ups still open, time audits, the lessons of the period's after-action reviews, and who the
 * work was with (one-on-ones per person, moments with a group or one person). The
 * person spends the review on judgement, not on counting.
 */
import { type PeriodBalance, balanceOf } from '../balance/balance';
import type { Taxonomy } from '../balance/taxonomy';
import { type CalendarDate, addDays } from '../base/dates';
import { type FollowUpRow, openFollowUps } from '../decisions/followUps';
import { type Period, periodOf, previousPeriod } from '../base/periods';
import type { BetOutcome } from '../entries/commitments';
import type { Entry } from '../entries/entry';
import { type PeriodPeople, periodPeople } from '../people/periodPeople';
import { type AuditRange, auditRanges } from '../timeAudit/audit';
import { AFTER_ACTION_REVIEW } from '../writing/entryNames';

export type ReviewUnit = 'month' | 'quarter' | 'year';
export const REVIEW_UNITS: readonly ReviewUnit[] = ['month', 'quarter', 'year'];

/** A decision as the record shows it: where it lives, who owns it, by when. */
export interface RecordDecision {
  readonly text: string;
  readonly owner: string | null;
  readonly due: CalendarDate | null;
  readonly decided: CalendarDate | null;
  readonly path: string;
  readonly entryDate: CalendarDate;
}

export interface RecordBet {
  readonly text: string;
  readonly revisit: CalendarDate | null;
  readonly outcome: BetOutcome | null;
  readonly path: string;
  /** The after-action review that revisited it, when there is one. */
  readonly revisited: string | null;
}

export interface RecordItem {
  readonly path: string;
  readonly text: string;
}

export interface PeriodRecord {
  readonly unit: ReviewUnit;
  readonly period: Period;
  readonly asOf: CalendarDate;
  /** The period's entries, by date then path. */
  readonly entries: readonly Entry[];
  readonly balance: PeriodBalance;
  readonly previous: PeriodBalance;
  readonly decisions: {
    readonly made: readonly RecordDecision[];
    readonly dropped: readonly RecordDecision[];
    readonly opened: readonly RecordDecision[];
    /** Open at the period's end (or on `asOf`, for a period not over yet). */
    readonly openAtEnd: readonly RecordDecision[];
    /** Those of them past due then. */
    readonly overdueAtEnd: readonly RecordDecision[];
    /** Decisions overdue on the day before the period began, and at its end. */
    readonly debtAtStart: number;
    readonly debtAtEnd: number;
  };
  readonly bets: { readonly placed: readonly RecordBet[]; readonly due: readonly RecordBet[]; readonly revisited: readonly RecordBet[] };
  /** Open follow-ups of every entry up to `asOf`, oldest first, with their age on `asOf`. */
  readonly followUps: readonly FollowUpRow[];
  readonly lessons: readonly RecordItem[];
  readonly audits: readonly AuditRange[];
  /** One-on-ones held per person, and leadership moments with a group or with one person. */
  readonly people: PeriodPeople;
}

/**
 * The record of the `unit` period that contains `day`, as of `asOf`. `entries` are the journal's
 * valid entries in date order (as the index keeps them); those dated after `asOf` are left out.
 */
export function periodRecord(entries: readonly Entry[], taxonomy: Taxonomy, unit: ReviewUnit, day: CalendarDate, asOf: CalendarDate): PeriodRecord {
  const known = entries.filter((entry) => entry.date <= asOf);
  const period = periodOf(day, unit);
  const inPeriod = (date: CalendarDate | null): boolean => date !== null && date >= period.start && date <= period.end;
  const endDay = period.end < asOf ? period.end : asOf;
  const byPath = new Map(known.map((entry) => [entry.path, entry]));
  const decisions = known.flatMap((entry) => entry.decisions.map((decision): RecordDecision & { status: string } => ({
    text: decision.decision, owner: decision.owner, due: decision.due, decided: decision.decided,
    path: entry.path, entryDate: entry.date, status: decision.status,
  })));
  // Open on a day: written by then, and not made or dropped by then (one without a `decided` day
  // is closed from the start: when it closed is unknown, and counting it would invent debt).
  const openOn = (decision: (typeof decisions)[number], on: CalendarDate): boolean => decision.entryDate <= on
    && (decision.status === 'open' || (decision.decided !== null && decision.decided > on));
  const overdueOn = (decision: (typeof decisions)[number], on: CalendarDate): boolean => openOn(decision, on) && decision.due !== null && decision.due < on;
  const decided = (status: string) => decisions.filter((decision) => decision.status === status && inPeriod(decision.decided) && decision.decided! <= asOf);
  const bets = known.flatMap((entry) => entry.bets.map((bet): RecordBet & { entryDate: CalendarDate } => ({
    text: bet.bet, revisit: bet.revisit, outcome: bet.outcome, path: entry.path, revisited: bet.revisited, entryDate: entry.date,
  })));
  const openAtEnd = decisions.filter((decision) => openOn(decision, endDay));
  return {
    unit,
    period,
    asOf,
    entries: known.filter((entry) => inPeriod(entry.date)),
    balance: balanceOf(known, taxonomy, period),
    previous: balanceOf(known, taxonomy, previousPeriod(period, unit)),
    decisions: {
      made: decided('made'),
      dropped: decided('dropped'),
      opened: decisions.filter((decision) => inPeriod(decision.entryDate)),
      openAtEnd,
      overdueAtEnd: openAtEnd.filter((decision) => overdueOn(decision, endDay)),
      debtAtStart: decisions.filter((decision) => overdueOn(decision, addDays(period.start, -1))).length,
      debtAtEnd: decisions.filter((decision) => overdueOn(decision, endDay)).length,
    },
    bets: {
      placed: bets.filter((bet) => inPeriod(bet.entryDate)),
      due: bets.filter((bet) => inPeriod(bet.revisit)),
      revisited: bets.filter((bet) => bet.outcome !== null && bet.revisited !== null && inPeriod(byPath.get(bet.revisited)?.date ?? null)),
    },
    followUps: openFollowUps(known, asOf),
    lessons: known.filter((entry) => entry.type === AFTER_ACTION_REVIEW && entry.lesson !== undefined && inPeriod(entry.date))
      .map((entry) => ({ path: entry.path, text: entry.lesson! })),
    audits: auditRanges(known, undefined).filter((range) => range.from <= period.end && range.to >= period.start),
    people: periodPeople(known.filter((entry) => inPeriod(entry.date))),
  };
}
