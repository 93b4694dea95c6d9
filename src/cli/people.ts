/** `reflection-journal people` as a readable table (the JSON comes from the core). */
import type { PeopleReport } from '../journal/people/peopleReport';
import { terminalSafe, widest } from './terminal';

const TITLES = ['person', 'last 1:1', 'days', '1:1s in 90 d', 'open follow-ups', 'open decisions', 'overdue', 'entries'];

export function peopleTable(report: PeopleReport): string {
  if (report.people.length === 0) {
    return `No one is named yet: write "person:" on a one-on-one, "people:" on any entry, or a decision's owner. (as of ${report.asOf})`;
  }
  const rows = report.people.map((row) => [
    terminalSafe(row.name), row.lastOneOnOne ?? 'never', row.daysSince === null ? '–' : String(row.daysSince), String(row.recentOneOnOnes),
    String(row.openFollowUps), String(row.openDecisions), String(row.overdueDecisions), String(row.entries),
  ]);
  const widths = TITLES.map((title, column) => widest(rows.map((row) => row[column]), title.length));
  const line = (cells: string[]): string => cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ').trimEnd();
  const count = report.people.length;
  return [line(TITLES), ...rows.map(line), '', `${count} ${count === 1 ? 'person' : 'people'}, as of ${report.asOf}`].join('\n');
}
