/** Whether an open document is one of the journal's entries (the editor helpers work only there). */
import type * as vscode from 'vscode';
import { isEntryPath } from '../journal/entries/journalIndex';
import type { JournalLocation } from '../workspace/journalLocation';
import { relativePath } from '../workspace/journalService';

export function isJournalEntry(location: JournalLocation, document: vscode.TextDocument): boolean {
  const root = location.current();
  const path = root && relativePath(root, document.uri);
  return document.languageId === 'markdown' && path !== undefined && isEntryPath(path);
}
