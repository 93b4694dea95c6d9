/**
 * The only way the core touches a journal. Paths are relative to the journal directory and use
 * `/`, whatever the platform: they are what `check` prints and what other tools read. The
 * extension implements this over `vscode.workspace.fs`, the CLI over `node:fs`, tests in memory.
 */
export interface JournalFiles {
  /** Reads a file; rejects if it does not exist. */
  readFile(path: string): Promise<Uint8Array>;
  /** Reads a file as UTF-8 text (a byte-order mark may stay in front); rejects if it does not exist. */
  readText(path: string): Promise<string>;
  /** Lists a directory's direct children; an empty list if it does not exist. */
  readDirectory(path: string): Promise<DirectoryEntry[]>;
  /** Whether a file or directory exists at the path. */
  exists(path: string): Promise<boolean>;
  /** Size and modification time of a file, or undefined when there is none. */
  stat(path: string): Promise<FileStamp | undefined>;
  /**
   * Writes a new file, creating parent directories. Never replaces an existing file: resolves
   * `false` (and writes nothing) if the path is taken.
   */
  createFile(path: string, content: Uint8Array): Promise<boolean>;
}

/** What identifies a version of a file without reading it. */
export interface FileStamp {
  readonly size: number;
  /** Milliseconds since 1970, as precise as the file system gives it. */
  readonly mtime: number;
}

export interface DirectoryEntry {
  readonly name: string;
  readonly kind: 'file' | 'directory' | 'other';
}

/** Joins relative journal paths with `/`, ignoring empty parts. */
export function joinPath(...parts: string[]): string {
  return parts.filter((part) => part !== '').join('/');
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

export function encodeText(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Decodes UTF-8; a leading byte-order mark is dropped (TextDecoder does so by default). */
export function decodeText(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}
