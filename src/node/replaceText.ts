/**
 * Changes a file's text through a write to a temporary file and a rename, so a crash or a full
 * disk never leaves half a file: the old text or the new one, nothing in between.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

export async function replaceText(path: string, transform: (text: string) => string): Promise<void> {
  const before = readFileSync(path, 'utf8');
  const after = transform(before);
  if (after === before) {
    return;
  }
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, after);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}
