/**
 * One journal file read into an entry, or into problems that say what is wrong and where.
 * A *problem* keeps the file out of the numbers; a *warning* ignores one field and keeps the rest.
 */
import { type CalendarDate, parseCalendarDate } from '../base/dates';
import { type Frontmatter, lineOfKey } from '../text/frontmatter';
import { type Bet, type Decision, readBets, readDecisions } from './commitments';
import { itemLines } from '../text/frontmatterLists';
import { inlineTags } from './inlineTags';
import { TIME_LOG_HEADING, type TimeLogItem, parseTimeLog } from './timeLogLines';
import { detach, internTag } from '../base/strings';
import { type FollowUp, type Moments, bodySections } from './bodySections';
import { readPeople, readPerson } from './personNames';
import { type Finding, type HoursSplit, type Warn, entryHours, entryTags, openEntry, withHours } from './entryOpening';

export { type Finding, type HoursSplit, MAX_ENTRY_CHARS } from './entryOpening';

const MAX_TITLE_CHARS = 200;

export interface Entry {
  /** Relative to the journal directory, with `/`. */
  readonly path: string;
  /** The frontmatter `type`, or `''` when it has none. */
  readonly type: string;
  readonly date: CalendarDate;
  /** 1-based file line of `date:` (1 when the date comes from the file name). */
  readonly dateLine: number;
  readonly title: string;
  /** Frontmatter tags as written, lowercase, without a leading `#`, each once. */
  readonly tags: readonly string[];
  /** Every `#tag` occurrence in the body, lowercase, in order (repeats count again). */
  readonly inlineTags: readonly string[];
  readonly hours?: HoursSplit;
  readonly decisions: readonly Decision[];
  readonly bets: readonly Bet[];
  /** `person:` — whom a one-on-one was with (as written, trimmed). */
  readonly person?: string;
  /** `people:` — whom the entry names, each once. */
  readonly people: readonly string[];
  /** Unchecked `- [ ]` items under a "Follow-ups" heading: promised work still open. */
  readonly followUps: readonly FollowUp[];
  /** A review's lesson: the first line under "What to do differently" or "What to change". */
  readonly lesson?: string;
  /** Leadership moments answered "With: a group" or "With: one person" (weekly template). */
  readonly moments?: Moments;
  /** Lines of the "Time log" section (the time audit). */
  readonly timeLog: readonly TimeLogItem[];
  /** For a time-audit summary: the days the audit covered. */
  readonly audit?: { readonly from: CalendarDate; readonly to: CalendarDate };
}

/** What the balance needs of an entry, and all that `stats` reads (balanceEntry.ts reads only this). */
export type BalanceEntry = Pick<Entry, 'path' | 'date' | 'tags' | 'inlineTags' | 'hours'>;

export interface EntryReading {
  /** Undefined when the file has a problem. */
  readonly entry?: Entry;
  readonly findings: readonly Finding[];
}

/** Reads a journal file's text into an entry (PRODUCT.md section 3). */
export function readEntry(path: string, text: string): EntryReading {
  const opened = openEntry(path, text);
  if (!opened.ok) {
    return { findings: opened.findings };
  }
  const { frontmatter, findings, warn, date } = opened;
  const entry: Entry = {
    path,
    type: typeof frontmatter.data.type === 'string' ? internTag(frontmatter.data.type.trim()) : '',
    date,
    dateLine: typeof frontmatter.data.date === 'string' && parseCalendarDate(frontmatter.data.date) === date ? lineOfKey(frontmatter, 'date') : 1,
    title: detach(entryTitle(path, frontmatter)),
    tags: entryTags(frontmatter.data.tags, warn).map(internTag),
    inlineTags: inlineTags(frontmatter.body).map(internTag),
    // Left out when absent (not `undefined`), so an entry is the same after a trip through JSON.
    ...withHours(entryHours(frontmatter.data.hours, warn)),
    decisions: readDecisions(frontmatter.data.decisions, listContext(text, 'decisions', frontmatter, warn)),
    bets: readBets(frontmatter.data.bets, listContext(text, 'bets', frontmatter, warn)),
    ...withPerson(readPerson(frontmatter.data.person, warn)),
    people: readPeople(frontmatter.data.people, warn),
    ...bodySections(frontmatter.body, frontmatter.bodyLine),
    timeLog: frontmatter.body.includes(TIME_LOG_HEADING)
      ? parseTimeLog(frontmatter.body).map((item) => ({ ...item, tag: internTag(item.tag), note: detach(item.note) }))
      : [],
    ...auditRange(frontmatter.data.audit, warn),
  };
  return { entry, findings };
}

function listContext(text: string, key: string, frontmatter: Frontmatter, warn: Warn) {
  const present = frontmatter.data[key] !== undefined;
  return { warn, lines: present ? itemLines(text, key) : [], keyLine: lineOfKey(frontmatter, key) };
}

function entryTitle(path: string, frontmatter: Frontmatter): string {
  const title = frontmatter.data.title;
  if (typeof title === 'string' && title.trim() !== '') {
    return title.trim();
  }
  const heading = /^#[ \t]+/m.exec(frontmatter.body);
  if (heading) {
    // The heading's text without its closing #s, trimmed by hand: a pattern would backtrack on long lines.
    const from = heading.index + heading[0].length;
    const lineEnd = frontmatter.body.indexOf('\n', from);
    let end = lineEnd === -1 ? frontmatter.body.length : lineEnd;
    while (end > from && ' \t#\r'.includes(frontmatter.body[end - 1])) {
      end--;
    }
    if (end > from) {
      return frontmatter.body.slice(from, Math.min(end, from + MAX_TITLE_CHARS));
    }
  }
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/i, '');
}

/** `audit: { from, to }` of a time-audit summary; left out when absent. */
function auditRange(value: unknown, warn: Warn): { audit?: { from: CalendarDate; to: CalendarDate } } {
  if (value === undefined || value === null) {
    return {};
  }
  const record = value as Record<string, unknown>;
  const from = typeof record.from === 'string' ? parseCalendarDate(record.from) : undefined;
  const to = typeof record.to === 'string' ? parseCalendarDate(record.to) : undefined;
  if (!from || !to || from > to) {
    warn('audit', 'audit must have "from:" and "to:" days (YYYY-MM-DD), from before to; it was ignored');
    return {};
  }
  return { audit: { from, to } };
}

function withPerson(person: string | undefined): { person?: string } {
  return person ? { person } : {};
}

/**
 * Entries dated after `today`: each a warning (most are typos, like 2062 for 2026). They still
 * count in the period their date puts them in. `entries` are in date order, as the index keeps them.
 */
export function futureEntryFindings(entries: readonly Entry[], today: CalendarDate): Finding[] {
  const findings: Finding[] = [];
  for (let i = entries.length - 1; i >= 0 && entries[i].date > today; i--) {
    const entry = entries[i];
    findings.unshift({
      path: entry.path, line: entry.dateLine, severity: 'warning',
      message: `dated in the future (${entry.date}, after today ${today}); it counts in that period`,
    });
  }
  return findings;
}
