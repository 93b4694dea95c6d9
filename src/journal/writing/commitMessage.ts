/** Commit messages for journal entries that read well in `git log`. */
import { BUILTIN_TEMPLATES } from './builtinTemplates';
import type { Entry } from '../entries/entry';
import { LEADERSHIP_MOMENTS, MONTHLY_REFLECTION } from './entryNames';
import { periodOf } from '../base/periods';

/** `journal: after-action review 2026-11-21`, or `journal: 3 entries, 2026-11-18 to 2026-11-21` with the files listed. */
export function commitMessage(paths: readonly string[], entryAt: (path: string) => Entry | undefined): string {
  const entries = paths.map((path) => ({ path, entry: entryAt(path) }));
  if (entries.length === 1) {
    const [{ path, entry }] = entries;
    return entry ? `journal: ${describe(entry)}` : `journal: ${path}`;
  }
  const dates = entries.flatMap(({ entry }) => (entry ? [entry.date] : [])).sort();
  const span = dates.length === 0 ? '' : dates[0] === dates[dates.length - 1] ? `, ${dates[0]}` : `, ${dates[0]} to ${dates[dates.length - 1]}`;
  const lines = entries.map(({ path, entry }) => `- ${entry ? describe(entry) : 'removed or unreadable'}: ${path}`);
  return `journal: ${entries.length} entries${span}\n\n${lines.join('\n')}`;
}

function describe(entry: Entry): string {
  const builtin = BUILTIN_TEMPLATES.find((template) => template.type === entry.type);
  const words = builtin ? builtin.label.toLowerCase() : (entry.type || 'entry').replace(/-/g, ' ');
  if (entry.type === MONTHLY_REFLECTION) {
    return `${words} ${periodOf(entry.date, 'month').label}`;
  }
  if (entry.type === LEADERSHIP_MOMENTS) {
    return `${words} ${periodOf(entry.date, 'week').label}`;
  }
  return `${words} ${entry.date}`;
}
