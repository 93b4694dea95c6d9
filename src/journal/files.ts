/**
 * The only way the core touches a journal. Paths are relative to the journal directory and use
 * `/`, whatever the platform: they are what `check` prints and what other tools read. The
 * extension implements this over `vscode.workspace.fs`, the CLI over `node:fs`, tests in memory.
 */
import { Refusal } from './base/refusal';

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
   * `stat` for many files at once, in their order, where an adapter can do it cheaper than one
   * call each (a loop of synchronous calls, without a promise per file). Optional.
   */
  statMany?(paths: readonly string[]): Promise<Array<FileStamp | undefined>>;
  /**
   * Writes a new file, creating parent directories. Never replaces an existing file: resolves
   * `false` (and writes nothing) if the path is taken.
   */
  createFile(path: string, content: Uint8Array): Promise<boolean>;
  /**
   * Changes a file's text: reads it, applies `transform`, writes the result, as one step among
   * writers — a change another program makes in between is never lost (`transform` then runs
   * again, on the new text). Never writes through a link. Resolves to the new text, or undefined
   * when `transform` left the text as it was. A byte-order mark stays in the text it is given.
   */
  replaceText(path: string, transform: (text: string) => string): Promise<string | undefined>;
}

/** A write refused to keep the journal safe (a link, a folder in the way); the message says why. */
export class WriteRefused extends Refusal {}

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

/**
 * What `read` gives, or `missing` when there is nothing at the path (as `isMissing` tells from the
 * error): the shape of every adapter's `stat`, `exists` and `readDirectory`.
 */
export async function whenPresent<T>(read: () => PromiseLike<T> | T, isMissing: (error: unknown) => boolean, missing: T): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (isMissing(error)) {
      return missing;
    }
    throw error;
  }
}

/** What went wrong, in words, without a stack or a long path. */
export function describeError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'ENOENT':
    case 'FileNotFound':
      return 'it was moved or deleted while it was being read';
    case 'EACCES':
    case 'EPERM':
    case 'NoPermissions':
      return 'permission denied';
    case 'ENAMETOOLONG':
      return 'its path is too long';
    case 'ELOOP':
      return 'it is a link, and links are not followed';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return typeof code === 'string' ? code : error instanceof Error ? error.message.split('\n')[0].slice(0, 200) : 'unknown error';
  }
}
