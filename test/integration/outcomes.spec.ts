/**
 * Decisions and bets that teach, in VS Code, on a copy of the sample journal (2026-11-21): the
 * forecast recorded with a decision or a bet, Review Outcome changing only its lines of a
 * hand-formatted file, the look-backs in the Decisions view and the status bar, and the Decision
 * Record panel's numbers.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { readText, reflectionApi, useSampleJournal, waitFor, write } from './helpers';

const run = <T = unknown>(command: string, ...args: unknown[]): Thenable<T> => vscode.commands.executeCommand<T>(command, ...args);

const HAND_WRITTEN = `---
type: after-action-review
date: 2026-11-02
tags: [management]
decisions:
    # the big one
    -   decision: Split the payments team   # after the offsite
        owner: me
        status: made
        decided: 2026-11-03
        expect: "Two teams ship weekly by December"   # the bar
        confidence: 0.8
        review: 2026-11-20

    - decision: Another call
      status: open
---
# Split review
`;

describe('decisions and bets that teach', () => {
  const entry = useSampleJournal('outcomes-journal');

  before(() => write(entry('2026/2026-11-02-after-action-review-split.md'), HAND_WRITTEN));

  it('records a decision with what you expect and how sure you are, and one without', async () => {
    const path = '2026/2026-11-12-after-action-review-checkout-latency-incident.md';
    const before = await readText(entry(path));
    await run('reflection.recordDecision', { decision: 'Flag changes need a second reviewer', owner: 'Priya', due: '', expect: 'No flag incident in December', confidence: '0.8', path });
    await run('reflection.recordDecision', { decision: 'Keep the checklist short', owner: 'me', due: '', path });
    assert.equal(await readText(entry(path)), before.replace('tags: [management, controlling]\n---', 'tags: [management, controlling]\ndecisions:\n'
      + '  - decision: Flag changes need a second reviewer\n    owner: Priya\n    expect: No flag incident in December\n    confidence: 80%\n'
      + '  - decision: Keep the checklist short\n    owner: me\n---'));
    assert.equal(await run('reflection.recordDecision', { decision: 'Half a forecast', owner: 'me', due: '', expect: 'Something', path }), undefined, 'an expectation without a confidence is refused');
  });

  it('records a bet with its day to look back and its forecast', async () => {
    const path = '2026/2026-W47-leadership-moments.md';
    const before = await readText(entry(path));
    await run('reflection.recordBet', { bet: 'Marco runs the retro without me', revisit: '2026-12-18', expect: 'The team names two changes', confidence: 60, path });
    assert.equal(await readText(entry(path)), before.replace('    due: 2026-11-20\n---', '    due: 2026-11-20\nbets:\n'
      + '  - bet: Marco runs the retro without me\n    revisit: 2026-12-18\n    expect: The team names two changes\n    confidence: 60%\n---'));
  });

  it('shows what waits for a look back in the Decisions view and the status bar', async () => {
    const api = await reflectionApi();
    const tree = await waitFor(() => api.decisionsTree(), (t) => t.some((g) => g.group.startsWith('Due for a look back')), 'the look-backs group');
    const group = tree.find((g) => g.group.startsWith('Due for a look back'))!;
    assert.deepEqual(group.items.map((i) => [i.label, i.contextValue]), [['Split the payments team', 'decision.review']]);
    // The W42 bet (due since 2026-11-13) and the split decision (review day 2026-11-20).
    assert.match((await api.nudgeText())!, /\$\(bell-dot\) 2 {2}\$\(person\) 1$/);
  });

  it('writes what happened into a hand-formatted item, changing only those lines', async () => {
    const path = '2026/2026-11-02-after-action-review-split.md';
    assert.equal(await run('reflection.reviewOutcome', { kind: 'decision', path, index: 0, happened: 'partly', note: 'One team ships weekly; the other every two weeks' }), true);
    assert.equal(await readText(entry(path)), HAND_WRITTEN.replace('        review: 2026-11-20\n', '        review: 2026-11-20\n'
      + '        happened: partly\n        reviewed: 2026-11-21\n        learned: One team ships weekly; the other every two weeks\n'));
    assert.equal(await run('reflection.reviewOutcome', { kind: 'decision', path, index: 0, happened: 'yes' }), undefined, 'looked back at already');
  });

  it('reviews a bet: what happened and its outcome', async () => {
    const path = '2026/2026-W42-leadership-moments.md';
    const before = await readText(entry(path));
    assert.equal(await run('reflection.reviewOutcome', { kind: 'bet', path, index: 0, happened: 'no', note: '', outcome: 'worse' }), true);
    const after = await readText(entry(path));
    assert.equal(after, before.replace('    confidence: 70%\n', '    confidence: 70%\n    happened: "no"\n    reviewed: 2026-11-21\n    outcome: worse\n'));
  });

  it('shows the calibration and the decision debt in the Decision Record panel', async () => {
    const api = await reflectionApi();
    await run('reflection.showDecisionRecord');
    // The sample's 13 reviewed forecasts, the split decision (80 %, partly) and the W42 bet (70 %, no).
    const state = await waitFor(async () => api.decisionRecordState(), (s) => s?.reviewed === 15, 'the record with fifteen reviewed forecasts');
    assert.deepEqual(state!.buckets.map((b) => [b.from, b.count]), [[0.5, 1], [0.6, 2], [0.7, 3], [0.8, 4], [0.9, 5]]);
    assert.match(state!.words[state!.words.length - 1], /^Brier score 0\.\d+: 0 is perfect/);
    assert.equal(state!.debtUnit, 'week');
    assert.equal(state!.debt[state!.debt.length - 1].period, '2026-W47');
    assert.equal(state!.debt[state!.debt.length - 1].overdue, 2, 'the finance sign-off and the second reviewer (due on the 20th, so overdue on the 21st)');
  });
});
