/**
 * A first look at a journal read from scratch: the files whose names date them on or after a day
 * (as the extension and the CLI name every entry, `2026-11-21-….md`, `2026-11-monthly-….md`) are
 * read before the rest, so the recent numbers can be shown — marked as a first look — while the
 * older files are still being read. An entry's date is its frontmatter's, not its name's, so the
 * first look can miss a file named for another day; the full read replaces it a moment later.
 */
import type { CalendarDate } from '../base/dates';
import type { Entry } from './entry';

export interface FirstLook {
  /** Files named for this day or later are read first. */
  readonly from: CalendarDate;
  /** Told once the files named from `from` on are read: the valid entries so far, how many files were read and in all. */
  readonly show: (entries: readonly Entry[], read: number, total: number) => void;
}

/**
 * The last day a file's name dates it to: `YYYY-MM-DD` at the start of its name gives that day,
 * `YYYY-MM` the month's last day; undefined when the name starts with neither.
 */
export function lastDayNamed(path: string): string | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const digits = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) {
      const code = name.charCodeAt(i);
      if (code < 48 || code > 57) {
        return false;
      }
    }
    return true;
  };
  if (!digits(0, 4) || name[4] !== '-' || !digits(5, 7)) {
    return undefined;
  }
  if (name[7] === '-' && digits(8, 10)) {
    return name.slice(0, 10);
  }
  // A month: the 31st sorts after every day of it, which is all a comparison with a day needs.
  return `${name.slice(0, 7)}-31`;
}

/** `indexes` split in two, keeping their order: the paths named on or after `from`, then the rest. */
export function recentFirst(paths: readonly string[], indexes: readonly number[], from: CalendarDate): [number[], number[]] {
  const recent: number[] = [];
  const rest: number[] = [];
  for (const i of indexes) {
    const day = lastDayNamed(paths[i]);
    (day !== undefined && day >= from ? recent : rest).push(i);
  }
  return [recent, rest];
}
