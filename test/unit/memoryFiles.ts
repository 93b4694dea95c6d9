/** A journal held in memory, for the core's unit tests. */
import type { DirectoryEntry, JournalFiles } from '../../src/journal/files';
import { decodeText, encodeText } from '../../src/journal/files';

export class MemoryJournalFiles implements JournalFiles {
  readonly files = new Map<string, Uint8Array>();

  constructor(initial: Record<string, string> = {}) {
    for (const [path, text] of Object.entries(initial)) {
      this.files.set(path, encodeText(text));
    }
  }

  text(path: string): string | undefined {
    const bytes = this.files.get(path);
    return bytes && decodeText(bytes);
  }

  async readFile(path: string): Promise<Uint8Array> {
    const bytes = this.files.get(path);
    if (!bytes) {
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    }
    return bytes;
  }

  async readDirectory(path: string): Promise<DirectoryEntry[]> {
    const prefix = path === '' ? '' : `${path}/`;
    const children = new Map<string, DirectoryEntry['kind']>();
    for (const file of this.files.keys()) {
      if (file.startsWith(prefix)) {
        const rest = file.slice(prefix.length).split('/');
        children.set(rest[0], rest.length > 1 ? 'directory' : 'file');
      }
    }
    return [...children].map(([name, kind]) => ({ name, kind }));
  }

  async exists(path: string): Promise<boolean> {
    return this.files.has(path) || [...this.files.keys()].some((file) => file.startsWith(`${path}/`));
  }

  async createFile(path: string, content: Uint8Array): Promise<boolean> {
    if (this.files.has(path)) {
      return false;
    }
    this.files.set(path, content);
    return true;
  }
}
