/**
 * People in VS Code, on a copy of the sample journal (2026-11-21): New One-on-One with and without
 * arguments and what it carries over, the People view, the one-on-one nudge and its cadence
 * setting, and name completion in the frontmatter.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { acceptingPicks, closeAllEditors, readText, reflectionApi, selectedText, useSampleJournal, waitFor } from './helpers';

const config = () => vscode.workspace.getConfiguration('reflection');
const run = <T = unknown>(command: string, ...args: unknown[]): Thenable<T> => vscode.commands.executeCommand<T>(command, ...args);

describe('people and one-on-ones', () => {
  const entry = useSampleJournal('people-journal');

  after(() => config().update('people.cadenceDays', undefined, vscode.ConfigurationTarget.Workspace));

  it('lists people longest since their last one-on-one first, with what is open with them', async () => {
    const api = await reflectionApi();
    const people = await waitFor(() => api.peopleTree(), (p) => p.length === 3, 'three people in the People view');
    assert.deepEqual(people.map((p) => [p.label, p.description, p.contextValue]), [
      ['Marco', '1:1 16 d ago · 2 in 90 d', 'person.overdue'],
      ['Priya', '1:1 2 d ago · 3 in 90 d · 1 overdue decision', 'person'],
      ['Lena', 'no 1:1 yet · 1 overdue decision', 'person'],
    ]);
    assert.deepEqual(people[0].children, ['Pair Marco with Lena on the adapter vendor call (owner: me, due: 2026-11-12)', 'Retry library moves to the payments repository']);
    assert.deepEqual(people[2].children, ['Finance signs off the adapter vendor']);
  });

  it('starts a one-on-one from arguments, in the journal\'s spelling, with what is still open from last time', async () => {
    const uri = await run<vscode.Uri>('reflection.newOneOnOne', { person: ' priya ', date: '2026-11-21' });
    assert.equal(uri?.toString(), entry('2026/2026-11-21-one-on-one-priya.md').toString());
    const text = await readText(uri!);
    assert.match(text, /^type: one-on-one\ndate: 2026-11-21\nperson: Priya\n/m);
    assert.match(text, /^# One-on-one with Priya$/m);
    // Only the last one-on-one's open follow-up (Nov 19), and the decision she owns.
    assert.ok(text.includes('## Still open from last time\n\n<!-- As of 2026-11-21: tick these off or decide them where they live; this list is a snapshot. -->\n\n'
      + '- Follow-up from 2026-11-19: [Ask finance about a conference budget for Priya (owner: me, due: 2026-11-27)](2026-11-19-one-on-one-priya.md)\n'
      + '- A decision Priya owns, overdue since 2026-11-20 (1 day): [Second reviewer required on flag changes](2026-W47-leadership-moments.md)\n'), text);
    assert.equal(selectedText(), 'management/directing', 'the snippet starts at the tag');
    const api = await reflectionApi();
    await waitFor(() => api.peopleTree(), (p) => p[1]?.description.startsWith('1:1 today'), 'Priya met today');
  });

  it('without arguments, asks who it is with, the people seen most recently first', async () => {
    await closeAllEditors();
    // Accepting the first offered name: someone named on the latest day (Priya, just now).
    const uri = await acceptingPicks(run<vscode.Uri>('reflection.newOneOnOne'));
    assert.ok(uri?.path.endsWith('/2026/2026-11-21-one-on-one-priya-2.md'), uri?.path);
    assert.match(await readText(uri!), /^person: Priya$/m);
    assert.equal(await run('reflection.newOneOnOne', { person: '   ', date: '2026-11-21' }), undefined, 'a blank name is refused');
  });

  it('nudges quietly for an overdue one-on-one, as often as the cadence setting says', async () => {
    const api = await reflectionApi();
    assert.match((await api.nudgeText())!, / {2}\$\(person\) 1$/);
    await config().update('people.cadenceDays', 20, vscode.ConfigurationTarget.Workspace);
    await waitFor(async () => api.nudgeText(), (text) => !text?.includes('$(person)'), 'no one overdue at 20 days');
    const people = await api.peopleTree();
    assert.equal(people.find((p) => p.label === 'Marco')?.contextValue, 'person');
  });

  it('completes names after person:, in people: and after owner:', async () => {
    const document = await vscode.workspace.openTextDocument(entry('2026/2026-W47-leadership-moments.md'));
    await vscode.window.showTextDocument(document);
    const ownerLine = document.getText().split('\n').findIndex((line) => line.startsWith('    owner: Marco'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(ownerLine, 11));
    const labels = list.items.filter((item) => item.kind === vscode.CompletionItemKind.User).map((item) => String(item.label));
    assert.deepEqual(labels.slice(0, 4), ['me', 'Priya', 'Marco', 'Lena']);
    const tagLine = document.getText().split('\n').findIndex((line) => line.startsWith('tags:'));
    const onTags = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(tagLine, 7));
    assert.ok(!onTags.items.some((item) => item.kind === vscode.CompletionItemKind.User), 'no names in tags');
  });
});
