/** `reflection-journal stats` as a readable table (JSON and CSV come from the core's report.ts). */
import type { StatsReport } from '../journal/balance/report';
import { widest } from './terminal';
import { percent } from '../journal/base/format';

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
  const widths = header.map((title, column) => widest(rows.map((row) => row[column]), title.length));
  const line = (cells: string[]): string =>
    cells.map((cell, column) => (column === 0 || column === cells.length - 1 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ').trimEnd();
  const summary = `${report.entries} entries${report.problems > 0 ? `, ${report.problems} could not be read (run: reflection-journal check)` : ''}`;
  return [line(header), ...rows.map(line), '', summary].join('\n');
}

function bar(share: number | null, target: number): string {
  const cells: string[] = Array.from({ length: BAR_WIDTH }, (_, i) => (share !== null && i < Math.round(share * BAR_WIDTH) ? '█' : '·'));
  const mark = Math.min(BAR_WIDTH - 1, Math.round(target * BAR_WIDTH));
  cells[mark] = cells[mark] === '█' ? '▌' : '|';
  return cells.join('');
}
