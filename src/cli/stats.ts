/** `reflection-journal stats`: the balance per period as a table, CSV or the exact JSON of PRODUCT.md. */
import type { PeriodBalance } from '../journal/balance';
import type { PeriodUnit } from '../journal/periods';

export interface StatsReport {
  readonly by: PeriodUnit;
  readonly entries: number;
  readonly problems: number;
  readonly periods: readonly PeriodBalance[];
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

const BAR_WIDTH = 20;

/**
 * A readable table: period, entries, leadership share by hours and by tags, and a bar of the
 * leadership share (by hours, or by tags where no hours were logged) with the target marked `|`.
 */
export function statsTable(report: StatsReport, target: number): string {
  const header = ['period', 'entries', 'hours', 'tags', `leadership share (target ${percent(target)})`];
  const rows = report.periods.map((p) => [
    p.period,
    String(p.entries),
    percent(p.hours.share),
    percent(p.tags.share),
    bar(p.hours.share ?? p.tags.share, target) + (p.hours.share === null && p.tags.share !== null ? ' (tags)' : ''),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]): string =>
    cells.map((cell, column) => (column === 0 || column === cells.length - 1 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ').trimEnd();
  const summary = `${report.entries} entries${report.problems > 0 ? `, ${report.problems} could not be read (run: reflection-journal check)` : ''}`;
  return [line(header), ...rows.map(line), '', summary].join('\n');
}

function percent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)} %`;
}

function bar(share: number | null, target: number): string {
  const cells: string[] = Array.from({ length: BAR_WIDTH }, (_, i) => (share !== null && i < Math.round(share * BAR_WIDTH) ? '█' : '·'));
  const mark = Math.min(BAR_WIDTH - 1, Math.round(target * BAR_WIDTH));
  cells[mark] = cells[mark] === '█' ? '▌' : '|';
  return cells.join('');
}
