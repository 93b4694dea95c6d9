/**
 * The extension's own files in its storage (the saved index). On the `file` scheme they go
 * straight through Node: `workspace.fs.writeFile` copied a 5 MB index several times over on its
 * way to the disk (+40 MB resident in the extension host at 10,000 entries). A write goes to a
 * temporary file first and then takes the name, so another window never reads half an index.
 * Elsewhere (and in the browser, storageFiles.web.ts) `workspace.fs` does the work.
 */
import { open, readFile, rename, rm } from 'node:fs/promises';
import * as vscode from 'vscode';
import { joinParts } from '../journal/entries/snapshotBytes';

export async function readStorageFile(uri: vscode.Uri): Promise<Uint8Array> {
  return uri.scheme === 'file' ? readFile(uri.fsPath) : vscode.workspace.fs.readFile(uri);
}

/** Writes the parts one after another (each made only when it is written); resolves to the bytes written. */
export async function writeStorageFile(uri: vscode.Uri, parts: Iterable<Uint8Array>): Promise<number> {
  if (uri.scheme !== 'file') {
    const bytes = joinParts([...parts]);
    await vscode.workspace.fs.writeFile(uri, bytes);
    return bytes.byteLength;
  }
  const temporary = `${uri.fsPath}.${process.pid}.${Date.now()}.tmp`;
  try {
    const file = await open(temporary, 'w');
    let written = 0;
    try {
      for (const part of parts) {
        await file.write(part);
        written += part.byteLength;
      }
    } finally {
      await file.close();
    }
    await rename(temporary, uri.fsPath);
    return written;
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
