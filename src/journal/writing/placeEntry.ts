/**
 * Writing a new entry without ever overwriting (PRODUCT.md section 2): a periodic entry whose name
 * is taken is that period's entry; any other takes the next free numbered name.
 */
import type { CalendarDate } from '../base/dates';
import { type JournalFiles, WriteRefused, encodeText } from '../files';
import { entryPathFor, periodOfType } from './entryNames';

/** The n-th name tried for an entry when the plain one is taken: `name.md`, `name-2.md`, … */
function numberedPath(path: string, n: number): string {
  return n <= 1 ? path : path.replace(/\.md$/, `-${n}.md`);
}

export interface PlacedEntry {
  /** Path relative to the journal directory. */
  readonly path: string;
  /** False when an existing entry for the period was found and left untouched. */
  readonly created: boolean;
}

const MAX_NUMBERED_NAMES = 1000;

/**
 * Writes a new entry without ever overwriting: a periodic entry whose name is taken is the
 * existing entry for its period (returned, not written); any other entry takes the first free
 * numbered name. `content` is only rendered when a file is really written.
 */
export async function placeEntry(
  files: JournalFiles,
  type: string,
  date: CalendarDate,
  title: string,
  content: () => string,
): Promise<PlacedEntry> {
  const path = entryPathFor(type, date, title);
  if (periodOfType(type) !== 'none') {
    const created = await files.createFile(path, encodeText(content()));
    return { path, created };
  }
  const bytes = encodeText(content());
  for (let n = 1; n <= MAX_NUMBERED_NAMES; n++) {
    const candidate = numberedPath(path, n);
    if (await files.createFile(candidate, bytes)) {
      return { path: candidate, created: true };
    }
  }
  throw new WriteRefused(`${path}: ${MAX_NUMBERED_NAMES} entries with this name already exist`);
}
