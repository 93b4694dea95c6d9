/** Small helpers for the suites that run inside VS Code. */
import * as vscode from 'vscode';
import type { ReflectionApi } from '../../src/extension';

export const EXTENSION_ID = 'reflection-journal.reflection-journal';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    throw new Error('the integration suites need a workspace folder');
  }
  return folder.uri;
}

/** A path below the default journal directory (`journal` in the workspace). */
export function journalUri(...parts: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), 'journal', ...parts);
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The text the active editor has selected: where the snippet put the cursor. */
export function selectedText(): string {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    throw new Error('no active editor');
  }
  return editor.document.getText(editor.selection);
}

/**
 * Answers every quick pick a command shows with its highlighted item (as Enter would) until the
 * command finishes. The picker appears once the command has read the journal, so this keeps
 * accepting until the command's promise settles, with a deadline.
 */
export async function acceptingPicks<T>(running: Thenable<T>, deadlineMs = 15_000): Promise<T> {
  let settled = false;
  const done = Promise.resolve(running).finally(() => {
    settled = true;
  });
  const started = Date.now();
  while (!settled) {
    if (Date.now() - started > deadlineMs) {
      throw new Error(`the command did not finish within ${deadlineMs} ms of answering its prompts`);
    }
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 50))]);
  }
  return done;
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The extension's exported API (activating it if needed). */
export async function reflectionApi(): Promise<ReflectionApi> {
  const extension = vscode.extensions.getExtension<ReflectionApi>(EXTENSION_ID);
  if (!extension) {
    throw new Error(`${EXTENSION_ID} is not loaded`);
  }
  return extension.activate();
}

/**
 * Waits until `read()` gives a value `ready` accepts, checking every 25 ms: for results of
 * file-system events, which arrive on their own schedule. Fails with the last value seen.
 */
export async function waitFor<T>(read: () => T | Promise<T>, ready: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!ready(value)) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(value)?.slice(0, 500)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
    value = await read();
  }
  return value;
}

export function write(uri: vscode.Uri, text: string): Thenable<void> {
  return vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/**
 * For a suite: a fresh copy of the sample journal in `folder` of the workspace, set as the journal
 * directory before its tests (editors closed: the tests change files on disk) and unset after.
 * Returns where a journal path is.
 */
export function useSampleJournal(folder: string): (path: string) => vscode.Uri {
  const config = () => vscode.workspace.getConfiguration('reflection');
  before(async () => {
    const repo = vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri;
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(repo, 'sample', 'journal'), vscode.Uri.joinPath(workspaceRoot(), folder), { overwrite: true });
    await config().update('journalDirectory', folder, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });
  after(async () => {
    await config().update('journalDirectory', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });
  return (path) => vscode.Uri.joinPath(workspaceRoot(), folder, ...path.split('/'));
}
