/**
 * Changing an entry file from a command: the core computes the new text, this applies only the
 * lines that differ — through the open editor when the file is open (so undo works and unsaved
 * typing is kept), else on disk through the journal's safe write (`JournalFiles.replaceText`). A file that was saved before is saved again; one with unsaved
 * changes is left for the person to save.
 */
import * as vscode from 'vscode';
import type { WorkspaceJournalFiles } from './workspaceFiles';

export interface EntryEditResult {
  /** False when the file had unsaved changes: the edit is in the editor, not yet on disk. */
  readonly saved: boolean;
}

export async function editEntryFile(files: WorkspaceJournalFiles, path: string, transform: (text: string) => string): Promise<EntryEditResult> {
  const uri = files.uriOf(path);
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (!open) {
    // The journal's one write path: never through a link, and never over another writer's change.
    await files.replaceText(path, transform);
    return { saved: true };
  }
  const wasDirty = open.isDirty;
  const before = open.getText();
  const after = transform(before);
  if (after === before) {
    return { saved: !wasDirty };
  }
  const change = changedLines(before, after);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(change.startLine, 0, change.endLine, 0), change.text);
  if (!await vscode.workspace.applyEdit(edit)) {
    throw new Error(`${vscode.workspace.asRelativePath(uri)} could not be changed (it may be read-only)`);
  }
  if (!wasDirty && !await open.save()) {
    throw new Error(`${path}: the change is in the editor but could not be saved (did the file change on disk?); save it by hand`);
  }
  return { saved: !wasDirty };
}

/** The smallest run of whole lines that turns `before` into `after`: [startLine, endLine) and its new text. */
export function changedLines(before: string, after: string): { startLine: number; endLine: number; text: string } {
  const a = before.split(/(?<=\n)/);
  const b = after.split(/(?<=\n)/);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) {
    start++;
  }
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { startLine: start, endLine: endA, text: b.slice(start, endB).join('') };
}
