/**
 * Where the journal is: `reflection.journalDirectory`, relative to the first workspace folder,
 * absolute, or `~/…`. With no folder open and a relative setting, the user is asked once per
 * session and offered to remember the answer in their user settings.
 */
import * as vscode from 'vscode';
import { absoluteDirectory } from './absoluteDirectory';
import { Disposable } from './disposable';
import type { Settings } from './settings';

export class JournalLocation extends Disposable {
  private chosenThisSession: vscode.Uri | undefined;
  private readonly chosenEmitter = this._register(new vscode.EventEmitter<vscode.Uri>());
  /** Fires when the user picks the journal folder (no folder open, relative setting). */
  readonly onDidChoose = this.chosenEmitter.event;

  constructor(private readonly settings: Settings) {
    super();
  }

  /**
   * The journal directory, or undefined when the user declined to pick one. `pickedNow` is true
   * when the user was just asked: the caller offers to remember the answer once its work is done
   * (a notification raised while a quick pick is open goes unseen).
   */
  async resolve(): Promise<{ root: vscode.Uri; pickedNow: boolean } | undefined> {
    const known = this.current();
    if (known) {
      return { root: known, pickedNow: false };
    }
    const picked = await this.askForFolder(this.settings.current.journalDirectory);
    return picked && { root: picked, pickedNow: true };
  }

  /** The journal directory if it is known without asking anyone. */
  current(): vscode.Uri | undefined {
    const configured = this.settings.current.journalDirectory;
    const absolute = absoluteDirectory(configured);
    if (absolute) {
      return vscode.Uri.file(absolute);
    }
    const firstFolder = vscode.workspace.workspaceFolders?.[0];
    if (firstFolder) {
      return vscode.Uri.joinPath(firstFolder.uri, ...configured.split(/[\\/]+/).filter(Boolean));
    }
    return this.chosenThisSession;
  }

  private async askForFolder(configured: string): Promise<vscode.Uri | undefined> {
    const picked = await vscode.window.showOpenDialog({
      canSelectFolders: true,
      canSelectFiles: false,
      canSelectMany: false,
      openLabel: 'Use as Journal',
      title: `No folder is open, so "${configured}" has nothing to be relative to. Where is your journal?`,
    });
    const folder = picked?.[0];
    if (!folder) {
      return undefined;
    }
    this.chosenThisSession = folder;
    this.chosenEmitter.fire(folder);
    return folder;
  }

  /** Offers to save a folder the user just picked as `reflection.journalDirectory`. */
  async offerToRemember(folder: vscode.Uri): Promise<void> {
    const remember = 'Remember';
    const answer = await vscode.window.showInformationMessage(
      `Use ${folder.fsPath} as your journal from now on? This is saved in your user settings.`,
      remember,
    );
    if (answer === remember) {
      await this.settings.rememberJournalDirectory(folder.fsPath);
    }
  }
}
