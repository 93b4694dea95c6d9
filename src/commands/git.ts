/**
 * Commit Journal Entries, and `reflection.git.autoCommit: onCreate`, which commits a new entry
 * right after it is written. Failures are messages, never a lost entry.
 */
import * as vscode from 'vscode';
import type { Services } from '../extension';
import { CommitRefused, commitJournal } from '../workspace/journalGit';

export function registerGitCommands(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(vscode.commands.registerCommand('reflection.commitJournal', async () => {
    try {
      const journal = await services.journal.open();
      if (!journal) {
        return undefined;
      }
      await services.journal.settled();
      const result = await commitJournal(journal);
      if (!result) {
        void vscode.window.showInformationMessage('Reflection: nothing to commit; the journal has no new or changed entries.');
        return undefined;
      }
      vscode.window.setStatusBarMessage(`$(git-commit) ${result.message.split('\n')[0]}`, 8000);
      return result;
    } catch (error) {
      void vscode.window.showErrorMessage(`Reflection: cannot commit: ${error instanceof Error ? error.message : String(error)}.`);
      return undefined;
    }
  }));
}

/** After a new entry is written: commit it alone when `reflection.git.autoCommit` is `onCreate`. */
export async function autoCommitNewEntry(services: Services, path: string): Promise<void> {
  if (vscode.workspace.getConfiguration('reflection.git').get<string>('autoCommit', 'off') !== 'onCreate') {
    return;
  }
  try {
    const journal = await services.journal.open();
    if (!journal) {
      return;
    }
    await services.journal.settled();
    const result = await commitJournal(journal, [path]);
    if (result) {
      vscode.window.setStatusBarMessage(`$(git-commit) ${result.message}`, 6000);
    }
  } catch (error) {
    // Quiet on purpose: the entry is written; the person can commit later.
    const reason = error instanceof CommitRefused ? error.message : String(error);
    vscode.window.setStatusBarMessage(`$(warning) New entry not committed: ${reason}`, 10_000);
  }
}
