/**
 * Starting an entry from a template: the one path the palette commands and `reflection-journal
 * new` both take, so the two always write the same file with the same text.
 */
import type { CalendarDate } from '../base/dates';
import { Refusal } from '../base/refusal';
import { type JournalFiles, WriteRefused } from '../files';
import { locateFrontmatter, readFrontmatter } from '../text/frontmatter';
import { AFTER_ACTION_REVIEW, ONE_ON_ONE, entryPathFor } from './entryNames';
import { placeEntry } from './placeEntry';
import { type RenderedSnippet, escapeSnippetText } from '../text/snippet';
import { type Template, loadTemplates, renderTemplate, templateVariables } from './templates';

export interface NewEntry {
  /** Relative to the journal directory. */
  readonly path: string;
  /** False when the period's entry already existed and was left as it was. */
  readonly created: boolean;
  /** What was written; absent when nothing was. */
  readonly rendered?: RenderedSnippet;
}

/** Whether a template needs a title before an entry can be made (the event of a review). */
export function needsTitle(template: Template): boolean {
  return template.type === AFTER_ACTION_REVIEW || template.type === ONE_ON_ONE;
}

/**
 * Variables that need more than the date and title — what the journal knows (`{{record}}`,
 * `{{carriedOver}}`) — for the entry about to be written at `path`.
 */
export type JournalVariables = (request: { readonly template: Template; readonly date: CalendarDate; readonly title: string; readonly path: string }) => Record<string, string>;

export interface StartOptions {
  /** Markdown that goes right after the entry's first heading: context such as a link to the bet being revisited. */
  readonly preface?: string;
  /** Computed only when an entry is really written. */
  readonly variables?: JournalVariables;
}

/** Creates the entry for `template` on `date`, or finds the period's existing one. */
export async function startEntry(
  files: JournalFiles,
  template: Template,
  date: CalendarDate,
  title = '',
  options: StartOptions = {},
): Promise<NewEntry> {
  const { preface, variables } = options;
  const cleanTitle = title.replace(/\s+/g, ' ').trim();
  if (needsTitle(template) && cleanTitle === '') {
    throw new Refusal(`${template.label} needs a title: ${template.type === ONE_ON_ONE ? 'the person\'s name' : 'the name of the event'}`);
  }
  let rendered: RenderedSnippet | undefined;
  const placed = await placeEntry(files, template.type, date, cleanTitle, () => {
    const path = entryPathFor(template.type, date, cleanTitle);
    rendered = renderTemplate(template.source, { ...templateVariables(date, cleanTitle), ...variables?.({ template, date, title: cleanTitle, path }) });
    const reading = readFrontmatter(rendered.text);
    if (!reading.ok) {
      const where = template.origin === 'built-in' ? `the built-in ${template.type} template` : template.origin.path;
      throw new WriteRefused(`${where}: the entry it makes would not be readable (line ${reading.error.line}: ${reading.error.message}); nothing was written`);
    }
    if (preface) {
      rendered = {
        text: insertAfterHeading(rendered.text, preface),
        snippet: insertAfterHeading(rendered.snippet, escapeSnippetText(preface)),
      };
    }
    return rendered.text;
  });
  return placed.created ? { ...placed, rendered } : { ...placed };
}

/** Starts an entry of a template type: the user's template of that type, else the built-in. */
export async function startEntryOfType(
  files: JournalFiles,
  type: string,
  date: CalendarDate,
  title = '',
  options: StartOptions = {},
): Promise<NewEntry> {
  const template = (await loadTemplates(files)).templates.find((candidate) => candidate.type === type);
  if (!template) {
    throw new Refusal(`there is no "${type}" template`);
  }
  return startEntry(files, template, date, title, options);
}

/** Puts a block after the first `# ` heading after the frontmatter (or at the start of the body). */
function insertAfterHeading(text: string, block: string): string {
  const span = locateFrontmatter(text);
  const frontmatterEnd = span.kind === 'yaml' ? span.bodyStart : 0;
  const heading = /^# .*\n/m.exec(text.slice(frontmatterEnd));
  const at = heading ? frontmatterEnd + heading.index + heading[0].length : frontmatterEnd;
  return `${text.slice(0, at)}\n${block.trimEnd()}\n${text.slice(at)}`;
}
