/** The journal on the local disk, through `node:fs`, for the command-line tool. */
import {
  type Stats, constants, lstat as lstatCallback, lstatSync, mkdirSync, readFile as readFileCallback, readFileSync, realpathSync,
} from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type DirectoryEntry, type FileStamp, type JournalFiles, whenPresent } from '../journal/files';
import { createNewFile, replaceFileText } from './safeWrites';

/** How many synchronous calls go between two looks at the clock (a look costs more than an lstat). */
const SLICE_CHECK_EVERY = 16;

/** Reads never follow a link in the last part of a path (the walk never enters linked folders). */
// Node's types say a flag is a string; the number form (with O_NOFOLLOW, which has no string) works too.
const NO_FOLLOW = (constants.O_RDONLY | constants.O_NOFOLLOW) as unknown as string;

export class NodeJournalFiles implements JournalFiles {
  /**
   * `sync` reads each file with one blocking call: the fastest way for a command-line run, which
   * has nothing else to do meanwhile. Without it reads go through the thread pool.
   */
  constructor(private readonly root: string, private readonly options: { sync?: boolean; sliceMs?: number } = {}) {}

  private sliceStart = 0;
  private yielding: Promise<void> | undefined;

  /**
   * With `sliceMs`, synchronous reads and stats pause for the event loop once a slice of that
   * many milliseconds is used up, so a long read (the extension host's first index of a big
   * journal) never holds it for long. Every caller waits for the same pause: the reads run many
   * at a time (64 in flight), and a pause that held back only one of them would let the other
   * 63 go on reading without ever letting the loop turn.
   */
  private async pause(): Promise<void> {
    while (this.yielding) {
      await this.yielding;
    }
    const now = performance.now();
    if (this.sliceStart === 0) {
      this.sliceStart = now;
    } else if (now - this.sliceStart >= this.options.sliceMs!) {
      this.yielding = new Promise((resolve) => setImmediate(() => {
        this.yielding = undefined;
        this.sliceStart = performance.now();
        resolve();
      }));
      await this.yielding;
    }
  }

  async readText(path: string): Promise<string> {
    if (this.options.sync) {
      if (this.options.sliceMs) {
        await this.pause();
      }
      return readFileSync(this.resolve(path), { encoding: 'utf8', flag: NO_FOLLOW });
    }
    return new Promise((resolve, reject) => {
      readFileCallback(this.resolve(path), { encoding: 'utf8', flag: NO_FOLLOW }, (error, data) => (error ? reject(error) : resolve(data)));
    });
  }

  readFile(path: string): Promise<Uint8Array> {
    // The callback API, not fs/promises: for many small files it is several times faster
    // (fs/promises reads through a FileHandle in chunks). See docs/benchmarks.md.
    return new Promise((resolve, reject) => {
      readFileCallback(this.resolve(path), { flag: NO_FOLLOW }, (error, data) => (error ? reject(error) : resolve(data)));
    });
  }

  async readDirectory(path: string): Promise<DirectoryEntry[]> {
    try {
      // readdir follows a link given as the folder itself: a linked folder is not part of the journal.
      if (path !== '' && (await lstat(this.resolve(path))).isSymbolicLink()) {
        return [];
      }
      const children = await readdir(this.resolve(path), { withFileTypes: true });
      return children.map((child) => ({
        name: child.name,
        kind: child.isFile() ? 'file' : child.isDirectory() ? 'directory' : 'other',
      }));
    } catch (error) {
      if (isMissing(error)) {
        return [];
      }
      throw error;
    }
  }

  async stat(path: string): Promise<FileStamp | undefined> {
    const target = this.resolve(path);
    // The callback API again: fs/promises.stat is about three times slower for many files.
    if (this.options.sync && this.options.sliceMs) {
      await this.pause();
    }
    // lstat: a link is not a file of the journal.
    const stats = await whenPresent(() => (this.options.sync ? lstatSync(target) : new Promise<Stats>((resolve, reject) => {
      lstatCallback(target, (error, result) => (error ? reject(error) : resolve(result)));
    })), isMissing, undefined);
    return stats?.isFile() ? { size: stats.size, mtime: stats.mtimeMs } : undefined;
  }

  /**
   * With `sync`, every path's stamp in one loop of `lstat` calls, without a promise per file,
   * pausing as reads do. Without it there is none: callers stat one file at a time (`statAll`).
   */
  get statMany(): ((paths: readonly string[]) => Promise<Array<FileStamp | undefined>>) | undefined {
    return this.options.sync ? (paths) => this.lstatEach(paths) : undefined;
  }

  private async lstatEach(paths: readonly string[]): Promise<Array<FileStamp | undefined>> {
    const stamps = new Array<FileStamp | undefined>(paths.length);
    for (let i = 0; i < paths.length; i++) {
      if (this.options.sliceMs && i % SLICE_CHECK_EVERY === 0) {
        await this.pause();
      }
      let stats: Stats | undefined;
      try {
        stats = lstatSync(this.resolve(paths[i]), { throwIfNoEntry: false });
      } catch (error) {
        if (!isMissing(error)) {
          throw error;
        }
      }
      stamps[i] = stats?.isFile() ? { size: stats.size, mtime: stats.mtimeMs } : undefined;
    }
    return stamps;
  }

  exists(path: string): Promise<boolean> {
    return whenPresent(async () => !!(await lstat(this.resolve(path))), isMissing, false);
  }

  async createFile(path: string, content: Uint8Array): Promise<boolean> {
    return createNewFile(this.realRoot(), path, content);
  }

  replaceText(path: string, transform: (text: string) => string): Promise<string | undefined> {
    return replaceFileText(this.realRoot(), path, transform);
  }

  private resolvedRoot: string | undefined;

  /**
   * The root with any link in it resolved, once: writes check every part below it. A journal
   * folder that does not exist yet (a new setting) is made first; it is the person's own choice.
   */
  private realRoot(): string {
    if (this.resolvedRoot === undefined) {
      mkdirSync(this.root, { recursive: true });
      this.resolvedRoot = realpathSync(this.root);
    }
    return this.resolvedRoot;
  }

  private resolve(path: string): string {
    return join(this.root, ...path.split('/'));
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
