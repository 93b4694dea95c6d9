/**
 * A first look at a journal read from scratch: the files whose names date them on or after a day
 * (as the extension and the CLI name every entry, `2026-11-21-….md`, `2026-11-monthly-….md`) are
 * read before the rest, so the recent numbers can be shown — marked as a first look — while the
 * older files are still being read. An entry's date is its frontmatter's, not its name's, so the
 * first look can miss a file named for another day; the full read replaces it a moment later.
 */
import type { CalendarDate } from '../base/dates';
import type { DirectoryEntry, JournalFiles } from '../files';
import type { Entry } from './entry';
import { listEntryFiles } from './scan';

export interface FirstLook {
  /** Files named for this day or later are read first. */
  readonly from: CalendarDate;
  /** Told once the files named from `from` on are read: the valid entries among them, and how many files were read. */
  readonly show: (entries: readonly Entry[], read: number) => void;
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

/** Whether a folder's name is a year, as entries are filed: `<dir>/<YYYY>/…`. */
function isYearFolder(name: string): boolean {
  return name.length === 4 && lastDayNamed(`${name}-01`) !== undefined;
}

/**
 * The entry files a first look reads, found without listing the whole journal: the top folder's
 * files and what the year folders from `from`'s year on hold, those named on or after `from`. A
 * journal without year folders is listed whole. A folder that cannot be listed is left out here;
 * the full read that follows reports it.
 */
export async function recentEntryFiles(files: JournalFiles, from: CalendarDate): Promise<string[]> {
  let top: DirectoryEntry[];
  try {
    top = await files.readDirectory('');
  } catch {
    return [];
  }
  const years = top.filter((child) => child.kind === 'directory' && isYearFolder(child.name));
  let paths: string[];
  if (years.length === 0) {
    paths = (await listEntryFiles(files)).paths;
  } else {
    paths = top.filter((child) => child.kind === 'file' && child.name.toLowerCase().endsWith('.md')).map((child) => child.name);
    for (const year of years.map((child) => child.name).filter((name) => name >= from.slice(0, 4)).sort()) {
      paths.push(...(await listEntryFiles(files, year)).paths);
    }
  }
  return paths.filter((path) => (lastDayNamed(path) ?? '') >= from);
}
