/**
 * Finding and reading every entry of a journal. Every `*.md` below the journal directory is an
 * entry, whatever its name, except in folders starting with `.` (templates, git) and
 * `node_modules`. Symbolic links are not followed: a cloned journal could point them anywhere.
 */
import { type Entry, type Finding, readEntry } from './entry';
import { type JournalFiles, joinPath } from './files';

/** Whether a folder name is left out of the journal. */
export function isIgnoredFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** Every entry file's path, relative to the journal directory, in a stable order. */
export async function listEntryFiles(files: JournalFiles, folder = ''): Promise<string[]> {
  const children = await files.readDirectory(folder);
  children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const paths: string[] = [];
  for (const child of children) {
    const path = joinPath(folder, child.name);
    if (child.kind === 'directory' && !isIgnoredFolder(child.name)) {
      paths.push(...await listEntryFiles(files, path));
    } else if (child.kind === 'file' && child.name.toLowerCase().endsWith('.md')) {
      paths.push(path);
    }
  }
  return paths;
}

/** Reads one entry file; a file that vanished or cannot be read becomes a problem, not a crash. */
export async function readEntryFile(files: JournalFiles, path: string): Promise<{ entry?: Entry; findings: readonly Finding[] }> {
  let text: string;
  try {
    text = await files.readText(path);
  } catch (error) {
    return { findings: [{ path, line: 1, severity: 'problem', message: `could not be read: ${describeError(error)}` }] };
  }
  return readEntry(path, text);
}

function describeError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT' || code === 'FileNotFound') {
    return 'the file was moved or deleted while it was being read';
  }
  return error instanceof Error ? error.message : String(error);
}
