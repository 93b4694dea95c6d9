/**
 * Choose Journal Folder… (the walkthrough's first step, and the palette): a folder dialog that
 * starts at the journal as it is now; the choice becomes `reflection.journalDirectory` — relative,
 * in the workspace's settings, when it is inside the opened folder (so the CLI and a clone of the
 * repository agree), else absolute in the user's settings. `{ folder }` (a URI or a path) skips
 * the dialog.
 */
import * as vscode from 'vscode';
import { Refusal } from '../journal/base/refusal';
import { COMMANDS } from '../ids';
import type { CommandRunner } from '../workspace/commandRunner';
import type { JournalLocation } from '../workspace/journalLocation';
import { relativePath } from '../workspace/journalService';
import { uriOrPath } from '../workspace/uriOrPath';

export interface JournalFolderDeps {
  readonly runner: CommandRunner;
  readonly location: JournalLocation;
}

export function registerJournalFolder(context: vscode.ExtensionContext, deps: JournalFolderDeps): void {
  context.subscriptions.push(deps.runner.register(COMMANDS.chooseJournalFolder, async (args?: { folder?: string }) => {
    const folder = args?.folder !== undefined ? uriOrPath(args.folder) : await pickFolder(deps.location.current());
    if (!folder) {
      return undefined;
    }
    const workspaceFolder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const inside = workspaceFolder && relativePath(workspaceFolder, folder);
    const config = vscode.workspace.getConfiguration('reflection');
    if (inside !== undefined && inside !== '') {
      await config.update('journalDirectory', inside, vscode.ConfigurationTarget.Workspace);
    } else if (folder.scheme === 'file') {
      await config.update('journalDirectory', folder.fsPath, vscode.ConfigurationTarget.Global);
    } else {
      // In the browser a folder outside the opened one cannot be named by a path.
      throw new Refusal('choose a folder inside the opened folder: here the journal can only be named relative to it');
    }
    vscode.window.setStatusBarMessage(`$(book) Your journal: ${inside ?? folder.fsPath}`, 8000);
    return inside ?? folder.fsPath;
  }));
}

async function pickFolder(current: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFolders: true, canSelectFiles: false, canSelectMany: false,
    openLabel: 'Use as Journal', title: 'Where do you keep your journal?',
    ...(current ? { defaultUri: current } : {}),
  });
  return picked?.[0];
}
