import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, acceptingPicks, closeAllEditors, readText, reflectionApi, waitFor, workspaceRoot } from './helpers';

const config = () => vscode.workspace.getConfiguration('reflection');
const run = <T = unknown>(command: string, ...args: unknown[]): Thenable<T> => vscode.commands.executeCommand<T>(command, ...args);

describe('the time audit', () => {
  const journal = () => vscode.Uri.joinPath(workspaceRoot(), 'audit-journal');
  const week47 = () => vscode.Uri.joinPath(journal(), '2026', '2026-W47-leadership-moments.md');

  before(async () => {
    const repo = vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri;
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(repo, 'sample', 'journal'), journal(), { overwrite: true });
    await config().update('journalDirectory', 'audit-journal', vscode.ConfigurationTarget.Workspace);
  });

  after(async () => {
    await run('reflection.stopTimeAudit');
    await config().update('journalDirectory', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  it('logs time into this week\'s entry: the hours grow and a line joins the time log', async () => {
    const before = await readText(week47());
    const uri = await run<vscode.Uri>('reflection.logTime', { tag: 'leadership/alignment', duration: '45m', note: 'Q1 bet with the team' });
    assert.equal(uri?.toString(), week47().toString());
    const after = await readText(week47());
    // hours.leadership 13 -> 13.75, and a "Time log" section at the end; nothing else changed.
    const line = /\n## Time log\n\n(- 2026-11-21 \d{2}:\d{2} · 45 min · leadership\/alignment · Q1 bet with the team)\n$/.exec(after);
    assert.ok(line, after.slice(-200));
    assert.equal(after, `${before.replace('  leadership: 13\n', '  leadership: 13.75\n')}\n## Time log\n\n${line[1]}\n`);
  });

  it('asks for side and duration when not given, and accepts a typed duration', async () => {
    // The first offer is Management; the first duration 15 min; the note is skipped (Enter).
    const uri = await acceptingPicks(run<vscode.Uri>('reflection.logTime'));
    assert.equal(uri?.toString(), week47().toString());
    assert.match(await readText(week47()), /· 15 min · management\n$/);
    assert.match(await readText(week47()), / {2}management: 19\.25\n/);
  });

  it('refuses a duration without a unit, and writes nothing', async () => {
    const before = await readText(week47());
    assert.equal(await run('reflection.logTime', { tag: 'management', duration: '45', note: '' }), undefined);
    assert.equal(await readText(week47()), before);
  });

  it('shows quick log buttons while an audit runs, and writes a summary with decision prompts when it stops', async () => {
    const api = await reflectionApi();
    assert.equal(await api.auditTexts(), undefined, 'no audit yet');
    const state = await run<{ from: string; to: string }>('reflection.startTimeAudit', { days: 'week' });
    assert.deepEqual(state, { from: '2026-11-21', to: '2026-11-27' });
    await run('reflection.logTime', { tag: 'management/coordination', duration: '1h30', note: 'status meeting' });
    await run('reflection.logTime', { tag: 'leadership', duration: '30m', note: 'named the API freeze' });
    // Today's earlier logs (45 min leadership, 15 min management) are inside the audit too: 3 h.
    const texts = await waitFor(() => api.auditTexts(), (t) => t?.[0] === '$(clock) Audit: 3 h, leadership 42 %' || (t?.[0] ?? '').includes('Nothing logged'), 'the audit items');
    assert.deepEqual(texts!.slice(1), ['$(tools) M', '$(compass) L', '$(calendar)']);

    // The audit is marked in the Balance chart.
    await run('reflection.showBalance');
    // The logs reach the index through file events, on their own schedule: wait for all four.
    const state2 = await waitFor(async () => api.balanceState(), (s) => s?.points.some((p) => p.audit && p.logged >= 4) ?? false, 'an audit period with 4 logs');
    assert.deepEqual(state2!.points.filter((p) => p.audit).map((p) => p.period), ['2026-11']);

    const summary = await run<vscode.Uri>('reflection.stopTimeAudit');
    assert.ok(summary?.path.endsWith('/2026/2026-11-21-time-audit.md'), summary?.path);
    const text = await readText(summary!);
    assert.match(text, /^type: time-audit\ndate: 2026-11-21\ntags: \[time-audit\]\naudit:\n {2}from: 2026-11-21\n {2}to: 2026-11-21\ndecisions:\n/m);
    // One decision prompt per leadership log of the audit (the 45 min earlier today counts: same day).
    assert.equal((text.match(/ {2}- decision: the decision it produced/g) ?? []).length, 2);
    assert.match(text, /- Logged: 3 h in 4 entries — management 1\.8 h, leadership 1\.3 h\./);
    assert.equal(await api.auditTexts(), undefined, 'the audit ended');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), summary!.toString());
  });
});
