/**
 * Opening an entry after a command wrote (or found) it: a new one gets its template as a live
 * snippet, so the cursor is on the first thing to fill in and Tab walks through the prompts.
 */
import * as vscode from 'vscode';
import type { NewEntry } from '../journal/writing/newEntry';

/** Opens an entry; a new one gets its template as a live snippet (cursor on the first field). */
export async function showEntry(uri: vscode.Uri, entry: NewEntry): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  if (!entry.rendered) {
    return;
  }
  const document = editor.document;
  const everything = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
  // Refused when the text changed in between (someone typed already): their text stays as it
  // is, unsaved, next to the template that is on disk.
  const inserted = await editor.insertSnippet(new vscode.SnippetString(entry.rendered.snippet), everything);
  if (inserted) {
    // The file on disk already holds this text; saving keeps the editor clean. Tab stops stay live.
    await document.save();
  }
}
