/**
 * Committing the journal through VS Code's Git (desktop and remote windows; in the browser the
 * command is hidden): real repositories made with the git command line in a temporary folder.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as vscode from 'vscode';
import { closeAllEditors, waitFor, write } from './helpers';

const config = () => vscode.workspace.getConfiguration('reflection');
const run = <T = unknown>(command: string, ...args: unknown[]): Thenable<T> => vscode.commands.executeCommand<T>(command, ...args);

describe('committing the journal with Git', () => {
  const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

  async function gitJournal(): Promise<string> {
    const root = mkdtempSync(`${tmpdir()}/reflection-git-`);
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'config', 'user.email', 'test@example.invalid');
    git(root, 'config', 'user.name', 'Reflection Test');
    await write(vscode.Uri.file(`${root}/README.md`), 'my journal\n');
    git(root, 'add', 'README.md');
    git(root, 'commit', '-q', '-m', 'start');
    await config().update('journalDirectory', `${root}/journal`, vscode.ConfigurationTarget.Workspace);
    return root;
  }

  afterEach(async () => {
    await config().update('journalDirectory', undefined, vscode.ConfigurationTarget.Workspace);
    await config().update('git.autoCommit', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  it('commits new and changed entries, with a message that names them', async () => {
    const root = await gitJournal();
    await run('reflection.newAfterActionReview', { date: '2026-11-21', title: 'Launch' });
    const result = await run<{ paths: string[]; message: string }>('reflection.commitJournal');
    assert.deepEqual(result?.paths, ['2026/2026-11-21-after-action-review-launch.md']);
    assert.equal(git(root, 'log', '-1', '--format=%s'), 'journal: after-action review 2026-11-21');
    assert.equal(git(root, 'show', '--name-only', '--format=', 'HEAD'), 'journal/2026/2026-11-21-after-action-review-launch.md');

    await run('reflection.newMonthlyReflection', { date: '2026-11-21' });
    await write(vscode.Uri.file(`${root}/notes.txt`), 'not part of the journal');
    await run('reflection.commitJournal');
    assert.equal(git(root, 'log', '-1', '--format=%s'), 'journal: monthly reflection 2026-11');
    assert.equal(git(root, 'status', '--porcelain'), '?? notes.txt');
  });

  it('refuses when other files are staged, and says nothing is committed', async () => {
    const root = await gitJournal();
    await run('reflection.newAfterActionReview', { date: '2026-11-21', title: 'Launch' });
    await write(vscode.Uri.file(`${root}/other.txt`), 'staged by hand');
    git(root, 'add', 'other.txt');
    assert.equal(await run('reflection.commitJournal'), undefined);
    assert.equal(git(root, 'log', '-1', '--format=%s'), 'start');
  });

  it('commits each new entry right away with git.autoCommit "onCreate"', async () => {
    const root = await gitJournal();
    await config().update('git.autoCommit', 'onCreate', vscode.ConfigurationTarget.Workspace);
    await run('reflection.newAfterActionReview', { date: '2026-11-21', title: 'Auto' });
    await waitFor(() => git(root, 'log', '-1', '--format=%s'), (subject) => subject === 'journal: after-action review 2026-11-21', 'the automatic commit');
  });

  it('says so when the journal is not in a git repository', async () => {
    const outside = mkdtempSync(`${tmpdir()}/reflection-nogit-`);
    await config().update('journalDirectory', outside, vscode.ConfigurationTarget.Workspace);
    await run('reflection.newAfterActionReview', { date: '2026-11-21', title: 'Loose' });
    assert.equal(await run('reflection.commitJournal'), undefined);
  });
});
