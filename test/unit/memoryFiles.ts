/** A journal held in memory, for the core's unit tests. */
import type { DirectoryEntry, FileStamp, JournalFiles } from '../../src/journal/files';
import { decodeText, encodeText } from '../../src/journal/files';

const decodeKeepingBom = new TextDecoder('utf-8', { ignoreBOM: true });

export class MemoryJournalFiles implements JournalFiles {
  readonly files = new Map<string, Uint8Array>();
  /** Modification times; a file written without one gets a new, later time. */
  readonly mtimes = new Map<string, number>();
  private clock = 1_000;

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

  async readText(path: string): Promise<string> {
    return decodeText(await this.readFile(path));
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

  async stat(path: string): Promise<FileStamp | undefined> {
    const bytes = this.files.get(path);
    if (!bytes) {
      return undefined;
    }
    if (!this.mtimes.has(path)) {
      this.mtimes.set(path, this.clock++);
    }
    return { size: bytes.byteLength, mtime: this.mtimes.get(path)! };
  }

  /** Writes a file as another program would: new content, new modification time. */
  write(path: string, text: string): void {
    this.files.set(path, encodeText(text));
    this.mtimes.set(path, this.clock++);
  }

  async exists(path: string): Promise<boolean> {
    return this.files.has(path) || [...this.files.keys()].some((file) => file.startsWith(`${path}/`));
  }

  async replaceText(path: string, transform: (text: string) => string): Promise<string | undefined> {
    const before = decodeKeepingBom.decode(await this.readFile(path));
    const after = transform(before);
    if (after === before) {
      return undefined;
    }
    this.write(path, after);
    return after;
  }

  async createFile(path: string, content: Uint8Array): Promise<boolean> {
    if (this.files.has(path)) {
      return false;
    }
    this.files.set(path, content);
    return true;
  }
}
