/**
 * The balance report as other tools read it: the exact `stats --json` of PRODUCT.md section 5,
 * and CSV. Shared by the CLI and the extension's Export Balance command.
 */
import { type DateRange, type PeriodBalance, balanceByPeriod } from './balance';
import type { BalanceEntry } from '../entries/entry';
import type { Taxonomy } from './taxonomy';
import type { PeriodUnit } from '../base/periods';

export interface StatsReport {
  readonly by: PeriodUnit;
  readonly entries: number;
  readonly problems: number;
  readonly periods: readonly PeriodBalance[];
}

/** The report of `stats` and Export Balance, for the whole journal or a date range. */
export function statsReport(
  entries: readonly BalanceEntry[],
  problems: number,
  taxonomy: Taxonomy,
  by: PeriodUnit,
  range: DateRange = {},
): StatsReport {
  return { by, entries: entries.length, problems, periods: balanceByPeriod(entries, taxonomy, by, range) };
}

/** Exactly the `stats --json` shape: keys in this order, numbers not rounded. */
export function statsJson(report: StatsReport): string {
  return JSON.stringify({
    by: report.by,
    entries: report.entries,
    problems: report.problems,
    periods: report.periods.map((p) => ({
      period: p.period, start: p.start, end: p.end,
      entries: p.entries, classified: p.classified,
      hours: { management: p.hours.management, leadership: p.hours.leadership, share: p.hours.share },
      tags: { management: p.tags.management, leadership: p.tags.leadership, share: p.tags.share },
    })),
  }, null, 2);
}

const CSV_HEADER = 'period,start,end,entries,classified,hours_management,hours_leadership,hours_share,tags_management,tags_leadership,tags_share';

/** One row per period; numbers rounded to 4 decimals, an empty cell for a null share. */
export function statsCsv(report: StatsReport): string {
  const rows = report.periods.map((p) => [
    p.period, p.start, p.end, p.entries, p.classified,
    round(p.hours.management), round(p.hours.leadership), round(p.hours.share),
    round(p.tags.management), round(p.tags.leadership), round(p.tags.share),
  ].join(','));
  return [CSV_HEADER, ...rows].join('\n');
}

function round(value: number | null): string {
  return value === null ? '' : String(Math.round(value * 10_000) / 10_000);
}
