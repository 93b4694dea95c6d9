/** `reflection-journal check`: every problem and warning in a journal, one line each. */
import type { CalendarDate } from '../journal/base/dates';
import { type Finding, futureEntryFindings } from '../journal/entries/entry';
import type { JournalFiles } from '../journal/files';
import { JournalIndex } from '../journal/entries/journalIndex';
import { loadTemplates } from '../journal/writing/templates';
import { terminalSafe } from './terminal';

export interface CheckResult {
  readonly entries: number;
  readonly findings: readonly Finding[];
}

/** Every problem and warning: templates, files, unreadable folders, and entries dated after `today`. */
export async function checkJournal(files: JournalFiles, today: CalendarDate): Promise<CheckResult> {
  const index = new JournalIndex(files);
  const [, templates] = await Promise.all([index.build(), loadTemplates(files)]);
  const findings = [...index.findings(), ...futureEntryFindings(index.entries(), today)]
    .sort((a, b) => (a.path === b.path ? a.line - b.line : a.path < b.path ? -1 : 1));
  return { entries: index.entries().length, findings: [...templates.findings, ...findings] };
}

/** `path:line: message`, with warnings marked so that scripts can tell them apart. */
export function formatFinding(finding: Finding): string {
  const prefix = finding.severity === 'warning' ? 'warning: ' : '';
  return `${terminalSafe(finding.path)}:${finding.line}: ${prefix}${terminalSafe(finding.message)}`;
}

export function checkJson(result: CheckResult): string {
  const count = (severity: Finding['severity']): number =>
    result.findings.filter((finding) => finding.severity === severity).length;
  return JSON.stringify({
    entries: result.entries,
    problems: count('problem'),
    warnings: count('warning'),
    findings: result.findings.map(({ path, line, severity, message }) => ({ path, line, severity, message })),
  }, null, 2);
}

export function checkSummary(result: CheckResult): string {
  const problems = result.findings.filter((finding) => finding.severity === 'problem').length;
  const warnings = result.findings.length - problems;
  return `${plural(result.entries, 'entry', 'entries')}, ${plural(problems, 'problem', 'problems')}, ${plural(warnings, 'warning', 'warnings')}`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
