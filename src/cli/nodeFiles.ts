/** The journal on the local disk, through `node:fs`, for the command-line tool. */
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { DirectoryEntry, JournalFiles } from '../journal/files';

export class NodeJournalFiles implements JournalFiles {
  constructor(private readonly root: string) {}

  async readFile(path: string): Promise<Uint8Array> {
    return readFile(this.resolve(path));
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
