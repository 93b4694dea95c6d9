/**
 * Committing journal entries through the built-in Git extension's API (`vscode.git`), so it works
 * wherever VS Code's Git works (remote windows too) and uses the person's own Git setup. Only the
 * few parts of the API used here are typed.
 */
import * as vscode from 'vscode';
import { Refusal } from '../journal/base/refusal';
import { commitMessage } from '../journal/writing/commitMessage';
import { isEntryPath } from '../journal/entries/journalIndex';
import { isTemplatePath } from '../journal/writing/templates';
import { type JournalService, type OpenJournal, relativePath } from './journalService';
import type { Settings } from './settings';

interface Change { readonly uri: vscode.Uri }
interface RepositoryState {
  readonly indexChanges: readonly Change[];
  readonly workingTreeChanges: readonly Change[];
  readonly untrackedChanges?: readonly Change[];
}
interface Repository {
  readonly rootUri: vscode.Uri;
  readonly state: RepositoryState;
  status(): Promise<void>;
  add(paths: string[]): Promise<void>;
  commit(message: string): Promise<void>;
}
interface GitApi {
  getRepository(uri: vscode.Uri): Repository | null;
  openRepository?(root: vscode.Uri): Promise<Repository | null>;
}
interface GitExtension {
  readonly enabled: boolean;
  getAPI(version: 1): GitApi;
}

/** A reason the journal cannot be committed, worded for the person. */
export class CommitRefused extends Refusal {}

export interface CommitResult {
  /** Paths relative to the journal. */
  readonly paths: readonly string[];
  readonly message: string;
}

/**
 * Whether this window has VS Code's Git: not in the browser's extension host (vscode.dev,
 * github.dev), where committing is hidden rather than failing.
 */
export function gitAvailable(): boolean {
  return vscode.extensions.getExtension('vscode.git') !== undefined;
}

async function repositoryFor(root: vscode.Uri): Promise<Repository> {
  const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!extension) {
    throw new CommitRefused('the built-in Git extension is not available in this window');
  }
  const git = extension.isActive ? extension.exports : await extension.activate();
  if (!git.enabled) {
    throw new CommitRefused('Git is disabled (setting "git.enabled")');
  }
  const api = git.getAPI(1);
  const repository = api.getRepository(root) ?? await api.openRepository?.(root) ?? null;
  if (!repository) {
    throw new CommitRefused(`the journal (${root.fsPath}) is not in a git repository; run "git init" there to keep its history`);
  }
  return repository;
}

/**
 * Stages and commits the new, changed and deleted entries (and templates) under the journal — or
 * only `only`, when given. Refuses when other files are already staged, so a journal commit never
 * carries anything else.
 */
export async function commitJournal(journal: OpenJournal, only?: readonly string[]): Promise<CommitResult | undefined> {
  const repository = await repositoryFor(journal.root);
  await repository.status();
  const journalPath = (change: Change): string | undefined => {
    const path = relativePath(journal.root, change.uri);
    return path !== undefined && (isEntryPath(path) || isTemplatePath(path)) ? path : undefined;
  };
  const strangers = repository.state.indexChanges.filter((change) => journalPath(change) === undefined);
  if (strangers.length > 0) {
    throw new CommitRefused(`${strangers.length} other ${strangers.length === 1 ? 'file is' : 'files are'} already staged in this repository; commit or unstage ${strangers.length === 1 ? 'it' : 'them'} first, so the journal commit holds only journal files`);
  }
  const changed = [...repository.state.indexChanges, ...repository.state.workingTreeChanges, ...(repository.state.untrackedChanges ?? [])];
  const byPath = new Map<string, vscode.Uri>();
  for (const change of changed) {
    const path = journalPath(change);
    if (path !== undefined && (!only || only.includes(path))) {
      byPath.set(path, change.uri);
    }
  }
  if (byPath.size === 0) {
    return undefined;
  }
  const paths = [...byPath.keys()].sort();
  const message = commitMessage(paths, (path) => journal.index.entryAt(path));
  await repository.add([...byPath.values()].map((uri) => uri.fsPath));
  await repository.commit(message);
  return { paths, message };
}

/** After a new entry is written: commit it alone when `reflection.git.autoCommit` is `onCreate`. */
export async function autoCommitNewEntry(journal: JournalService, settings: Settings, path: string): Promise<void> {
  if (settings.current.autoCommit !== 'onCreate' || !gitAvailable()) {
    return; // a setting synced from the desktop is no reason for a warning in the browser
  }
  try {
    const open = await journal.open();
    if (!open) {
      return;
    }
    await journal.settled();
    const result = await commitJournal(open, [path]);
    if (result) {
      vscode.window.setStatusBarMessage(`$(git-commit) ${result.message}`, 6000);
    }
  } catch (error) {
    // Quiet on purpose: the entry is written; the person can commit later.
    const reason = error instanceof Error ? error.message : String(error);
    vscode.window.setStatusBarMessage(`$(warning) New entry not committed: ${reason}`, 10_000);
  }
}
