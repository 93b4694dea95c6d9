/**
 * Insights for the Balance panel: a few plain rules, each stating the numbers behind it and
 * pointing at the entries. Worded as observations with a question, never as a verdict: the
 * journal cannot know what a given week needed.
 */
import { type PeriodBalance, balanceByPeriod, tagWeights } from './balance';
import { type CalendarDate, addDays, daysBetween } from '../base/dates';
import { betReport } from '../decisions/bets';
import { debtHistory } from '../decisions/debtHistory';
import { decisionReport } from '../decisions/decisionReport';
import { lookBacksDue } from '../decisions/lookBacks';
import { type Expectation, HAPPENED_SCORE } from '../entries/expectation';
import type { Entry } from '../entries/entry';
import { type PeriodUnit, periodOf } from '../base/periods';
import type { Taxonomy } from './taxonomy';
import { type SeriesKind, trendsOf } from './trends';
import { percent } from '../base/format';

/** Periods in a row under the target before it is worth saying (one low week is noise). */
export const UNDER_TARGET_PERIODS = 3;
/** Weeks without any leadership recorded (while writing) before it is worth asking. */
export const NO_LEADERSHIP_WEEKS = 3;
/** Periods in a row in which overdue decisions grew. */
export const DEBT_GROWTH_PERIODS = 3;
/** Days past a bet's revisit date before it counts as never revisited. */
export const BET_GRACE_DAYS = 14;
/** Open follow-ups, in entries at least FOLLOW_UP_AGE_DAYS old, that make a pile. */
export const FOLLOW_UP_PILE = 5;
export const FOLLOW_UP_AGE_DAYS = 14;
/** Over-confidence: at least this many reviewed items said with at least this confidence… */
export const OVERCONFIDENT_MIN_ITEMS = 8;
export const OVERCONFIDENT_CONFIDENCE = 0.8;
/** …that happened at least this much less often than said (20 points). */
export const OVERCONFIDENT_GAP = 0.2;
/** Decisions and bets waiting for a look back before it is worth a word (one or two is a normal week). */
export const LOOK_BACK_PILE = 3;

export type InsightId = 'under-target' | 'no-leadership' | 'debt-growing' | 'bets-unrevisited' | 'follow-through' | 'over-confident' | 'look-backs-waiting';

export interface Insight {
  readonly id: InsightId;
  readonly text: string;
  /** The period to list when the person asks to see it. */
  readonly period?: string;
  /** The entries behind the numbers. */
  readonly paths: readonly string[];
}

export interface InsightRequest {
  readonly unit: PeriodUnit;
  readonly series: SeriesKind;
  readonly target: number;
  readonly today: CalendarDate;
}

const WORDS: Readonly<Record<PeriodUnit, [string, string]>> = { week: ['week', 'weeks'], month: ['month', 'months'], quarter: ['quarter', 'quarters'] };

/** `series`: the balance of `request.unit` (computed from the entries when not given). */
export function insights(entries: readonly Entry[], taxonomy: Taxonomy, request: InsightRequest, series?: readonly PeriodBalance[]): Insight[] {
  return [
    underTarget(entries, series ?? balanceByPeriod(entries, taxonomy, request.unit), request),
    noLeadership(entries, taxonomy, request.today),
    debtGrowing(entries, request),
    betsUnrevisited(entries, request.today),
    followThrough(entries, request.today),
    overConfident(entries, request.today),
    lookBacksWaiting(entries, request.today),
  ].filter((insight): insight is Insight => insight !== undefined);
}

function pathsIn(entries: readonly Entry[], unit: PeriodUnit, periods: ReadonlySet<string>): string[] {
  return entries.filter((entry) => periods.has(periodOf(entry.date, unit).label)).map((entry) => entry.path);
}

function underTarget(entries: readonly Entry[], series: readonly PeriodBalance[], request: InsightRequest): Insight | undefined {
  const points = trendsOf(series, { ...request, range: 'all' }).points.filter((point) => point.start <= request.today);
  const streak: Array<{ period: string; share: number }> = [];
  for (let i = points.length - 1; i >= 0; i--) {
    const share = points[i].share;
    if (share === null) {
      continue; // nothing logged says nothing either way
    }
    if (share >= request.target) {
      break;
    }
    streak.unshift({ period: points[i].period, share });
  }
  if (streak.length < UNDER_TARGET_PERIODS) {
    return undefined;
  }
  const [, many] = WORDS[request.unit];
  const shares = streak.slice(-6).map((p) => percent(p.share)).join(', ');
  return {
    id: 'under-target',
    text: `Leadership has been under your ${percent(request.target)} target for ${streak.length} ${many} in a row `
      + `(${shares}${streak.length > 6 ? ', …' : ''}, by ${request.series}). If those ${many} needed hands-on management, fine; `
      + 'if not, is there a decision you could hand back?',
    period: streak[streak.length - 1].period,
    paths: pathsIn(entries, request.unit, new Set(streak.map((p) => p.period))),
  };
}

function noLeadership(entries: readonly Entry[], taxonomy: Taxonomy, today: CalendarDate): Insight | undefined {
  const from = periodOf(addDays(today, -7 * (NO_LEADERSHIP_WEEKS - 1)), 'week').start;
  const recent = entries.filter((entry) => entry.date >= from && entry.date <= today);
  if (recent.length === 0) {
    return undefined;
  }
  const leading = recent.some((entry) => tagWeights(entry, taxonomy).leadership > 0 || (entry.hours?.leadership ?? 0) > 0);
  if (leading) {
    return undefined;
  }
  return {
    id: 'no-leadership',
    text: `None of your ${recent.length} ${recent.length === 1 ? 'entry' : 'entries'} since ${from} records any leadership, by tags or hours. `
      + 'Was there a moment you changed how a group thinks? It may only be untagged.',
    period: periodOf(today, 'week').label,
    paths: recent.map((entry) => entry.path),
  };
}

function debtGrowing(entries: readonly Entry[], request: InsightRequest): Insight | undefined {
  const history = debtHistory(entries, request.unit, request.today).slice(-(DEBT_GROWTH_PERIODS + 1));
  if (history.length < DEBT_GROWTH_PERIODS + 1 || !history.every((point, i) => i === 0 || point.overdue > history[i - 1].overdue)) {
    return undefined;
  }
  const [, many] = WORDS[request.unit];
  const overdue = decisionReport(entries, request.today, { openOnly: true }).decisions.filter((row) => row.overdueDays > 0);
  const oldest = overdue[0];
  return {
    id: 'debt-growing',
    text: `Overdue decisions grew for ${DEBT_GROWTH_PERIODS} ${many} in a row: ${history.map((p) => p.overdue).join(' → ')}. `
      + (oldest ? `The oldest is "${oldest.decision}"${oldest.owner ? ` (${oldest.owner})` : ''}, ${oldest.overdueDays} days past due. ` : '')
      + 'A decision made late still costs less than one carried another week.',
    paths: [...new Set(overdue.map((row) => row.path))],
  };
}

function betsUnrevisited(entries: readonly Entry[], today: CalendarDate): Insight | undefined {
  const stale = betReport(entries, today).filter((bet) => bet.dueDays !== null && bet.dueDays >= BET_GRACE_DAYS);
  if (stale.length === 0) {
    return undefined;
  }
  return {
    id: 'bets-unrevisited',
    text: `${stale.length === 1 ? '1 leadership bet is' : `${stale.length} leadership bets are`} more than two weeks past ${stale.length === 1 ? 'its' : 'their'} revisit date `
      + `("${stale[0].bet}"${stale.length > 1 ? ', …' : ''}). Looking back is what turns a bet into something learned: Reflection: Revisit Leadership Bet.`,
    paths: [...new Set(stale.map((bet) => bet.path))],
  };
}

function followThrough(entries: readonly Entry[], today: CalendarDate): Insight | undefined {
  const old = entries.filter((entry) => entry.followUps.length > 0 && daysBetween(entry.date, today) >= FOLLOW_UP_AGE_DAYS);
  const open = old.reduce((sum, entry) => sum + entry.followUps.length, 0);
  if (open < FOLLOW_UP_PILE) {
    return undefined;
  }
  return {
    id: 'follow-through',
    text: `${open} follow-ups in ${old.length} ${old.length === 1 ? 'entry' : 'entries'} older than two weeks are still unticked. `
      + 'Direction that does not turn into done work is the sign of leading without managing: close one, or strike it.',
    paths: old.map((entry) => entry.path),
  };
}

function overConfident(entries: readonly Entry[], today: CalendarDate): Insight | undefined {
  // One pass without a list per entry: most entries have no sure, looked-back item.
  const sure: Array<{ path: string; confidence: number; score: number }> = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry.date <= today) {
      collectSure(entry.path, entry.decisions, sure);
      collectSure(entry.path, entry.bets, sure);
    }
  }
  if (sure.length < OVERCONFIDENT_MIN_ITEMS) {
    return undefined;
  }
  const said = sure.reduce((sum, item) => sum + item.confidence, 0) / sure.length;
  const happened = sure.reduce((sum, item) => sum + item.score, 0) / sure.length;
  if (said - happened < OVERCONFIDENT_GAP) {
    return undefined;
  }
  return {
    id: 'over-confident',
    text: `You were over-confident: when you were ${percent(OVERCONFIDENT_CONFIDENCE)} sure or more (${sure.length} times, ${percent(said)} on average), `
      + `it happened ${percent(happened)} of the time. What do you tend to miss when you feel sure?`,
    paths: [...new Set(sure.map((item) => item.path))],
  };
}

/** Adds the items said with at least OVERCONFIDENT_CONFIDENCE and looked back at (indexed: it runs for every entry). */
function collectSure(path: string, items: ReadonlyArray<Expectation>, sure: Array<{ path: string; confidence: number; score: number }>): void {
  for (let i = 0; i < items.length; i++) {
    const { confidence, happened } = items[i];
    if (confidence !== undefined && confidence >= OVERCONFIDENT_CONFIDENCE && happened !== undefined) {
      sure.push({ path, confidence, score: HAPPENED_SCORE[happened] });
    }
  }
}

function lookBacksWaiting(entries: readonly Entry[], today: CalendarDate): Insight | undefined {
  const due = lookBacksDue(entries, today);
  if (due.length < LOOK_BACK_PILE) {
    return undefined;
  }
  return {
    id: 'look-backs-waiting',
    text: `${due.length} decisions and bets are waiting for a look back (the oldest: "${due[0].text}", since ${due[0].dueOn}). `
      + 'Saying what happened is how judgement improves: Reflection: Review Outcome.',
    paths: [...new Set(due.map((item) => item.path))],
  };
}
