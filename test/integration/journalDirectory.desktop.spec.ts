/**
 * Where the journal is on the extension host's disk: an absolute path, `~`, or relative to the
 * workspace folder. (In the browser only the last means anything; see absoluteDirectory.web.ts.)
 */
import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { closeAllEditors, exists, workspaceRoot } from './helpers';

const run = <T = vscode.Uri | undefined>(command: string, args?: object): Thenable<T> =>
  vscode.commands.executeCommand<T>(command, args);

describe('the journal directory setting', () => {
  const config = () => vscode.workspace.getConfiguration('reflection');

  afterEach(async () => {
    await config().update('journalDirectory', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  it('can point outside the workspace with an absolute path', async () => {
    const outside = vscode.Uri.file(`${os.tmpdir()}/reflection-outside-${Date.now()}`);
    await config().update('journalDirectory', outside.fsPath, vscode.ConfigurationTarget.Workspace);
    const uri = await run('reflection.newAfterActionReview', { date: '2026-11-21', title: 'Outside' });
    assert.equal(uri?.toString(), vscode.Uri.joinPath(outside, '2026', '2026-11-21-after-action-review-outside.md').toString());
    assert.ok(await exists(uri!));
    await vscode.workspace.fs.delete(outside, { recursive: true });
  });

  it('expands ~ to the home folder', async () => {
    const name = `.reflection-test-${Date.now()}`;
    await config().update('journalDirectory', `~/${name}`, vscode.ConfigurationTarget.Workspace);
    const uri = await run('reflection.newMonthlyReflection', { date: '2026-11-21' });
    const home = vscode.Uri.file(`${os.homedir()}/${name}`);
    assert.equal(uri?.toString(), vscode.Uri.joinPath(home, '2026', '2026-11-monthly-reflection.md').toString());
    await vscode.workspace.fs.delete(home, { recursive: true });
  });

  it('resolves a relative path against the workspace folder', async () => {
    await config().update('journalDirectory', 'notes/reflections', vscode.ConfigurationTarget.Workspace);
    const uri = await run('reflection.newMonthlyReflection', { date: '2026-11-21' });
    assert.equal(uri?.toString(),
      vscode.Uri.joinPath(workspaceRoot(), 'notes', 'reflections', '2026', '2026-11-monthly-reflection.md').toString());
  });
});
