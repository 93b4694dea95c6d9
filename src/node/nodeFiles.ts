/** The journal on the local disk, through `node:fs`, for the command-line tool. */
import {
  type Stats, constants, lstat as lstatCallback, lstatSync, mkdirSync, readFile as readFileCallback, readFileSync, realpathSync,
} from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type DirectoryEntry, type FileStamp, type JournalFiles, whenPresent } from '../journal/files';
import { createNewFile, replaceFileText } from './safeWrites';

/** Reads never follow a link in the last part of a path (the walk never enters linked folders). */
// Node's types say a flag is a string; the number form (with O_NOFOLLOW, which has no string) works too.
const NO_FOLLOW = (constants.O_RDONLY | constants.O_NOFOLLOW) as unknown as string;

export class NodeJournalFiles implements JournalFiles {
  /**
   * `sync` reads each file with one blocking call: the fastest way for a command-line run, which
   * has nothing else to do meanwhile. Without it reads go through the thread pool.
   */
  constructor(private readonly root: string, private readonly options: { sync?: boolean; yieldEvery?: number } = {}) {}

  private sinceYield = 0;

  /**
   * With `yieldEvery`, synchronous reads pause for the event loop after that many files, so a
   * long read (the extension host's first index of a big journal) never blocks it for long.
   */
  private async pause(): Promise<void> {
    if (this.options.yieldEvery && ++this.sinceYield >= this.options.yieldEvery) {
      this.sinceYield = 0;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  async readText(path: string): Promise<string> {
    if (this.options.sync) {
      if (this.options.yieldEvery) {
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
    if (this.options.sync && this.options.yieldEvery) {
      await this.pause();
    }
    // lstat: a link is not a file of the journal.
    const stats = await whenPresent(() => (this.options.sync ? lstatSync(target) : new Promise<Stats>((resolve, reject) => {
      lstatCallback(target, (error, result) => (error ? reject(error) : resolve(result)));
    })), isMissing, undefined);
    return stats?.isFile() ? { size: stats.size, mtime: stats.mtimeMs } : undefined;
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
