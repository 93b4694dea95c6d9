/**
 * Reading a journal for its balance alone (`reflection-journal stats`): each file's frontmatter,
 * date, tags, inline tags and hours — the same values the full reading gives (a unit test checks
 * it file by file) — without the decisions, bets, people, sections and time logs that the
 * balance never looks at. A file is a problem here exactly when it is one in the full reading.
 */
import { internTag } from '../base/strings';
import type { JournalFiles } from '../files';
import type { BalanceEntry } from './entry';
import { entryHours, entryTags, openEntry, withHours } from './entryOpening';
import { inlineTags } from './inlineTags';
import { READS_IN_FLIGHT, inPool, listEntryFiles } from './scan';

/** The balance fields of one file's text; undefined when the file is no entry (a problem). */
export function readBalanceEntry(path: string, text: string): BalanceEntry | undefined {
  const opened = openEntry(path, text);
  if (!opened.ok) {
    return undefined;
  }
  const { frontmatter, warn, date } = opened;
  return {
    path,
    date,
    tags: entryTags(frontmatter.data.tags, warn).map(internTag),
    inlineTags: inlineTags(frontmatter.body).map(internTag),
    ...withHours(entryHours(frontmatter.data.hours, warn)),
  };
}

export interface JournalBalanceReading {
  /** The entries, by path. */
  readonly entries: BalanceEntry[];
  /** Files and folders that could not be read as entries: the index's problemCount(). */
  readonly problems: number;
}

/** Every entry of a journal, read for its balance only. */
export async function readJournalBalance(files: JournalFiles): Promise<JournalBalanceReading> {
  const { paths, folderProblems } = await listEntryFiles(files);
  const read = await inPool(paths, READS_IN_FLIGHT, async (path) => {
    try {
      return readBalanceEntry(path, await files.readText(path));
    } catch {
      return undefined;
    }
  });
  const entries = read.filter((entry): entry is BalanceEntry => entry !== undefined);
  return { entries, problems: folderProblems.length + read.length - entries.length };
}
