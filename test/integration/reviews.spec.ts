/**
 * Reviews that write their own record, carry-over, follow-ups and moving between entries, in
 * VS Code, on a copy of the sample journal seen on 2026-11-21 (REFLECTION_TODAY).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { periodRecord } from '../../src/journal/reviews/periodRecord';
import { recordJson } from '../../src/journal/reviews/recordJson';
import { Taxonomy } from '../../src/journal/balance/taxonomy';
import { JournalIndex } from '../../src/journal/entries/journalIndex';
import { type CalendarDate, parseCalendarDate } from '../../src/journal/base/dates';
import { WorkspaceJournalFiles } from '../../src/workspace/workspaceFiles';
import { acceptingPicks, readText, reflectionApi, useSampleJournal, waitFor, workspaceRoot } from './helpers';

const run = <T = unknown>(command: string, ...args: unknown[]): Thenable<T> => vscode.commands.executeCommand<T>(command, ...args);

describe('reviews, carry-over and moving between entries', () => {
  const entry = useSampleJournal('reviews-journal');
  const today = parseCalendarDate('2026-11-21') as CalendarDate;

  /** The record the CLI's `review --json` would print, from the same files. */
  async function expectedRecord(unit: 'month' | 'quarter', day: string) {
    const index = new JournalIndex(new WorkspaceJournalFiles(vscode.Uri.joinPath(workspaceRoot(), 'reviews-journal')));
    await index.build();
    return JSON.parse(recordJson(periodRecord(index.entries(), Taxonomy.default, unit, parseCalendarDate(day)!, today)));
  }

  it('opens the monthly reflection with a record whose numbers equal the stats and decisions', async () => {
    const expected = await expectedRecord('month', '2026-11-21');
    const uri = await run<vscode.Uri>('reflection.newMonthlyReflection', { date: '2026-11-21' });
    assert.ok(uri?.path.endsWith('/2026/2026-11-monthly-reflection.md'), uri?.path);
    const text = await readText(uri!);
    assert.match(text, /## The record of November 2026\n/);
    assert.match(text, /as of 2026-11-21 \(2026-11-01 to 2026-11-30\)/);
    const hours = expected.hours as { management: number; leadership: number; share: number };
    assert.ok(text.includes(`- Hours: management ${hours.management} h, leadership ${hours.leadership} h — leadership ${Math.round(hours.share * 100)} %`), text.slice(0, 1500));
    assert.ok(text.includes(`- Decision debt (overdue decisions): ${expected.decisions.debtAtStart} at the start, ${expected.decisions.debtAtEnd} at the end`));
    // The record comes before the questions, and the cursor sits on the first field after it.
    assert.ok(text.indexOf('## The record of') < text.indexOf('## Where the month went'));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri!.toString());
  });

  it('starts quarterly and yearly reviews from their record', async () => {
    const expected = await expectedRecord('quarter', '2026-11-21');
    const quarter = await run<vscode.Uri>('reflection.newQuarterlyReview', { date: '2026-11-21' });
    assert.ok(quarter?.path.endsWith('/2026/2026-Q4-quarterly-review.md'), quarter?.path);
    const text = await readText(quarter!);
    assert.match(text, /^type: quarterly-review$/m);
    assert.match(text, /## The record of Q4 2026\n/);
    assert.ok(text.includes(`${expected.entries} entries:`), 'the quarter\'s entries');
    const year = await run<vscode.Uri>('reflection.newYearlyReview', { date: '2026-11-21' });
    assert.ok(year?.path.endsWith('/2026/2026-yearly-review.md'), year?.path);
    assert.match(await readText(year!), /## The record of 2026\n/);
  });

  it('carries open follow-ups and decisions due into a new week', async () => {
    const uri = await run<vscode.Uri>('reflection.newLeadershipMoments', { date: '2026-11-25' });
    assert.ok(uri?.path.endsWith('/2026/2026-W48-leadership-moments.md'), uri?.path);
    const text = await readText(uri!);
    assert.match(text, /## Carried over\n/);
    assert.match(text, /- Follow-up from 2026-11-12: \[Add regional defaults to the rollout checklist \(owner: Priya, due: 2026-11-19\)\]\(2026-11-12-after-action-review-checkout-latency-incident\.md\)/);
    assert.match(text, /- Decision overdue since 2026-11-20 \(1 day\), Priya: \[Second reviewer required on flag changes\]\(2026-W47-leadership-moments\.md\)/);
  });

  it('ticks a follow-up done from the Decisions view, changing only that line', async () => {
    const api = await reflectionApi();
    const groups = await waitFor(() => api.decisionsTree(), (g) => g.some((group) => group.group === 'Follow-ups (5)'), 'five open follow-ups');
    assert.equal(groups.find((group) => group.group === 'Follow-ups (5)')!.items[0].contextValue, 'followUp');
    const path = '2026/2026-11-12-after-action-review-checkout-latency-incident.md';
    const before = await readText(entry(path));
    const line = before.split('\n').findIndex((text) => text.includes('- [ ] Add regional defaults')) + 1;
    assert.equal(await run('reflection.markFollowUpDone', { path, line, text: 'Add regional defaults to the rollout checklist (owner: Priya, due: 2026-11-19)' }), true);
    assert.equal(await readText(entry(path)), before.replace('- [ ] Add regional defaults', '- [x] Add regional defaults'));
    await waitFor(() => api.decisionsTree(), (g) => g.some((group) => group.group === 'Follow-ups (4)'), 'one follow-up less');
    assert.equal(await run('reflection.markFollowUpDone', { path, line, text: 'Add regional defaults to the rollout checklist (owner: Priya, due: 2026-11-19)' }), undefined,
      'the same one again is refused: the line holds no open follow-up now');
  });

  it('moves to the previous and next entry of the same type, and opens any entry by period', async () => {
    await vscode.window.showTextDocument(entry('2026/2026-10-monthly-reflection.md'));
    const previous = await run<vscode.Uri>('reflection.previousEntry');
    assert.ok(previous?.path.endsWith('/2026/2026-09-monthly-reflection.md'), previous?.path);
    const next = await run<vscode.Uri>('reflection.nextEntry');
    assert.ok(next?.path.endsWith('/2026/2026-10-monthly-reflection.md'), next?.path);
    await vscode.window.showTextDocument(entry('2026/2026-W40-leadership-moments.md'));
    const week = await run<vscode.Uri>('reflection.nextEntry');
    assert.ok(week?.path.endsWith('/2026/2026-W42-leadership-moments.md'), `skips the missing W41: ${week?.path}`);
    const opened = await acceptingPicks(run<vscode.Uri>('reflection.openEntry'));
    assert.ok(opened?.path.endsWith('/2026/2026-W48-leadership-moments.md'), `newest first: ${opened?.path}`);
  });

  it('links each month of the Balance panel to its review', async () => {
    const api = await reflectionApi();
    await run('reflection.showBalance');
    const state = await waitFor(async () => api.balanceState(), (s) => !!s?.points.some((p) => p.period === '2026-11' && p.review), 'November\'s review in the panel');
    assert.equal(state!.points.find((p) => p.period === '2026-11')!.review, '2026/2026-11-monthly-reflection.md');
    assert.equal(state!.points.find((p) => p.period === '2026-08')!.review, '2026/2026-08-monthly-reflection.md');
  });
});
