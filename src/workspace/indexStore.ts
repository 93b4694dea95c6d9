/**
 * Where the extension keeps the saved journal index between sessions: its own storage (per
 * workspace, or global without one), one file per journal folder. Never inside the journal: the
 * journal stays plain markdown. A missing, old or damaged file simply means a full read.
 */
import * as vscode from 'vscode';
import type { IndexSnapshot } from '../journal/entries/indexSnapshot';
import { snapshotFromBytes, snapshotParts } from '../journal/entries/snapshotBytes';
import { benchLog } from './benchLog';
import { readStorageFile, writeStorageFile } from './storageFiles';

/** How long reading the saved index holds the extension host before it lets other work run. */
const SLICE_MS = 20;

/** A pause that lets other work run once `ms` have passed since the last one. */
function pauseEvery(ms: number): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since >= ms) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      since = performance.now();
    }
  };
}

export class IndexStore {
  constructor(private readonly folder: vscode.Uri | undefined, readonly producer: string) {}

  private fileFor(root: vscode.Uri): vscode.Uri | undefined {
    const name = nameFor(root.toString());
    return this.folder && vscode.Uri.joinPath(this.folder, `journal-index-${name}.json`);
  }

  async load(root: vscode.Uri): Promise<IndexSnapshot | undefined> {
    const file = this.fileFor(root);
    if (!file) {
      return undefined;
    }
    try {
      const snapshot = await snapshotFromBytes(await readStorageFile(file), this.producer, pauseEvery(SLICE_MS));
      benchLog?.(`saved index ${snapshot ? 'loaded' : 'ignored (other version or damaged)'}: ${file.toString()}`);
      return snapshot;
    } catch (error) {
      benchLog?.(`no saved index at ${file.toString()}: ${String(error)}`);
      return undefined; // none yet, or unreadable: read the journal instead
    }
  }

  async save(root: vscode.Uri, snapshot: IndexSnapshot): Promise<void> {
    const file = this.fileFor(root);
    if (!file || !this.folder) {
      return;
    }
    benchLog?.('saving the index');
    await vscode.workspace.fs.createDirectory(this.folder);
    const written = await writeStorageFile(file, snapshotParts(snapshot));
    benchLog?.(`index saved (${written} bytes): ${file.toString()}`);
  }
}

/**
 * A file name for a journal folder's URI: three 32-bit FNV-1a hashes with different offsets, as
 * 24 hex digits (the same on the desktop and in the browser, which has no synchronous SHA).
 */
function nameFor(text: string): string {
  return [0x811c9dc5, 0x050c5d1f, 0x1b873593].map((offset) => {
    let hash = offset;
    for (let i = 0; i < text.length; i += 1) {
      hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
    }
    return hash.toString(16).padStart(8, '0');
  }).join('');
}
