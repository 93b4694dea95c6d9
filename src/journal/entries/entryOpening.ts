/**
 * The first steps of reading any journal file, shared by the full reading (entry.ts) and the
 * balance-only one (balanceEntry.ts): the size limit, the frontmatter, the date — which decide
 * whether a file is an entry at all — and the fields the balance needs (tags, hours).
 */
import { type CalendarDate, parseCalendarDate } from '../base/dates';
import { type Frontmatter, lineOfKey, readFrontmatter } from '../text/frontmatter';
import { normalizeTag } from './tags';
import { preview } from '../text/boundedValue';
import { MAX_HOURS } from '../base/duration';

export interface HoursSplit {
  readonly management: number;
  readonly leadership: number;
}

export interface Finding {
  readonly path: string;
  /** 1-based line in the file. */
  readonly line: number;
  readonly severity: 'problem' | 'warning';
  readonly message: string;
}

/** Larger entries are not read: no one writes notes this long, and the limit bounds the work. */
export const MAX_ENTRY_CHARS = 4 * 1024 * 1024;

export type Warn = (key: string, message: string) => void;

export type OpenedEntry =
  | { readonly ok: false; readonly findings: Finding[] }
  | { readonly ok: true; readonly frontmatter: Frontmatter; readonly findings: Finding[]; readonly warn: Warn; readonly date: CalendarDate };

/** A file's frontmatter and date, or the problem that keeps it from being an entry (PRODUCT.md section 3). */
export function openEntry(path: string, text: string): OpenedEntry {
  if (text.length > MAX_ENTRY_CHARS) {
    return { ok: false, findings: [{ path, line: 1, severity: 'problem', message: `the file is larger than ${MAX_ENTRY_CHARS / 1024 / 1024} MB; entries this long are not read` }] };
  }
  const reading = readFrontmatter(text);
  if (!reading.ok) {
    return { ok: false, findings: [{ path, severity: 'problem', ...reading.error }] };
  }
  const frontmatter = reading.frontmatter;
  const findings: Finding[] = [];
  const warn: Warn = (key, message) => {
    findings.push({ path, line: lineOfKey(frontmatter, key), severity: 'warning', message });
  };
  const date = entryDate(path, frontmatter, warn);
  if (!date) {
    findings.push({
      path,
      line: lineOfKey(frontmatter, 'date'),
      severity: 'problem',
      message: 'no date: add "date: YYYY-MM-DD" to the frontmatter, or start the file name with the date',
    });
    return { ok: false, findings };
  }
  return { ok: true, frontmatter, findings, warn, date };
}

function entryDate(path: string, frontmatter: Frontmatter, warn: Warn): CalendarDate | undefined {
  const value = frontmatter.data.date;
  const fileName = path.slice(path.lastIndexOf('/') + 1);
  const fromName = parseCalendarDate(fileName.slice(0, 10));
  if (value === undefined || value === null || value === '') {
    return fromName;
  }
  const fromFrontmatter = typeof value === 'string' ? parseCalendarDate(value) : undefined;
  if (fromFrontmatter) {
    return fromFrontmatter;
  }
  if (fromName) {
    warn('date', `date ${preview(value)} is not a YYYY-MM-DD day (years 0001–9999); using ${fromName} from the file name`);
  }
  return fromName;
}

/** Tags as a list of strings, or one string split on commas and white space. */
export function entryTags(value: unknown, warn: Warn): string[] {
  if (value === undefined || value === null) {
    return [];
  }
  let raw: unknown[];
  if (typeof value === 'string') {
    raw = value.split(/[\s,]+/);
  } else if (Array.isArray(value)) {
    raw = value;
  } else {
    warn('tags', 'tags must be a list, like [leadership, alignment]; they were ignored');
    return [];
  }
  const tags = new Set<string>();
  for (const item of raw) {
    if (typeof item === 'string' || typeof item === 'number') {
      const tag = normalizeTag(String(item));
      if (tag !== '') {
        tags.add(tag);
      }
    } else if (item !== null) {
      warn('tags', `the tag ${preview(item)} is not text; it was ignored`);
    }
  }
  return [...tags];
}

export function withHours(hours: HoursSplit | undefined): { hours?: HoursSplit } {
  return hours ? { hours } : {};
}

export function entryHours(value: unknown, warn: Warn): HoursSplit | undefined {
  if (value === undefined || value === null) {
    return undefined;
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    warn('hours', 'hours must be "management: <number>" and "leadership: <number>" lines; they were ignored');
    return undefined;
  }
  const record = value as Record<string, unknown>;
  const sides: Array<keyof HoursSplit> = ['management', 'leadership'];
  for (const side of sides) {
    const hours = record[side];
    if (hours !== undefined && hours !== null && !(typeof hours === 'number' && hours >= 0 && hours <= MAX_HOURS)) {
      warn('hours', `hours.${side} must be a number of hours from 0 to ${MAX_HOURS} (found ${preview(hours)}); the hours were ignored`);
      return undefined;
    }
  }
  return {
    management: typeof record.management === 'number' ? record.management : 0,
    leadership: typeof record.leadership === 'number' ? record.leadership : 0,
  };
}
