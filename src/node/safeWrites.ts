/**
 * Writing journal files on the local disk, safely on a hostile or busy journal:
 * - nothing is created, written or renamed through a link below the journal's root (the root
 *   itself may be a link, like `~/journal`; it is resolved once), so a cloned journal cannot make
 *   a write land outside it;
 * - new files are created exclusively, temporary files too (unpredictable names, in the target's
 *   folder), so no planted file or link is ever written through;
 * - a change is a read-modify-write under a lock that every writer of this tool takes (the CLI
 *   and the extension), and it is compared with the file again just before the rename, so a change
 *   by an editor that takes no lock is never lost: the transform runs again on the new text;
 * - the file keeps its permissions, and the rename makes the change all or nothing.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync, constants, fchmodSync, fsyncSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { lock } from 'proper-lockfile';
import { WriteRefused } from '../journal/files';

// Node's types say a flag is a string; the number form (with O_NOFOLLOW, which has no string) works too.
const NO_FOLLOW = (constants.O_RDONLY | constants.O_NOFOLLOW) as unknown as string;

/** How long a refused change waits to see whether it read a file half-way through another program's save. */
const TORN_READ_WAIT_MS = 30;

/** How often a change is tried again when another writer changed the file in between. */
const MAX_ATTEMPTS = 20;

/** The folder at the relative journal path `folder` below `root`, creating missing folders one by one, never through a link. */
export function writableFolder(root: string, folder: string): string {
  let current = root;
  let shown = '';
  for (const part of folder.split('/').filter((name) => name !== '')) {
    current = join(current, part);
    shown = shown ? `${shown}/${part}` : part;
    let kind = kindAt(current);
    if (kind === undefined) {
      try {
        mkdirSync(current);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw error;
        }
      }
      kind = kindAt(current);
    }
    if (kind === 'link') {
      throw new WriteRefused(`${shown} is a link: entries are never written through links, which could lead outside the journal`);
    }
    if (kind !== 'directory') {
      throw new WriteRefused(`${shown} is not a folder`);
    }
  }
  return current;
}

/** Writes a new file; false when the name is taken by a file. Never replaces or follows anything. */
export function createNewFile(root: string, path: string, content: Uint8Array): boolean {
  const target = join(writableFolder(root, dirname(path) === '.' ? '' : dirname(path)), basename(path));
  let fd: number;
  try {
    // O_EXCL: fails if anything is there, a link included (which it never follows).
    fd = openSync(target, 'wx', 0o666);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      const kind = kindAt(target);
      if (kind === 'file') {
        return false;
      }
      throw new WriteRefused(`${path} already exists and is ${kind === 'link' ? 'a link' : 'not a file'}; nothing was written`);
    }
    throw error;
  }
  try {
    writeAll(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Changes a file's text as one step among writers; resolves to the new text, or undefined when
 * `transform` left it as it was. `transform` may run more than once (on newer text each time).
 */
export async function replaceFileText(root: string, path: string, transform: (text: string) => string): Promise<string | undefined> {
  const folder = writableFolder(root, dirname(path) === '.' ? '' : dirname(path));
  const target = join(folder, basename(path));
  const kind = kindAt(target);
  if (kind !== 'file') {
    throw new WriteRefused(kind === undefined
      ? `${path} was moved or deleted before it could be changed; nothing was written`
      : `${path} is ${kind === 'link' ? 'a link' : 'not a file'}: it is never written`);
  }
  let compromised: Error | undefined;
  const release = await lock(target, {
    realpath: false,
    // A dot name, so journal scans never see it; stale after 10 s (a writer that died).
    lockfilePath: join(folder, `.${basename(path)}.lock`),
    stale: 10_000,
    retries: { retries: 100, minTimeout: 5, maxTimeout: 100, factor: 1.5, randomize: true },
    onCompromised: (error) => {
      compromised = error;
    },
  });
  try {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const stamp = changeStamp(target);
      const before = readFileSync(target, { encoding: 'utf8', flag: NO_FOLLOW });
      let after: string;
      try {
        after = transform(before);
      } catch (error) {
        // Read half-way through an editor's save (they truncate, then write)? Then try again. The
        // file's change time tells a save apart even when two torn reads look the same (empty).
        await new Promise((settle) => setTimeout(settle, TORN_READ_WAIT_MS));
        if (changeStamp(target) !== stamp || readFileSync(target, { encoding: 'utf8', flag: NO_FOLLOW }) !== before) {
          continue;
        }
        throw error;
      }
      if (after === before) {
        return undefined;
      }
      if (compromised) {
        throw compromised;
      }
      if (replaceIfUnchanged(target, before, after)) {
        return after;
      }
    }
    throw new WriteRefused(`${path} kept changing while it was being written; nothing was written`);
  } finally {
    await release().catch(() => undefined);
  }
}

/** When the file last changed and its size, to the nanosecond: any write in between changes it. */
function changeStamp(target: string): string {
  const stats = lstatSync(target, { bigint: true });
  return `${stats.mtimeNs}:${stats.ctimeNs}:${stats.size}`;
}

/** Writes `after` to a new temporary file and renames it over `target`, unless `target` no longer holds `before`. */
function replaceIfUnchanged(target: string, before: string, after: string): boolean {
  const mode = lstatSync(target).mode & 0o7777;
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(8).toString('hex')}.tmp`);
  const fd = openSync(temporary, 'wx', 0o600);
  try {
    try {
      fchmodSync(fd, mode);
      writeAll(fd, Buffer.from(after, 'utf8'));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // An editor may have saved meanwhile (editors take no lock): then start again from its text.
    if (readFileSync(target, { encoding: 'utf8', flag: NO_FOLLOW }) !== before) {
      return false;
    }
    renameSync(temporary, target);
    return true;
  } finally {
    rmSync(temporary, { force: true });
  }
}

function writeAll(fd: number, content: Uint8Array): void {
  for (let written = 0; written < content.byteLength;) {
    written += writeSync(fd, content, written, content.byteLength - written);
  }
}

function kindAt(path: string): 'file' | 'directory' | 'link' | 'other' | undefined {
  try {
    const stats = lstatSync(path);
    return stats.isSymbolicLink() ? 'link' : stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return undefined;
    }
    throw error;
  }
}
