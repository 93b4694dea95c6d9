/**
 * Issue 9 inside VS Code: the extension and the command-line tool writing the same week at the
 * same moment lose nothing; writes through workspace.fs start again when the file changed under
 * them; a link out of the journal is never written through; an entry dated in the future is a
 * warning, and "now" stays today.
 */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { addMinutes } from '../../src/journal/base/duration';
import { readEntry } from '../../src/journal/entries/entry';
import { WorkspaceJournalFiles } from '../../src/workspace/workspaceFiles';
import { EXTENSION_ID, closeAllEditors, readText, reflectionApi, waitFor, workspaceRoot, write } from './helpers';

const config = () => vscode.workspace.getConfiguration('reflection');
const run = <T = unknown>(command: string, ...args: unknown[]): Thenable<T> => vscode.commands.executeCommand<T>(command, ...args);

/** The bundled command-line tool, run by the extension host's own Node. */
function cli(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const tool = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'dist', 'cli.js').fsPath;
  return new Promise((done) => {
    const child = spawn(process.execPath, [tool, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('close', (code) => done({ code, stderr }));
  });
}

describe('a busy or hostile journal', function () {
  this.timeout(60_000);
  const journal = () => vscode.Uri.joinPath(workspaceRoot(), 'busy-journal');
  const week47 = () => vscode.Uri.joinPath(journal(), '2026', '2026-W47-leadership-moments.md');

  before(async () => {
    const repo = vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri;
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(repo, 'sample', 'journal'), journal(), { overwrite: true });
    await config().update('journalDirectory', 'busy-journal', vscode.ConfigurationTarget.Workspace);
    // Files open in an editor are changed through the editor; these tests are about files on disk.
    await closeAllEditors();
  });

  after(async () => {
    await config().update('journalDirectory', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  it('keeps every log when VS Code and the command line log the same week at the same moment', async () => {
    const before = readEntry('w.md', await readText(week47())).entry!;
    const runs: Array<Thenable<unknown>> = [];
    for (let i = 0; i < 8; i++) {
      runs.push(cli(['log', 'management', '5m', '--dir', journal().fsPath, '--date', '2026-11-21', '--note', `cli ${i}`]));
      runs.push(run('reflection.logTime', { tag: 'leadership', duration: '3m', note: `vscode ${i}` }));
    }
    const results = await Promise.all(runs);
    results.filter((result): result is { code: number; stderr: string } => typeof result === 'object' && result !== null && 'code' in result)
      .forEach((result) => assert.equal(result.code, 0, result.stderr));
    const text = await readText(week47());
    for (let i = 0; i < 8; i++) {
      assert.ok(text.includes(`· cli ${i}\n`), `cli ${i}`);
      assert.ok(text.includes(`· vscode ${i}\n`), `vscode ${i}`);
    }
    const after = readEntry('w.md', text).entry!;
    // Whole minutes, whatever order the 16 logs landed in.
    assert.equal(after.hours!.management, addMinutes(before.hours!.management, 40));
    assert.equal(after.hours!.leadership, addMinutes(before.hours!.leadership, 24));
  });

  it('starts a workspace.fs change again when the file changed after it was read', async () => {
    const files = new WorkspaceJournalFiles(journal());
    const path = '2026/2026-W47-leadership-moments.md';
    let calls = 0;
    await files.replaceText(path, (text) => {
      calls++;
      if (calls === 1) {
        writeFileSync(week47().fsPath, `${text}another program's line\n`); // another program, meanwhile
      }
      return `${text}our line\n`;
    });
    const text = await readText(week47());
    assert.ok(calls >= 2, `the change ran ${calls} time(s)`);
    assert.ok(text.endsWith("another program's line\nour line\n"), text.slice(-80));
  });

  it('never writes through a link out of the journal, and says so', async () => {
    const outside = vscode.Uri.joinPath(workspaceRoot(), 'outside-the-journal');
    mkdirSync(outside.fsPath, { recursive: true });
    symlinkSync(outside.fsPath, vscode.Uri.joinPath(journal(), '2030').fsPath);
    const uri = await run<vscode.Uri | undefined>('reflection.newMonthlyReflection', { date: '2030-01-05' });
    assert.equal(uri, undefined);
    assert.deepEqual(readdirSync(outside.fsPath), []);
  });

  it('warns about an entry dated in the future, and keeps the panel\'s "now" on today', async () => {
    const typo = vscode.Uri.joinPath(journal(), '2062', '2062-11-02-typo.md');
    await write(typo, '---\ntype: note\ndate: 2062-11-02\nhours:\n  management: 60\n---\n# Typo\n');
    const api = await reflectionApi();
    await run('reflection.showBalance');
    const diagnostics = await waitFor(() => vscode.languages.getDiagnostics(typo), (list) => list.length > 0, 'a diagnostic on the typo');
    assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Warning);
    assert.match(diagnostics[0].message, /dated in the future \(2062-11-02, after today 2026-11-21\)/);
    assert.equal(diagnostics[0].range.start.line, 2);
    const state = await waitFor(async () => {
      await api.settled();
      return api.balanceState();
    }, (s) => !!s && s.hiddenPeriods > 0, 'the Balance state with the typo');
    assert.equal(state!.points[state!.points.length - 1].start <= '2026-11-21', true);
    assert.doesNotMatch(state!.headline, /nothing yet/);
  });
});
