/**
 * Reflection templates: the built-ins, and the user's own in `<journal>/.templates/<type>.md`,
 * which override a built-in of the same type or add a new type. A template is snippet syntax
 * with `{{variables}}`; it renders to a snippet for the editor and to the same text for disk.
 */
import { BUILTIN_TEMPLATES } from './builtinTemplates';
import {
  type CalendarDate, addDays, isoWeekLabel, isoWeekOf, isoWeekStart, monthLabel, monthTitle,
  quarterLabel, yearOf,
} from '../base/dates';
import type { Finding } from '../entries/entry';
import { type DirectoryEntry, type JournalFiles, decodeText, describeError, joinPath } from '../files';
import { type EntryPeriod, TEMPLATES_FOLDER, isValidEntryType, periodOfType } from './entryNames';
import { locateFrontmatter } from '../text/frontmatter';
import { type RenderedSnippet, escapeSnippetText, renderSnippet } from '../text/snippet';
import { doubleQuotedContent, quoteAt, singleQuotedContent, yamlScalar } from '../text/yamlText';

export interface Template {
  readonly type: string;
  readonly label: string;
  readonly description: string;
  readonly period: EntryPeriod;
  /** Where the template comes from: built in, or a file relative to the journal directory. */
  readonly origin: 'built-in' | { readonly path: string };
  readonly source: string;
}

export interface TemplateSet {
  readonly templates: readonly Template[];
  readonly findings: readonly Finding[];
}

/** Whether a path (relative to the journal) is a template of the journal's own: `.templates/<name>.md`. */
export function isTemplatePath(path: string): boolean {
  const parts = path.split('/');
  return parts.length === 2 && parts[0] === TEMPLATES_FOLDER && parts[1].endsWith('.md');
}

/** The built-in templates, before any user template is read. */
export function builtinTemplates(): Template[] {
  return BUILTIN_TEMPLATES.map((template) => ({
    ...template,
    period: periodOfType(template.type),
    origin: 'built-in',
  }));
}

const MAX_TEMPLATE_BYTES = 256 * 1024;

/** Built-in templates merged with the user's `.templates/*.md`; unusable files become findings. */
export async function loadTemplates(files: JournalFiles): Promise<TemplateSet> {
  const byType = new Map(builtinTemplates().map((template) => [template.type, template]));
  const findings: Finding[] = [];
  const children = await templateFiles(files, findings);
  for (const child of children.sort((a, b) => a.name.localeCompare(b.name))) {
    if (!child.name.endsWith('.md')) {
      continue;
    }
    if (child.kind !== 'file') {
      if (child.kind === 'other') {
        findings.push({ path: joinPath(TEMPLATES_FOLDER, child.name), line: 1, severity: 'warning', message: 'the template is a link, not a file in the journal; it was skipped' });
      }
      continue;
    }
    const path = joinPath(TEMPLATES_FOLDER, child.name);
    const type = child.name.slice(0, -'.md'.length);
    if (!isValidEntryType(type)) {
      findings.push({
        path, line: 1, severity: 'warning',
        message: `template names become file names: use lowercase a-z, 0-9 and single hyphens (like "one-on-one.md"); "${child.name}" was skipped`,
      });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await files.readFile(path);
    } catch (error) {
      findings.push({ path, line: 1, severity: 'warning', message: `the template could not be read: ${describeError(error)}` });
      continue;
    }
    if (bytes.byteLength > MAX_TEMPLATE_BYTES) {
      findings.push({ path, line: 1, severity: 'warning', message: 'the template is larger than 256 KB and was skipped' });
      continue;
    }
    const builtin = byType.get(type);
    byType.set(type, {
      type,
      label: builtin?.label ?? labelOfType(type),
      description: builtin ? `yours, replacing the built-in (${path})` : `yours (${path})`,
      period: periodOfType(type),
      origin: { path },
      source: decodeText(bytes),
    });
  }
  return { templates: [...byType.values()], findings };
}

/**
 * The files in `.templates`, when it is a real folder of the journal: a link could lead anywhere
 * (a clone's `.templates` pointing at your home folder), so a linked one is not read.
 */
async function templateFiles(files: JournalFiles, findings: Finding[]): Promise<DirectoryEntry[]> {
  const warn = (message: string): DirectoryEntry[] => {
    findings.push({ path: TEMPLATES_FOLDER, line: 1, severity: 'warning', message });
    return [];
  };
  try {
    const folder = (await files.readDirectory('')).find((child) => child.name === TEMPLATES_FOLDER);
    if (!folder || folder.kind === 'file') {
      return [];
    }
    if (folder.kind !== 'directory') {
      return warn('the templates folder is a link, not a folder in the journal; the built-in templates are used');
    }
    return await files.readDirectory(TEMPLATES_FOLDER);
  } catch (error) {
    return warn(`the templates folder could not be read (${describeError(error)}); the built-in templates are used`);
  }
}

/** `one-on-one` → `One on one`. */
function labelOfType(type: string): string {
  const words = type.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The `{{variables}}` a template can use, for an entry on `date` titled `title`. */
export function templateVariables(date: CalendarDate, title: string): Record<string, string> {
  const week = isoWeekOf(date);
  const weekStart = isoWeekStart(week);
  return {
    date,
    title,
    week: isoWeekLabel(week),
    weekStart,
    weekEnd: addDays(weekStart, 6),
    month: monthLabel(date),
    monthTitle: monthTitle(date),
    quarter: quarterLabel(date),
    year: String(yearOf(date)),
    // Filled from the journal when the caller has read it (see reviews/journalVariables.ts).
    record: '',
    carriedOver: '',
    stillOpen: '',
  };
}

/**
 * Fills in `{{variables}}` and renders the template both as a snippet and as plain text, with LF
 * line endings. In the frontmatter a value is always written as a YAML scalar that reads back as
 * exactly that value — quoted when needed, or escaped for the quotes it sits in — so a title like
 * `Launch: day 2 #ops` or `Priya, leadership` cannot break the entry or add a tag.
 */
export function renderTemplate(source: string, variables: Record<string, string>): RenderedSnippet {
  const lf = source.replace(/\r\n?/g, '\n');
  const span = locateFrontmatter(lf);
  const bodyStart = span.kind === 'yaml' ? span.bodyStart : 0;
  const filled = substituteInYaml(lf.slice(0, bodyStart), variables) + substitute(lf.slice(bodyStart), variables, (value) => value);
  return renderSnippet(filled);
}

const VARIABLE = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

function substitute(text: string, variables: Record<string, string>, format: (value: string, at: number) => string): string {
  return text.replace(VARIABLE, (whole, name: string, at: number) =>
    Object.prototype.hasOwnProperty.call(variables, name) ? escapeSnippetText(format(variables[name], at)) : whole);
}

/** Substitutes line by line, writing each value for the quotes it stands in (or as a scalar of its own). */
function substituteInYaml(frontmatter: string, variables: Record<string, string>): string {
  return frontmatter.split('\n').map((line) => substitute(line, variables, (value, at) => {
    const quote = quoteAt(line, at);
    return quote === '"' ? doubleQuotedContent(value) : quote === "'" ? singleQuotedContent(value) : yamlScalar(value);
  })).join('\n');
}
