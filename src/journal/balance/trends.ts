/**
 * What the Balance panel draws: one series (hours or tags) per period up to today, a recent range
 * or all of it, a headline for the current period and the trailing four, and the entries behind
 * a period. Pure, so the numbers the panel shows are tested like the CLI's.
 */
import { type PeriodBalance, balanceByPeriod, emptyBalance, shareOf, tagWeights } from './balance';
import type { CalendarDate } from '../base/dates';
import type { Entry } from '../entries/entry';
import { type PeriodUnit, periodOf, periodsBetween, previousPeriod } from '../base/periods';
import type { Taxonomy } from './taxonomy';
import { percent } from '../base/format';

export type SeriesKind = 'hours' | 'tags';
export type RangeKind = 'recent' | 'all';

/** How many periods the recent range shows: a quarter of weeks… three years of quarters. */
export const RECENT_PERIODS: Readonly<Record<PeriodUnit, number>> = { week: 12, month: 12, quarter: 8 };
/** The trailing window of the headline, in periods (the current one included). */
export const TRAILING_PERIODS = 4;

export interface TrendPoint {
  readonly period: string;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  readonly entries: number;
  readonly classified: number;
  readonly management: number;
  readonly leadership: number;
  readonly share: number | null;
}

export interface Trends {
  readonly points: readonly TrendPoint[];
  /** Periods with entries left out by the recent range. */
  readonly hiddenPeriods: number;
  readonly headline: string;
  /** The trailing window's leadership share, or null with nothing logged in it. */
  readonly trailingShare: number | null;
}

export interface TrendsRequest {
  readonly unit: PeriodUnit;
  readonly series: SeriesKind;
  readonly range: RangeKind;
  readonly today: CalendarDate;
  readonly target: number;
}

const UNIT_WORDS: Readonly<Record<PeriodUnit, [string, string]>> = {
  week: ['week', 'weeks'], month: ['month', 'months'], quarter: ['quarter', 'quarters'],
};

/** The first day of the headline's trailing window on `today`: what a first look must have read. */
export function trailingStart(today: CalendarDate, unit: PeriodUnit): CalendarDate {
  let period = periodOf(today, unit);
  for (let n = 1; n < TRAILING_PERIODS; n++) {
    period = previousPeriod(period, unit);
  }
  return period.start;
}

export function trends(entries: readonly Entry[], taxonomy: Taxonomy, request: TrendsRequest): Trends {
  return trendsOf(balanceByPeriod(entries, taxonomy, request.unit), request);
}

/** The same from a series already computed (the extension keeps one current in a BalanceLedger). */
export function trendsOf(series: readonly PeriodBalance[], request: TrendsRequest): Trends {
  const all = fillToToday(series, request);
  const points = all.map((period) => point(period, request.series));
  // "Now" is today's period, even when an entry is dated later (a typo like 2062 included): the
  // recent range and the headline end there; later periods show only with the whole range.
  const today = request.today;
  const upToNow = points[points.length - 1]?.start <= today ? points : points.filter((p) => p.start <= today);
  const shown = request.range === 'all' ? points : upToNow.slice(-RECENT_PERIODS[request.unit]);
  const hiddenPeriods = points.filter((p) => p.entries > 0).length - shown.filter((p) => p.entries > 0).length;
  const trailing = upToNow.slice(-TRAILING_PERIODS);
  const trailingShare = shareOf(sum(trailing, 'management'), sum(trailing, 'leadership'));
  return { points: shown, hiddenPeriods, trailingShare, headline: headline(upToNow, points.length, trailingShare, request) };
}

/**
 * The last weeks by logged hours, or by tagged entries when no hours were logged in them: what
 * the status bar and the panel's headline say first.
 */
export function recentWeeks(weeks: readonly PeriodBalance[], today: CalendarDate, target: number): Trends {
  const byHours = trendsOf(weeks, { unit: 'week', series: 'hours', range: 'recent', today, target });
  return byHours.trailingShare !== null ? byHours : trendsOf(weeks, { unit: 'week', series: 'tags', range: 'recent', today, target });
}

/** Extends the gap-free list with empty periods up to the current one, so "now" is always shown. */
function fillToToday(periods: readonly PeriodBalance[], request: TrendsRequest): readonly PeriodBalance[] {
  const current = periodOf(request.today, request.unit);
  const last = periods[periods.length - 1];
  if (!last || last.period >= current.label) {
    return periods;
  }
  const extra = periodsBetween(last.end, request.today, request.unit).slice(1).map(emptyBalance);
  return [...periods, ...extra];
}

function point(period: PeriodBalance, series: SeriesKind): TrendPoint {
  const values = period[series];
  return {
    period: period.period, start: period.start, end: period.end, entries: period.entries,
    classified: period.classified, management: values.management, leadership: values.leadership, share: values.share,
  };
}

function sum(points: readonly TrendPoint[], side: 'management' | 'leadership'): number {
  return points.reduce((total, p) => total + p[side], 0);
}

/**
 * The headline in a few words, for places with little room (the view's title bar): `31 % leadership
 * · target 40 %`, the same share as the headline's.
 */
export function shortHeadline(trends: Trends, target: number): string {
  return trends.trailingShare === null
    ? `target ${percent(target)}`
    : `${percent(trends.trailingShare)} leadership · target ${percent(target)}`;
}

/** `Leadership 31 % of logged hours over the last 4 weeks (this week 38 %) — target 40 %`. */
function headline(points: readonly TrendPoint[], allPeriods: number, trailingShare: number | null, request: TrendsRequest): string {
  const [one, many] = UNIT_WORDS[request.unit];
  const what = request.series === 'hours' ? 'logged hours' : 'tagged entries';
  const target = `target ${percent(request.target)}`;
  if (allPeriods === 0) {
    return `No entries yet — ${target}`;
  }
  if (trailingShare === null || points.length === 0) {
    return `No ${what} in the last ${TRAILING_PERIODS} ${many} — ${target}`;
  }
  const current = points[points.length - 1];
  const now = current.share === null ? `nothing yet this ${one}` : `this ${one} ${percent(current.share)}`;
  return `Leadership ${percent(trailingShare)} of ${what} over the last ${TRAILING_PERIODS} ${many} (${now}) — ${target}`;
}


export interface EntrySummary {
  readonly path: string;
  readonly date: CalendarDate;
  readonly type: string;
  readonly title: string;
  /** The entry's own leadership share in the series shown, or null when it adds nothing to it. */
  readonly share: number | null;
}

/** The entries dated in the period labelled `label`, oldest first. */
export function entriesInPeriod(
  entries: readonly Entry[],
  taxonomy: Taxonomy,
  unit: PeriodUnit,
  label: string,
  series: SeriesKind,
): EntrySummary[] {
  return entries
    .filter((entry) => periodOf(entry.date, unit).label === label)
    .map((entry) => {
      const weights = tagWeights(entry, taxonomy);
      const share = series === 'hours'
        ? shareOf(entry.hours?.management ?? 0, entry.hours?.leadership ?? 0)
        : shareOf(weights.management, weights.leadership);
      return { path: entry.path, date: entry.date, type: entry.type, title: entry.title, share };
    });
}
