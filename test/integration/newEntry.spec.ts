import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { currentDay } from '../../src/workspace/clock';
import { entryPathFor } from '../../src/journal/writing/entryNames';
import { acceptingPicks, closeAllEditors, journalUri, readText, selectedText, workspaceRoot } from './helpers';

const run = <T = vscode.Uri | undefined>(command: string, args?: object): Thenable<T> =>
  vscode.commands.executeCommand<T>(command, args);

const nextField = (): Thenable<unknown> => vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');

describe('New After-Action Review', () => {
  afterEach(closeAllEditors);

  it('writes the review, opens it, and puts the cursor on the first prompt', async () => {
    const uri = await run('reflection.newAfterActionReview', { date: '2026-11-21', title: 'Checkout outage' });
    const expected = journalUri('2026', '2026-11-21-after-action-review-checkout-outage.md');
    assert.equal(uri?.toString(), expected.toString());
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), expected.toString());
    assert.equal(editor.document.isDirty, false);
    assert.equal(editor.document.getText(), await readText(expected));
    assert.match(editor.document.getText(), /^---\ntype: after-action-review\ndate: 2026-11-21\ntags: \[management\]\n/);
    assert.equal(selectedText(), 'the goal, the plan, what we expected');
  });

  it('moves through the prompts with Tab, and offers management or leadership as a choice', async () => {
    await run('reflection.newAfterActionReview', { date: '2026-11-22', title: 'Tab walk' });
    const seen = [selectedText()];
    for (let i = 0; i < 5; i++) {
      await nextField();
      seen.push(selectedText());
    }
    assert.deepEqual(seen, [
      'the goal, the plan, what we expected',
      'what a neutral observer would have seen',
      'causes, not culprits: what we knew, assumed or missed',
      '', '',
      'management',
    ]);
  });

  it('never overwrites: the same event on the same day gets -2', async () => {
    const first = await run('reflection.newAfterActionReview', { date: '2026-11-23', title: 'Retro' });
    await vscode.workspace.fs.writeFile(first!, new TextEncoder().encode('my own words'));
    const second = await run('reflection.newAfterActionReview', { date: '2026-11-23', title: 'Retro' });
    assert.equal(second?.path.endsWith('/2026-11-23-after-action-review-retro-2.md'), true, second?.path);
    assert.equal(await readText(first!), 'my own words');
  });

  it('refuses a date that is not a day, and writes nothing', async () => {
    const before = await vscode.workspace.fs.readDirectory(journalUri('2026'));
    const uri = await run('reflection.newAfterActionReview', { date: '2026-02-30', title: 'Nope' });
    assert.equal(uri, undefined);
    assert.deepEqual(await vscode.workspace.fs.readDirectory(journalUri('2026')), before);
  });
});

describe('New Monthly Reflection', () => {
  afterEach(closeAllEditors);

  it('starts on the month\'s hours, then the tags choice', async () => {
    const uri = await run('reflection.newMonthlyReflection', { date: '2026-09-15' });
    assert.equal(uri?.toString(), journalUri('2026', '2026-09-monthly-reflection.md').toString());
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.selection.start.line, 5, 'cursor on hours.management');
    assert.equal(selectedText(), '0');
    await nextField();
    assert.equal(editor.selection.start.line, 6, 'then hours.leadership');
    await nextField();
    assert.equal(selectedText(), 'leadership');
    assert.equal(editor.selection.start.line, 3, 'then the tags');
  });

  it('opens the existing reflection of the month instead of writing another', async () => {
    const existing = journalUri('2026', '2026-10-monthly-reflection.md');
    const before = await readText(existing);
    const uri = await run('reflection.newMonthlyReflection', { date: '2026-10-02' });
    assert.equal(uri?.toString(), existing.toString());
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), existing.toString());
    assert.equal(await readText(existing), before);
  });

  it('without arguments, asks which month and writes this month\'s reflection', async () => {
    const today = currentDay();
    const expected = vscode.Uri.joinPath(journalUri(), ...entryPathFor('monthly-reflection', today).split('/'));
    const uri = await acceptingPicks(run('reflection.newMonthlyReflection'));
    assert.equal(uri?.toString(), expected.toString());
    assert.match(await readText(expected), new RegExp(`^date: ${today}$`, 'm'));
  });
});

describe('New Weekly Leadership Moments', () => {
  afterEach(closeAllEditors);

  it('names the file by ISO week-year and week, also in week 53', async () => {
    const uri = await run('reflection.newLeadershipMoments', { date: '2027-01-01' });
    assert.equal(uri?.toString(), journalUri('2026', '2026-W53-leadership-moments.md').toString());
    assert.match(await readText(uri!), /^# Leadership moments, 2026-W53 \(2026-12-28 to 2027-01-03\)$/m);
  });

  it('without arguments, writes this week\'s entry, and finds it again the second time', async () => {
    const today = currentDay();
    const expected = vscode.Uri.joinPath(journalUri(), ...entryPathFor('leadership-moments', today).split('/'));
    const first = await acceptingPicks(run('reflection.newLeadershipMoments'));
    assert.equal(first?.toString(), expected.toString());
    const edited = `${await readText(expected)}\nA moment I added.\n`;
    await vscode.workspace.fs.writeFile(expected, new TextEncoder().encode(edited));
    const second = await acceptingPicks(run('reflection.newLeadershipMoments'));
    assert.equal(second?.toString(), expected.toString());
    assert.equal(await readText(expected), edited);
  });
});

describe('New Entry from Template…', () => {
  afterEach(closeAllEditors);

  it('uses a template of the user\'s from journal/.templates', async () => {
    const uri = await run('reflection.newEntryFromTemplate', { type: 'one-on-one', date: '2026-11-20', title: 'Priya' });
    assert.equal(uri?.toString(), journalUri('2026', '2026-11-20-one-on-one-priya.md').toString());
    assert.equal(selectedText(), 'management/staffing');
    assert.match(await readText(uri!), /^# 1:1 with Priya$/m);
  });

  it('without arguments, lists the templates and starts the chosen one', async () => {
    // The first template listed is the monthly reflection; the first period is this month.
    const uri = await acceptingPicks(run('reflection.newEntryFromTemplate'));
    assert.ok(uri?.path.endsWith(`/${entryPathFor('monthly-reflection', currentDay())}`), uri?.path);
  });
});

describe('Choose Journal Folder…', () => {
  const config = () => vscode.workspace.getConfiguration('reflection');

  after(async () => {
    await config().update('journalDirectory', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('keeps a folder inside the opened one as a relative path in the workspace settings', async () => {
    const folder = vscode.Uri.joinPath(workspaceRoot(), 'notes', 'mine');
    assert.equal(await vscode.commands.executeCommand('reflection.chooseJournalFolder', { folder: folder.toString() }), 'notes/mine');
    assert.equal(config().inspect('journalDirectory')?.workspaceValue, 'notes/mine');
    const uri = await run('reflection.newMonthlyReflection', { date: '2026-11-21' });
    assert.equal(uri?.toString(), vscode.Uri.joinPath(folder, '2026', '2026-11-monthly-reflection.md').toString());
  });
});
