/**
 * In the browser every journal is read and written through `vscode.workspace.fs`: there is no
 * Node file system and no lock to share with the command-line tool.
 */
import type * as vscode from 'vscode';
import type * as OnDisk from './localFiles';
import { WorkspaceJournalFiles } from './workspaceFiles';

export const journalFilesFor: typeof OnDisk.journalFilesFor = (root: vscode.Uri) => new WorkspaceJournalFiles(root);
