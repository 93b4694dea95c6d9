/**
 * Finding and reading every entry of a journal. Every `*.md` below the journal directory is an
 * entry, whatever its name, except in folders starting with `.` (templates, git) and
 * `node_modules`. Symbolic links are not followed: a cloned journal could point them anywhere.
 */
import { compactReading } from './compactReading';
import { type Entry, type Finding, readEntry } from './entry';
import { type FileStamp, type JournalFiles, describeError, joinPath } from '../files';

/** Whether a folder name is left out of the journal. */
export function isIgnoredFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** Folders nested deeper than this are not walked (a hostile clone can nest thousands). */
export const MAX_FOLDER_DEPTH = 32;

export interface EntryFileList {
  /** Every entry file's path, relative to the journal directory, in a stable order. */
  readonly paths: string[];
  /** Folders that could not be read, each a problem on that folder; the rest was listed. */
  readonly folderProblems: Finding[];
}

/** Every entry file below `folder`; a folder that cannot be listed is a problem, never the end of the walk. */
export async function listEntryFiles(files: JournalFiles, folder = ''): Promise<EntryFileList> {
  const list: EntryFileList = { paths: [], folderProblems: [] };
  await walk(files, folder, folder === '' ? 0 : folder.split('/').length, list);
  return list;
}

async function walk(files: JournalFiles, folder: string, depth: number, list: EntryFileList): Promise<void> {
  let children;
  try {
    children = await files.readDirectory(folder);
  } catch (error) {
    list.folderProblems.push({ path: folder || '.', line: 1, severity: 'problem', message: `the folder could not be read: ${describeError(error)}` });
    return;
  }
  children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const child of children) {
    const path = joinPath(folder, child.name);
    if (child.kind === 'directory' && !isIgnoredFolder(child.name)) {
      if (depth >= MAX_FOLDER_DEPTH) {
        list.folderProblems.push({ path, line: 1, severity: 'problem', message: `folders nested more than ${MAX_FOLDER_DEPTH} deep are not read` });
      } else {
        await walk(files, path, depth + 1, list);
      }
    } else if (child.kind === 'file' && child.name.toLowerCase().endsWith('.md')) {
      list.paths.push(path);
    }
  }
}

/** Reads one entry file; a file that vanished or cannot be read becomes a problem, not a crash. */
export async function readEntryFile(files: JournalFiles, path: string): Promise<{ entry?: Entry; findings: readonly Finding[] }> {
  let text: string;
  try {
    text = await files.readText(path);
  } catch (error) {
    return { findings: [{ path, line: 1, severity: 'problem', message: `could not be read: ${describeError(error)}` }] };
  }
  return compactReading(path, readEntry(path, text));
}

/** Every path's size and time, in order: in one go where the adapter can, else 64 at a time. */
export function statAll(files: JournalFiles, paths: readonly string[]): Promise<Array<FileStamp | undefined>> {
  return files.statMany ? files.statMany(paths) : inPool(paths, READS_IN_FLIGHT, (path) => files.stat(path));
}

/** Reads in flight at once: enough to keep the disk and the thread pool busy, few enough to keep memory flat. */
export const READS_IN_FLIGHT = 64;

/** Maps items through an async function with at most `limit` calls running; results keep their order. */
export async function inPool<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
