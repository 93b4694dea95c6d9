/**
 * Every entry of a journal, kept up to date one file at a time. A full read happens once; after
 * that the extension hands over what changed (a saved, created, deleted or renamed file or
 * folder) and only that is read again. The result always equals a fresh full read.
 */
import type { Entry, Finding } from './entry';
import type { JournalFiles } from './files';
import { isIgnoredFolder, listEntryFiles, readEntryFile } from './scan';

interface Reading {
  readonly entry?: Entry;
  readonly findings: readonly Finding[];
}

/** Whether a path (relative to the journal) is an entry file: `*.md` outside ignored folders. */
export function isEntryPath(path: string): boolean {
  const parts = path.split('/');
  return path.toLowerCase().endsWith('.md') && parts.slice(0, -1).every((part) => !isIgnoredFolder(part));
}

export class JournalIndex {
  private readonly readings = new Map<string, Reading>();
  private sortedEntries: Entry[] | undefined;
  private changeCount = 0;

  constructor(private readonly files: JournalFiles) {}

  /** Reads the whole journal, replacing what was known. */
  async build(): Promise<void> {
    const paths = await listEntryFiles(this.files);
    const readings = await Promise.all(paths.map((path) => readEntryFile(this.files, path)));
    this.readings.clear();
    paths.forEach((path, i) => this.readings.set(path, readings[i]));
    this.changed();
  }

  /**
   * Reads again what is at `path` now: an entry file (read, or dropped if it is gone), or a
   * folder (everything below it; what is no longer there is dropped). Paths outside the journal's
   * entries (templates, dot folders) are ignored.
   */
  async refresh(path: string): Promise<void> {
    if (isEntryPath(path)) {
      if (await this.files.exists(path)) {
        this.readings.set(path, await readEntryFile(this.files, path));
      } else {
        this.readings.delete(path);
      }
      this.changed();
      return;
    }
    if (path.split('/').some((part) => part !== '' && isIgnoredFolder(part))) {
      return;
    }
    const present = new Set(await listEntryFiles(this.files, path));
    this.dropBelow(path, (known) => !present.has(known));
    for (const file of present) {
      this.readings.set(file, await readEntryFile(this.files, file));
    }
    this.changed();
  }

  /** Forgets a deleted file, or everything below a deleted folder. */
  remove(path: string): void {
    this.dropBelow(path, () => true);
    this.readings.delete(path);
    this.changed();
  }

  /** Valid entries, ordered by date and then path. */
  entries(): readonly Entry[] {
    if (!this.sortedEntries) {
      this.sortedEntries = [...this.readings.values()]
        .flatMap((reading) => (reading.entry ? [reading.entry] : []))
        .sort((a, b) => (a.date === b.date ? compare(a.path, b.path) : compare(a.date, b.date)));
    }
    return this.sortedEntries;
  }

  /** Every problem and warning, ordered by path and line. */
  findings(): Finding[] {
    return [...this.readings.values()]
      .flatMap((reading) => reading.findings)
      .sort((a, b) => (a.path === b.path ? a.line - b.line : compare(a.path, b.path)));
  }

  /** Files that are not entries (PRODUCT.md: unreadable, non-YAML frontmatter, no date). */
  problemCount(): number {
    let count = 0;
    for (const reading of this.readings.values()) {
      count += reading.entry ? 0 : 1;
    }
    return count;
  }

  entryAt(path: string): Entry | undefined {
    return this.readings.get(path)?.entry;
  }

  /** Grows by one on every change: a cheap way to know whether derived numbers are stale. */
  get version(): number {
    return this.changeCount;
  }

  private dropBelow(folder: string, drop: (path: string) => boolean): void {
    const prefix = folder === '' ? '' : `${folder}/`;
    for (const known of [...this.readings.keys()]) {
      if (known.startsWith(prefix) && drop(known)) {
        this.readings.delete(known);
      }
    }
  }

  private changed(): void {
    this.sortedEntries = undefined;
    this.changeCount++;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
