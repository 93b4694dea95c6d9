import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { BalanceState, ChartPoint } from '../../src/webview/protocol';
import { EXTENSION_ID, closeAllEditors, readText, reflectionApi, waitFor, workspaceRoot, write } from './helpers';

/** The sample journal's numbers by month, worked out by hand (test/fixtures). */
interface FixturePeriod { period: string; entries: number; hours: { management: number; leadership: number; share: number } }

const config = () => vscode.workspace.getConfiguration('reflection');

describe('the Balance view', () => {
  const journal = () => vscode.Uri.joinPath(workspaceRoot(), 'sample-journal');
  let fixture: FixturePeriod[];

  const state = async (): Promise<BalanceState | undefined> => (await reflectionApi()).balanceState();
  const point = (s: BalanceState | undefined, period: string): ChartPoint | undefined => s?.points.find((p) => p.period === period);
  const close = (a: number | null | undefined, b: number): boolean => a !== null && a !== undefined && Math.abs(a - b) < 1e-9;

  before(async () => {
    const repo = vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri;
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(repo, 'sample', 'journal'), journal(), { overwrite: true });
    fixture = JSON.parse(await readText(vscode.Uri.joinPath(repo, 'test', 'fixtures', 'sample-stats-by-month.json'))).periods;
    await config().update('journalDirectory', 'sample-journal', vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('reflection.showBalance');
  });

  after(async () => {
    await config().update('journalDirectory', undefined, vscode.ConfigurationTarget.Workspace);
    await config().update('taxonomy', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  it('shows the same monthly numbers as the ones worked out by hand for the sample journal', async () => {
    const shown = await waitFor(state, (s) => s?.entryCount === 17, 'the sample journal in the view');
    assert.deepEqual(shown!.settings, { unit: 'month', series: 'hours', range: 'recent' });
    assert.equal(shown!.problemCount, 0);
    for (const expected of fixture) {
      const actual = point(shown, expected.period);
      assert.ok(actual, `${expected.period} is drawn`);
      assert.equal(actual.entries, expected.entries, expected.period);
      assert.ok(close(actual.management, expected.hours.management), `${expected.period} management`);
      assert.ok(close(actual.leadership, expected.hours.leadership), `${expected.period} leadership`);
      assert.ok(close(actual.share, expected.hours.share), `${expected.period} share`);
    }
    assert.match(shown!.headline, /^Leadership 30 % of logged hours over the last 4 months/);
    assert.match(shown!.headline, /target 40 %$/);
  });

  it('updates when an entry is created, changed, renamed and deleted on disk', async () => {
    const note = vscode.Uri.joinPath(journal(), '2026', '2026-11-05-note.md');
    // No date in the frontmatter: the file name gives it, so a rename moves it to another month.
    await write(note, '---\nhours:\n  leadership: 16\n---\nA planning day.\n');
    await waitFor(state, (s) => close(point(s, '2026-11')?.leadership, 40), 'November with 16 more leadership hours');

    await write(note, '---\nhours:\n  management: 8\n  leadership: 0\n---\n');
    await waitFor(state, (s) => close(point(s, '2026-11')?.management, 48) && close(point(s, '2026-11')?.leadership, 24), 'the change');

    const renamed = vscode.Uri.joinPath(journal(), '2026', '2026-09-05-note.md');
    await vscode.workspace.fs.rename(note, renamed);
    await waitFor(state, (s) => close(point(s, '2026-11')?.management, 40) && close(point(s, '2026-09')?.management, 123), 'the rename');

    await vscode.workspace.fs.delete(renamed);
    await waitFor(state, (s) => close(point(s, '2026-09')?.management, 115) && s?.entryCount === 17, 'the delete');
  });

  it('moves a bar when an entry\'s hours are edited and saved in the editor', async () => {
    const uri = vscode.Uri.joinPath(journal(), '2026', '2026-W47-leadership-moments.md');
    const editor = await vscode.window.showTextDocument(uri);
    const line = editor.document.getText().split('\n').findIndex((text) => text.startsWith('  leadership: 13'));
    await editor.edit((edit) => edit.replace(new vscode.Range(line, 0, line, '  leadership: 13'.length), '  leadership: 33'));
    await editor.document.save();
    await waitFor(state, (s) => close(point(s, '2026-11')?.leadership, 44), 'November after the save');
  });

  it('lists a broken entry as a problem with a diagnostic on its line, and keeps the rest', async () => {
    const broken = vscode.Uri.joinPath(journal(), '2026', '2026-11-19-broken.md');
    await write(broken, '---\ndate: 2026-11-19\ntags: [leadership\n---\n');
    const shown = await waitFor(state, (s) => s?.problemCount === 1, 'one problem');
    assert.equal(shown!.entryCount, 17);
    const diagnostics = await waitFor(() => vscode.languages.getDiagnostics(broken), (list) => list.length > 0, 'a diagnostic');
    assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Error);
    assert.match(diagnostics[0].message, /not valid YAML.*left out of the balance/);
    await vscode.workspace.fs.delete(broken);
    await waitFor(state, (s) => s?.problemCount === 0, 'the problem gone');
    await waitFor(() => vscode.languages.getDiagnostics(broken), (list) => list.length === 0, 'the diagnostic gone');
  });

  it('exports the balance as JSON and CSV, the same report as the CLI', async () => {
    const json = vscode.Uri.joinPath(workspaceRoot(), 'balance.json');
    assert.equal((await vscode.commands.executeCommand<vscode.Uri>('reflection.exportBalance', { format: 'json', by: 'month', uri: json }))?.toString(), json.toString());
    const report = JSON.parse(await readText(json));
    assert.deepEqual(Object.keys(report), ['by', 'entries', 'problems', 'periods']);
    assert.equal(report.periods[0].period, '2026-08');
    assert.ok(close(report.periods[0].hours.share, fixture[0].hours.share));

    const csv = vscode.Uri.joinPath(workspaceRoot(), 'balance.csv');
    await vscode.commands.executeCommand('reflection.exportBalance', { format: 'csv', by: 'quarter', uri: csv });
    const rows = (await readText(csv)).trim().split('\n');
    assert.equal(rows[0].split(',')[0], 'period');
    assert.deepEqual(rows.slice(1).map((row) => row.split(',')[0]), ['2026-Q3', '2026-Q4']);
  });

  it('offers taxonomy tags after "tags:" in an entry', async () => {
    const uri = vscode.Uri.joinPath(journal(), '2026', '2026-11-20-draft.md');
    await write(uri, '---\ndate: 2026-11-20\ntags: [\n---\n');
    const document = await vscode.workspace.openTextDocument(uri);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(2, 7));
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    for (const tag of ['leadership', 'alignment', 'planning', 'controlling', 'leadership/']) {
      assert.ok(labels.includes(tag), `${tag} offered`);
    }
    const none = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(1, 2));
    assert.ok(!none.items.some((item) => item.label === 'planning'), 'not offered outside tags');
    assert.ok(document);
    await vscode.workspace.fs.delete(uri);
  });

  it('starts again from the saved index and still sees what changed while the journal was closed', async () => {
    const before = await waitFor(state, (s) => s?.entryCount === 17, 'the sample journal');
    // Closing the journal (another folder) saves its index.
    await config().update('journalDirectory', 'elsewhere', vscode.ConfigurationTarget.Workspace);
    await waitFor(state, (s) => s?.entryCount === 0, 'the other, empty folder');
    // A change nobody watches: the journal is closed.
    const moments = vscode.Uri.joinPath(journal(), '2026', '2026-W45-leadership-moments.md');
    const text = await readText(moments);
    await write(moments, text.replace('  leadership: 11', '  leadership: 31'));
    await config().update('journalDirectory', 'sample-journal', vscode.ConfigurationTarget.Workspace);
    const after = await waitFor(state, (s) => s?.entryCount === 17 && close(point(s, '2026-11')?.leadership, point(before, '2026-11')!.leadership + 20),
      'November with the 20 hours changed while closed');
    assert.equal(after!.problemCount, 0);
    assert.equal((await reflectionApi()).startedFromSavedIndex(), true, 'the journal came back from its saved index');
  });

  it('hints at unknown tags, and its quick fix adds the tag to the taxonomy and changes the numbers', async () => {
    const uri = vscode.Uri.joinPath(journal(), '2026', '2026-11-21-offsite.md');
    await write(uri, '---\ndate: 2026-11-21\ntags: [offsite]\n---\n');
    await vscode.workspace.openTextDocument(uri);
    const hints = await waitFor(() => vscode.languages.getDiagnostics(uri), (list) => list.some((d) => d.code === 'unknown-tag'), 'the unknown-tag hint');
    const hint = hints.find((d) => d.code === 'unknown-tag')!;
    assert.equal(hint.severity, vscode.DiagnosticSeverity.Information);
    assert.deepEqual([hint.range.start.line, hint.range.start.character, hint.range.end.character], [2, 7, 14]);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, hint.range);
    const fix = actions.find((action) => action.title.startsWith('Count "offsite" as leadership'));
    assert.ok(fix?.command, 'a quick fix to count it as leadership');
    const novemberTags = async (): Promise<{ leadership: number }> => {
      const out = vscode.Uri.joinPath(workspaceRoot(), 'tags.json');
      await (await reflectionApi()).settled();
      await vscode.commands.executeCommand('reflection.exportBalance', { format: 'json', by: 'month', uri: out });
      return JSON.parse(await readText(out)).periods.find((p: { period: string }) => p.period === '2026-11').tags;
    };
    const before = await waitFor(novemberTags, (tags) => tags !== undefined, 'the offsite entry in the index');
    await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    assert.deepEqual(config().get('taxonomy'), { offsite: 'leadership' });
    await waitFor(() => vscode.languages.getDiagnostics(uri), (list) => !list.some((d) => d.code === 'unknown-tag'), 'the hint gone');
    await waitFor(novemberTags, (tags) => tags.leadership === before.leadership + 1, 'one more leadership unit in November');
    await vscode.workspace.fs.delete(uri);
  });
});
