/** `reflection-journal decisions` as a readable list (the JSON comes from the core). */
import type { DecisionReport } from '../journal/decisions/decisionReport';
import { terminalSafe, widest } from './terminal';

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
