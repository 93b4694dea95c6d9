/**
 * Commit Journal Entries: stages and commits the journal's new and changed entries through the
 * built-in Git extension. (New entries are committed on their own by `reflection.git.autoCommit`.)
 */
import * as vscode from 'vscode';
import { COMMANDS } from '../ids';
import { Refusal } from '../journal/base/refusal';
import type { CommandRunner } from '../workspace/commandRunner';
import { CommitRefused, commitJournal, gitAvailable } from '../workspace/journalGit';
import type { JournalService } from '../workspace/journalService';

export interface GitDeps {
  readonly runner: CommandRunner;
  readonly journal: JournalService;
}

export function registerGitCommands(context: vscode.ExtensionContext, deps: GitDeps): void {
  // In a browser window the command shows only where Git is (package.json: `!isWeb || reflection.gitAvailable`).
  void vscode.commands.executeCommand('setContext', 'reflection.gitAvailable', gitAvailable());
  context.subscriptions.push(deps.runner.register(COMMANDS.commitJournal, async () => {
    const journal = await deps.journal.open();
    if (!journal) {
      return undefined;
    }
    await deps.journal.settled();
    const result = await commitJournal(journal).catch((error: unknown) => {
      throw error instanceof CommitRefused ? new Refusal(`cannot commit: ${error.message}.`) : error;
    });
    if (!result) {
      void vscode.window.showInformationMessage('Reflection: nothing to commit; the journal has no new or changed entries.');
      return undefined;
    }
    vscode.window.setStatusBarMessage(`$(git-commit) ${result.message.split('\n')[0]}`, 8000);
    return result;
  }));
}
