/**
 * Every entry of a journal, kept up to date one file at a time. A full read happens once; after
 * that the extension hands over what changed (a saved, created, deleted or renamed file or
 * folder) and only that is read again. The result always equals a fresh full read.
 */
import type { Entry, Finding } from './entry';
import type { FileStamp, JournalFiles } from '../files';
import { compactReading } from './compactReading';
import { byDateThenPath, compareText as compare, positionInOrder as position } from './entryOrder';
import { type IndexSnapshot, type Reading, SNAPSHOT_FORMAT } from './indexSnapshot';
import { READS_IN_FLIGHT, inPool, isIgnoredFolder, listEntryFiles, readEntryFile, statAll } from './scan';
import { type WholeReadOptions, readWholeJournal } from './wholeRead';

/** Whether a path (relative to the journal) is an entry file: `*.md` outside ignored folders. */
export function isEntryPath(path: string): boolean {
  const parts = path.split('/');
  return path.toLowerCase().endsWith('.md') && parts.slice(0, -1).every((part) => !isIgnoredFolder(part));
}

/** Told about every entry that changed: what it was before (if anything) and what it is now. */
export type EntryChangeListener = (path: string, before: Entry | undefined, after: Entry | undefined) => void;

export class JournalIndex {
  private readonly readings = new Map<string, Reading>();
  /** Folders that could not be read, by path: problems of their own. */
  private readonly folderProblems = new Map<string, Finding>();
  /** Size and time each file had when it was read (only when stamps are kept). */
  private readonly stamps = new Map<string, FileStamp>();
  private keepStamps = false;
  /** How many files the last build read (the rest came from the snapshot). */
  private lastBuildReads = 0;
  /** Valid entries by date then path, kept in order one change at a time. */
  private sorted: Entry[] = [];
  private changeCount = 0;
  private readonly listeners: EntryChangeListener[] = [];

  constructor(private readonly files: JournalFiles) {}

  /**
   * Reads the whole journal, replacing what was known. With a snapshot, a file whose size and
   * modification time are unchanged keeps its saved reading instead of being read again.
   */
  async build(options: WholeReadOptions = {}): Promise<void> {
    this.keepStamps = options.stamps === true || options.snapshot !== undefined;
    const { paths, readings, stamps, folderProblems, reads } = await readWholeJournal(this.files, { ...options, stamps: this.keepStamps });
    this.readings.clear();
    this.stamps.clear();
    this.setFolderProblems('', folderProblems);
    paths.forEach((path, i) => {
      this.readings.set(path, readings[i]);
      const stamp = stamps[i];
      if (stamp) {
        this.stamps.set(path, stamp);
      }
    });
    this.sorted = readings.flatMap((reading) => (reading.entry ? [reading.entry] : [])).sort(byDateThenPath);
    this.lastBuildReads = reads;
    this.changeCount++;
  }

  /**
   * Takes a saved snapshot as the index, without touching the disk: usable at once. Follow with
   * `verify()`, which reads again whatever changed since the snapshot was saved.
   */
  load(snapshot: IndexSnapshot): void {
    this.keepStamps = true;
    this.readings.clear();
    this.folderProblems.clear();
    this.stamps.clear();
    for (const [path, size, mtime, reading] of snapshot.files) {
      this.readings.set(path, compactReading(path, reading));
      this.stamps.set(path, { size, mtime });
    }
    this.sorted = [...this.readings.values()].flatMap((reading) => (reading.entry ? [reading.entry] : [])).sort(byDateThenPath);
    this.lastBuildReads = 0;
    this.changeCount++;
  }

  /**
   * Brings a loaded index up to date with the disk: new files are read, changed ones (size or
   * time differ) read again, vanished ones dropped — each through the same path as a watched
   * change, so listeners see them. Resolves to the number of files that changed.
   */
  async verify(): Promise<number> {
    const { paths, folderProblems } = await listEntryFiles(this.files);
    this.setFolderProblems('', folderProblems);
    const stamps = await statAll(this.files, paths);
    const present = new Set(paths);
    const stale: number[] = [];
    paths.forEach((path, i) => {
      const known = this.stamps.get(path);
      const stamp = stamps[i];
      if (!this.readings.has(path) || !known || !stamp || known.size !== stamp.size || known.mtime !== stamp.mtime) {
        stale.push(i);
      }
    });
    const gone = [...this.readings.keys()].filter((path) => !present.has(path));
    const fresh = await inPool(stale, READS_IN_FLIGHT, (i) => readEntryFile(this.files, paths[i]));
    stale.forEach((i, n) => {
      const stamp = stamps[i];
      if (stamp) {
        this.stamps.set(paths[i], stamp);
      }
      this.put(paths[i], fresh[n]);
    });
    gone.forEach((path) => this.put(path, undefined));
    if (stale.length + gone.length > 0) {
      this.changeCount++;
    }
    return stale.length + gone.length;
  }

  /** The index to save, for a later `build({ snapshot })`: only files read with their stamps. */
  snapshot(producer: string): IndexSnapshot {
    const files: Array<[string, number, number, Reading]> = [];
    for (const [path, reading] of this.readings) {
      const stamp = this.stamps.get(path);
      if (stamp) {
        files.push([path, stamp.size, stamp.mtime, reading]);
      }
    }
    return { format: SNAPSHOT_FORMAT, producer, files };
  }

  /** Files the last build read from disk (not taken from a snapshot). */
  get filesRead(): number {
    return this.lastBuildReads;
  }

  /** Calls `listener` after each entry change made by refresh() or remove() (not by build()). */
  onEntryChange(listener: EntryChangeListener): void {
    this.listeners.push(listener);
  }

  /**
   * Reads again what is at `path` now: an entry file (read, or dropped if it is gone), or a
   * folder (everything below it; what is no longer there is dropped). Paths outside the journal's
   * entries (templates, dot folders) are ignored.
   */
  async refresh(path: string): Promise<void> {
    if (isEntryPath(path)) {
      await this.reread(path);
      this.changeCount++;
      return;
    }
    if (path.split('/').some((part) => part !== '' && isIgnoredFolder(part))) {
      return;
    }
    const listed = await listEntryFiles(this.files, path);
    this.setFolderProblems(path, listed.folderProblems);
    const present = new Set(listed.paths);
    this.dropBelow(path, (known) => !present.has(known));
    for (const file of present) {
      await this.reread(file);
    }
    this.changeCount++;
  }

  /** Reads one file again (dropping it if it is gone), with its stamp when stamps are kept. */
  private async reread(path: string): Promise<void> {
    // stat, not exists: a link is no file of the journal (a full read never lists one either).
    const stamp = await this.files.stat(path);
    const present = stamp !== undefined;
    if (stamp && this.keepStamps) {
      this.stamps.set(path, stamp);
    } else {
      this.stamps.delete(path);
    }
    this.put(path, present ? await readEntryFile(this.files, path) : undefined);
  }

  /** Forgets a deleted file, or everything below a deleted folder. */
  remove(path: string): void {
    this.setFolderProblems(path, []);
    this.dropBelow(path, () => true);
    this.put(path, undefined);
    this.changeCount++;
  }

  /** Valid entries, ordered by date and then path. */
  entries(): readonly Entry[] {
    return this.sorted;
  }

  /** Every problem and warning, ordered by path and line. */
  findings(): Finding[] {
    return [...this.readings.values()]
      .flatMap((reading) => reading.findings)
      .concat([...this.folderProblems.values()])
      .sort((a, b) => (a.path === b.path ? a.line - b.line : compare(a.path, b.path)));
  }

  /** Files that are not entries (PRODUCT.md: unreadable, non-YAML frontmatter, no date). */
  problemCount(): number {
    let count = this.folderProblems.size;
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

  /** Replaces what is known of unreadable folders at or below `folder` ('' for all). */
  private setFolderProblems(folder: string, problems: readonly Finding[]): void {
    for (const known of [...this.folderProblems.keys()]) {
      if (folder === '' || known === folder || known.startsWith(`${folder}/`)) {
        this.folderProblems.delete(known);
      }
    }
    problems.forEach((problem) => this.folderProblems.set(problem.path, problem));
  }

  private dropBelow(folder: string, drop: (path: string) => boolean): void {
    const prefix = folder === '' ? '' : `${folder}/`;
    for (const known of [...this.readings.keys()]) {
      if (known.startsWith(prefix) && drop(known)) {
        this.put(known, undefined);
      }
    }
  }

  /** Records what is at `path` now (nothing, when undefined), keeping the sorted list in step. */
  private put(path: string, reading: Reading | undefined): void {
    const before = this.readings.get(path)?.entry;
    if (reading) {
      this.readings.set(path, reading);
    } else {
      this.readings.delete(path);
      this.stamps.delete(path);
    }
    const after = reading?.entry;
    if (before) {
      this.sorted.splice(position(this.sorted, before), 1);
    }
    if (after) {
      this.sorted.splice(position(this.sorted, after), 0, after);
    }
    if (before || after) {
      this.listeners.forEach((listener) => listener(path, before, after));
    }
  }
}
