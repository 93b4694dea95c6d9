import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { currentDay } from '../../src/workspace/clock';
import { EXTENSION_ID, acceptingPicks, closeAllEditors, readText, reflectionApi, waitFor, workspaceRoot } from './helpers';

const config = () => vscode.workspace.getConfiguration('reflection');
const run = <T = unknown>(command: string, ...args: unknown[]): Thenable<T> => vscode.commands.executeCommand<T>(command, ...args);

describe('decisions, bets and nudges', () => {
  const journal = () => vscode.Uri.joinPath(workspaceRoot(), 'decisions-journal');
  const entry = (path: string) => vscode.Uri.joinPath(journal(), ...path.split('/'));
  const tree = async () => Object.fromEntries((await (await reflectionApi()).decisionsTree()).map((g) => [g.group, g.items.map((i) => i.label)]));

  before(async () => {
    // The sample journal, seen on its own date: REFLECTION_TODAY is 2026-11-21 in the test bed.
    assert.equal(currentDay(), '2026-11-21');
    const repo = vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri;
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(repo, 'sample', 'journal'), journal(), { overwrite: true });
    await config().update('journalDirectory', 'decisions-journal', vscode.ConfigurationTarget.Workspace);
  });

  after(async () => {
    await config().update('journalDirectory', undefined, vscode.ConfigurationTarget.Workspace);
    await config().update('git.autoCommit', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  it('groups decisions by urgency in the Decisions view, with the bets', async () => {
    const groups = await waitFor(tree, (t) => 'Overdue (2)' in t, 'the sample journal in the Decisions view');
    assert.deepEqual(groups, {
      'Overdue (2)': ['Finance signs off the adapter vendor', 'Second reviewer required on flag changes'],
      'Open (1)': ['Retry library moves to the payments repository'],
      'Bets (2)': ['Priya presents the routing design to the directors without me in the room', 'Walk every stakeholder through big changes before group meetings'],
      'Follow-ups (5)': [
        'Load test for retries in CI (owner: Marco, due: 2026-09-30)',
        'Vendor sign-off (owner: Lena, due: 2026-11-01)',
        'Pair Marco with Lena on the adapter vendor call (owner: me, due: 2026-11-12)',
        'Add regional defaults to the rollout checklist (owner: Priya, due: 2026-11-19)',
        'Ask finance about a conference budget for Priya (owner: me, due: 2026-11-27)',
      ],
    });
    const snapshot = await (await reflectionApi()).decisionsTree();
    const overdue = snapshot[0].items[0];
    assert.equal(overdue.description, 'Lena · 20 days overdue');
    assert.equal(overdue.contextValue, 'decision.open');
    assert.equal(snapshot[2].items[0].contextValue, 'bet.due');
  });

  it('shows the share and what is waiting in the status bar', async () => {
    // Last 4 weeks by hours: W45 21/11, W47 19/13 (W44, W46 have no hours) -> 24/64 = 38 %. Marco's
    // last one-on-one (Nov 5) is 16 days old, more than the 14 of reflection.people.cadenceDays.
    assert.equal(await (await reflectionApi()).nudgeText(), '$(pulse) 38 %  $(warning) 2  $(bell-dot) 1  $(person) 1');
    await config().update('nudges.enabled', false, vscode.ConfigurationTarget.Workspace);
    assert.equal(await (await reflectionApi()).nudgeText(), undefined);
    await config().update('nudges.enabled', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('records a decision in the entry being edited, changing nothing else', async () => {
    const uri = entry('2026/2026-11-12-after-action-review-checkout-latency-incident.md');
    const before = await readText(uri);
    await vscode.window.showTextDocument(uri);
    await run('reflection.recordDecision', { decision: 'Regional defaults go in the rollout checklist', owner: 'Priya', due: '2026-11-28' });
    const after = await readText(uri);
    // Exactly three lines added before the closing ---; nothing else changed.
    assert.equal(after, before.replace('tags: [management, controlling]\n---', 'tags: [management, controlling]\ndecisions:\n  - decision: Regional defaults go in the rollout checklist\n    owner: Priya\n    due: 2026-11-28\n---'));
    await waitFor(tree, (t) => 'Due soon (1)' in t, 'the new decision due soon');
  });

  it('records a decision in this week\'s leadership moments when no entry is being edited', async () => {
    await closeAllEditors();
    const uri = await run<vscode.Uri>('reflection.recordDecision', { decision: 'Stop the Friday status meeting', owner: 'me', due: '' });
    assert.equal(uri?.toString(), entry('2026/2026-W47-leadership-moments.md').toString());
    assert.match(await readText(uri!), / {2}- decision: Stop the Friday status meeting\n {4}owner: me\n---/);
  });

  it('marks a decision made by writing status and decided into its item only', async () => {
    const uri = entry('2026/2026-W47-leadership-moments.md');
    const before = await readText(uri);
    assert.equal(await run('reflection.markDecisionMade', { path: '2026/2026-W47-leadership-moments.md', index: 1 }), true);
    const after = await readText(uri);
    assert.equal(after, before.replace('    due: 2026-11-20\n', '    due: 2026-11-20\n    status: made\n    decided: 2026-11-21\n'));
    const groups = await waitFor(tree, (t) => 'Overdue (1)' in t, 'one decision less overdue');
    assert.deepEqual(groups['Made recently (1)'], ['Second reviewer required on flag changes']);
    assert.equal(await (await reflectionApi()).nudgeText(), '$(pulse) 38 %  $(warning) 1  $(bell-dot) 1  $(person) 1');
  });

  it('marks a decision dropped, picked from the list of open ones', async () => {
    // The first open decision offered is the most overdue one.
    assert.equal(await acceptingPicks(run('reflection.markDecisionDropped')), true);
    assert.match(await readText(entry('2026/2026-10-08-after-action-review-q4-planning-offsite.md')),
      / {2}- decision: Finance signs off the adapter vendor\n {4}owner: Lena\n {4}due: 2026-11-01\n {4}status: dropped\n {4}decided: 2026-11-21\n {2}- decision: A planning offsite every quarter\n/);
  });

  it('refuses to mark a decision that is not there, and writes nothing', async () => {
    const uri = entry('2026/2026-W47-leadership-moments.md');
    const text = await readText(uri);
    const ok = await run('reflection.markDecisionMade', { path: '2026/2026-W47-leadership-moments.md', index: 7 });
    assert.equal(ok, undefined);
    assert.equal(await readText(uri), text);
  });

  it('revisits a due bet: an after-action review with a link back, and the outcome in the bet', async () => {
    const review = await run<vscode.Uri>('reflection.revisitBet', { path: '2026/2026-W42-leadership-moments.md', index: 0, outcome: 'better' });
    assert.ok(review?.path.endsWith('/2026/2026-11-21-after-action-review-bet-priya-presents-the-routing-design-to-the-directors.md'), review?.path);
    const text = await readText(review!);
    assert.match(text, /^# After-action review: Bet: Priya presents the routing design/m);
    assert.match(text, /^> Looking back at a leadership bet from \[Leadership moments, 2026-W42 \(2026-10-12 to 2026-10-18\)\]\(2026-W42-leadership-moments\.md\) \(2026-10-16\):$/m);
    assert.match(text, /^> Outcome so far: \*\*better\*\*/m);
    const original = await readText(entry('2026/2026-W42-leadership-moments.md'));
    assert.match(original, / {4}revisit: 2026-11-13\n {4}expect: .*\n {4}confidence: 70%\n {4}outcome: better\n {4}revisited: 2026\/2026-11-21-after-action-review-bet-priya-presents-the-routing-design-to-the-directors\.md\ndecisions:/);
    await waitFor(tree, (t) => 'Bets (1)' in t, 'the bet revisited');
  });

  it('shows insights in the Balance view, with the numbers behind them', async () => {
    await run('reflection.showBalance');
    const state = await waitFor(async () => (await reflectionApi()).balanceState(), (s) => (s?.insights.length ?? 0) > 0, 'insights');
    const underTarget = state!.insights.find((insight) => insight.id === 'under-target');
    assert.ok(underTarget, JSON.stringify(state!.insights));
    assert.match(underTarget.text, /under your 40 % target for 4 months in a row \(21 %, 24 %, 39 %, 38 %, by hours\)/);
    assert.equal(underTarget.period, '2026-11');
  });

  it('starts a group of more than 50 items folded, its count in its label, and the short ones open', async () => {
    const overdueCount = (groups: Array<{ group: string }>) => Number(/^Overdue \((\d+)\)$/.exec(groups.find((g) => g.group.startsWith('Overdue'))?.group ?? '')?.[1] ?? 0);
    const before = overdueCount(await (await reflectionApi()).decisionsTree());
    const many = entry('2026/2026-09-01-many-decisions.md');
    const items = Array.from({ length: 51 }, (_, at) => `  - decision: Old decision ${at + 1}\n    owner: me\n    due: 2026-09-${String(2 + (at % 27)).padStart(2, '0')}\n`).join('');
    // Written in an editor and saved, as a person would: the save is what the journal hears (a
    // file written behind VS Code's back is heard through the file watcher, on its own schedule).
    const create = new vscode.WorkspaceEdit();
    create.createFile(many, { ignoreIfExists: true });
    await vscode.workspace.applyEdit(create);
    const document = await vscode.workspace.openTextDocument(many);
    const writeAll = async (text: string) => {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(many, new vscode.Range(0, 0, document.lineCount, 0), text);
      await vscode.workspace.applyEdit(edit);
      await document.save();
    };
    await writeAll(`---\ndate: 2026-09-01\ntags: [management]\ndecisions:\n${items}---\n\nA long list.\n`);
    try {
      const snapshot = await waitFor(async () => (await reflectionApi()).decisionsTree(), (groups) => overdueCount(groups) === before + 51, 'the 51 decisions overdue');
      const overdue = snapshot.find((g) => g.group.startsWith('Overdue'))!;
      assert.equal(overdue.folded, true);
      assert.equal(overdue.items.length, before + 51, 'folded, its items are still there when opened');
      assert.ok(snapshot.filter((g) => g !== overdue).every((g) => !g.folded), JSON.stringify(snapshot.map((g) => [g.group, g.folded])));
    } finally {
      await writeAll('---\ndate: 2026-09-01\ntags: [management]\n---\n\nA short list after all.\n');
      await closeAllEditors();
      await vscode.workspace.fs.delete(many);
    }
    await waitFor(async () => overdueCount(await (await reflectionApi()).decisionsTree()), (count) => count === before, 'the long list gone');
  });
});
