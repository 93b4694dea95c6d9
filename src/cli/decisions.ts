/** `reflection-journal decisions` as a readable list (the JSON comes from the core). */
import type { DecisionReport } from '../journal/decisions/decisionReport';
import { terminalSafe, widest } from './terminal';
import { type Calibration, bucketRange, calibrationInWords } from '../journal/decisions/calibration';
import { percent } from '../journal/base/format';

export function decisionTable(report: DecisionReport): string {
  const summary = `${report.open} open, ${report.overdue} overdue, as of ${report.asOf}`;
  if (report.decisions.length === 0) {
    return `No decisions recorded. (${summary})`;
  }
  const rows = report.decisions.map((row) => {
    const when = row.status !== 'open' ? row.status
      : row.overdueDays > 0 ? `${row.overdueDays} d overdue`
        : row.due ? `due ${row.due}` : 'no date';
    return [when, terminalSafe(row.owner ?? '–'), terminalSafe(row.decision), terminalSafe(row.path)];
  });
  const widths = [0, 1].map((column) => widest(rows.map((row) => row[column])));
  const lines = rows.map((row) => `${row[0].padEnd(widths[0])}  ${row[1].padEnd(widths[1])}  ${row[2]}  (${row[3]})`);
  return [...lines, '', summary].join('\n');
}

/** The calibration as a table of tenths, then in words. */
export function calibrationTable(result: Calibration): string {
  const header = `Calibration as of ${result.asOf}: ${result.reviewed} reviewed ${result.reviewed === 1 ? 'decision or bet' : 'decisions and bets'}.`;
  if (result.reviewed === 0) {
    return [header, ...calibrationInWords(result)].join('\n');
  }
  const rows = result.buckets.map((b) => [bucketRange(b), String(b.count), percent(b.meanConfidence), percent(b.hitRate)]);
  const titles = ['confidence', 'count', 'said', 'happened'];
  const widths = titles.map((title, column) => widest(rows.map((row) => row[column]), title.length));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [header, '', line(titles), ...rows.map(line), '', ...calibrationInWords(result)].join('\n');
}
