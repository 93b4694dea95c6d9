/**
 * The template variables that need the journal: `{{record}}` (the period's record, for reviews),
 * `{{carriedOver}}` (what earlier entries left open, for the week) and `{{stillOpen}}` (what is
 * open with the person a one-on-one is with). Computed only for a
 * template that uses them, and only when its entry is really written.
 */
import type { Taxonomy } from '../balance/taxonomy';
import type { CalendarDate } from '../base/dates';
import { folderOf } from '../base/journalPaths';
import type { Entry } from '../entries/entry';
import type { JournalVariables, StartOptions } from '../writing/newEntry';
import type { Template } from '../writing/templates';
import { stillOpen, stillOpenMarkdown } from '../people/stillOpen';
import { carriedOverMarkdown } from './carryOver';
import { type ReviewUnit, periodRecord } from './periodRecord';
import { recordMarkdown } from './recordMarkdown';

/** What the journal knows, as of a day. */
export interface JournalContext {
  readonly entries: readonly Entry[];
  readonly taxonomy: Taxonomy;
  readonly target: number;
  readonly today: CalendarDate;
}

const RECORD = /\{\{\s*record\s*\}\}/;
const CARRIED_OVER = /\{\{\s*carriedOver\s*\}\}/;
const STILL_OPEN = /\{\{\s*stillOpen\s*\}\}/;

/** Whether a template needs the journal read before its entry can be written. */
export function usesJournal(template: Template): boolean {
  return RECORD.test(template.source) || CARRIED_OVER.test(template.source) || STILL_OPEN.test(template.source);
}

/** The record of a template's own period: a quarter or a year for those reviews, else the month. */
function recordUnit(template: Template): ReviewUnit {
  return template.period === 'quarter' || template.period === 'year' ? template.period : 'month';
}

/** Options for starting an entry that fill in what the journal knows, when it is known. */
export function withJournal(context: JournalContext | undefined): StartOptions {
  return context ? { variables: journalVariables(context) } : {};
}

export function journalVariables(context: JournalContext): JournalVariables {
  return ({ template, date, title, path }) => {
    const variables: Record<string, string> = {};
    if (RECORD.test(template.source)) {
      const record = periodRecord(context.entries, context.taxonomy, recordUnit(template), date, context.today);
      variables.record = recordMarkdown(record, { linkFrom: folderOf(path), target: context.target }).trimEnd();
    }
    if (CARRIED_OVER.test(template.source)) {
      variables.carriedOver = carriedOverMarkdown(context.entries, date, context.today, folderOf(path));
    }
    if (STILL_OPEN.test(template.source) && title !== '') {
      // A one-on-one's title is the person it is with.
      variables.stillOpen = stillOpenMarkdown(stillOpen(context.entries, title, date, context.today, path), title, context.today, folderOf(path));
    }
    return variables;
  };
}
