/** The journal on the local disk, through `node:fs`, for the command-line tool. */
import { type Stats, readFile as readFileCallback, readFileSync, stat as statCallback, statSync } from 'node:fs';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { DirectoryEntry, FileStamp, JournalFiles } from '../journal/files';

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
      return readFileSync(this.resolve(path), 'utf8');
    }
    return new Promise((resolve, reject) => {
      readFileCallback(this.resolve(path), 'utf8', (error, data) => (error ? reject(error) : resolve(data)));
    });
  }

  readFile(path: string): Promise<Uint8Array> {
    // The callback API, not fs/promises: for many small files it is several times faster
    // (fs/promises reads through a FileHandle in chunks). See docs/benchmarks.md.
    return new Promise((resolve, reject) => {
      readFileCallback(this.resolve(path), (error, data) => (error ? reject(error) : resolve(data)));
    });
  }

  async readDirectory(path: string): Promise<DirectoryEntry[]> {
    try {
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
    try {
      const target = this.resolve(path);
      // The callback API again: fs/promises.stat is about three times slower for many files.
      if (this.options.sync && this.options.yieldEvery) {
        await this.pause();
      }
      const stats = this.options.sync ? statSync(target) : await new Promise<Stats>((resolve, reject) => {
        statCallback(target, (error, result) => (error ? reject(error) : resolve(result)));
      });
      return stats.isFile() ? { size: stats.size, mtime: stats.mtimeMs } : undefined;
    } catch (error) {
      if (isMissing(error)) {
        return undefined;
      }
      throw error;
    }
  }

  async exists(path: string): Promise<boolean> {
    try {
      await stat(this.resolve(path));
      return true;
    } catch (error) {
      if (isMissing(error)) {
        return false;
      }
      throw error;
    }
  }

  async createFile(path: string, content: Uint8Array): Promise<boolean> {
    const target = this.resolve(path);
    await mkdir(dirname(target), { recursive: true });
    try {
      // "wx" fails if the file exists: the check and the write are one step, so no race can overwrite.
      await writeFile(target, content, { flag: 'wx' });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        return false;
      }
      throw error;
    }
  }

  private resolve(path: string): string {
    return join(this.root, ...path.split('/'));
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
