/** `reflection-journal check`: every problem and warning in a journal, one line each. */
import type { Finding } from '../journal/entry';
import type { JournalFiles } from '../journal/files';
import { JournalIndex } from '../journal/journalIndex';
import { loadTemplates } from '../journal/templates';

export interface CheckResult {
  readonly entries: number;
  readonly findings: readonly Finding[];
}

export async function checkJournal(files: JournalFiles): Promise<CheckResult> {
  const index = new JournalIndex(files);
  const [, templates] = await Promise.all([index.build(), loadTemplates(files)]);
  return { entries: index.entries().length, findings: [...templates.findings, ...index.findings()] };
}

/** `path:line: message`, with warnings marked so that scripts can tell them apart. */
export function formatFinding(finding: Finding): string {
  const prefix = finding.severity === 'warning' ? 'warning: ' : '';
  return `${finding.path}:${finding.line}: ${prefix}${finding.message}`;
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
