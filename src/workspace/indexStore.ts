/**
 * Where the extension keeps the saved journal index between sessions: its own storage (per
 * workspace, or global without one), one file per journal folder. Never inside the journal: the
 * journal stays plain markdown. A missing, old or damaged file simply means a full read.
 */
import { createHash } from 'node:crypto';
import * as vscode from 'vscode';
import { type IndexSnapshot, isUsableSnapshot } from '../journal/entries/indexSnapshot';
import { benchLog } from './benchLog';

export class IndexStore {
  constructor(private readonly folder: vscode.Uri | undefined, readonly producer: string) {}

  private fileFor(root: vscode.Uri): vscode.Uri | undefined {
    const name = createHash('sha256').update(root.toString()).digest('hex').slice(0, 24);
    return this.folder && vscode.Uri.joinPath(this.folder, `journal-index-${name}.json`);
  }

  async load(root: vscode.Uri): Promise<IndexSnapshot | undefined> {
    const file = this.fileFor(root);
    if (!file) {
      return undefined;
    }
    try {
      const value: unknown = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
      const usable = isUsableSnapshot(value, this.producer);
      benchLog?.(`saved index ${usable ? 'loaded' : 'ignored (other version or damaged)'}: ${file.toString()}`);
      return usable ? value : undefined;
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
    await vscode.workspace.fs.createDirectory(this.folder);
    const bytes = new TextEncoder().encode(JSON.stringify(snapshot));
    await vscode.workspace.fs.writeFile(file, bytes);
    benchLog?.(`index saved (${bytes.byteLength} bytes): ${file.toString()}`);
  }
}
