/**
 * Where entries live on disk (PRODUCT.md section 2). Names are lowercase ASCII so that every
 * clone, on every file system, sees the same files.
 */
import {
  type CalendarDate, isoWeekLabel, isoWeekOf, monthLabel, quarterLabel, yearOf,
} from '../base/dates';

export const MONTHLY_REFLECTION = 'monthly-reflection';
export const LEADERSHIP_MOMENTS = 'leadership-moments';
export const AFTER_ACTION_REVIEW = 'after-action-review';
export const QUARTERLY_REVIEW = 'quarterly-review';
export const YEARLY_REVIEW = 'yearly-review';
export const ONE_ON_ONE = 'one-on-one';
/** The summary entry a time audit ends with. */
export const TIME_AUDIT = 'time-audit';

/** Folder (below the journal directory) that holds user templates; dot folders are never indexed. */
export const TEMPLATES_FOLDER = '.templates';

/** The period an entry type stands for: one entry per week or month, or any number. */
export type EntryPeriod = 'week' | 'month' | 'quarter' | 'year' | 'none';

export const MAX_SLUG_LENGTH = 60;

const PERIODIC: Readonly<Record<string, EntryPeriod>> = {
  [LEADERSHIP_MOMENTS]: 'week', [MONTHLY_REFLECTION]: 'month', [QUARTERLY_REVIEW]: 'quarter', [YEARLY_REVIEW]: 'year',
};

/** The period of an entry type: one entry per week, month, quarter or year, or any number. */
export function periodOfType(type: string): EntryPeriod {
  return Object.prototype.hasOwnProperty.call(PERIODIC, type) ? PERIODIC[type] : 'none';
}

/** Whether a template type can be used in a file name: `a-z0-9` words joined by single hyphens. */
export function isValidEntryType(type: string): boolean {
  return type.length <= MAX_SLUG_LENGTH && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(type);
}

// Letters that Unicode decomposition leaves alone but that have a usual ASCII spelling.
const TRANSLITERATIONS: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i',
};

/** A file-name slug from free text: ASCII `a-z0-9-`, at most 60 characters, cut at a word edge. */
export function slugify(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => TRANSLITERATIONS[letter] ?? '');
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) {
    return slug;
  }
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  // Cut at the last whole word when there is one in the second half; else cut hard.
  const end = lastHyphen > MAX_SLUG_LENGTH / 2 ? lastHyphen : MAX_SLUG_LENGTH;
  return slug.slice(0, end).replace(/-+$/, '');
}

/** The path, relative to the journal directory, that an entry of `type` on `date` is written to. */
export function entryPathFor(type: string, date: CalendarDate, title = ''): string {
  switch (periodOfType(type)) {
    case 'month':
      return `${yearOf(date)}/${monthLabel(date)}-${type}.md`;
    case 'quarter':
      return `${yearOf(date)}/${quarterLabel(date)}-${type}.md`;
    case 'year':
      return `${yearOf(date)}/${yearOf(date)}-${type}.md`;
    case 'week': {
      const week = isoWeekOf(date);
      return `${week.weekYear}/${isoWeekLabel(week)}-${type}.md`;
    }
    default: {
      const slug = slugify(title);
      return `${yearOf(date)}/${date}-${type}${slug ? `-${slug}` : ''}.md`;
    }
  }
}
