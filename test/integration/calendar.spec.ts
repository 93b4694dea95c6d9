/**
 * Import Calendar Week in VS Code, on a copy of the sample journal and sample/calendar-2026-W47.ics
 * (floating times: the same wall times on any machine), with the sample's rules: the confirming
 * pass accepted as proposed writes the 16 classified events into the week's entry in one edit; a
 * second import adds nothing; a file that is not a calendar writes nothing.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, acceptingPicks, readText, useSampleJournal } from './helpers';

const config = () => vscode.workspace.getConfiguration('reflection');
const run = <T = unknown>(command: string, ...args: unknown[]): Thenable<T> => vscode.commands.executeCommand<T>(command, ...args);
type Imported = { path: string; added: number; already: number } | undefined;

describe('importing a calendar week', () => {
  const entry = useSampleJournal('calendar-journal');
  const sample = () => vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'sample');

  before(async () => {
    const settings = JSON.parse((await readText(vscode.Uri.joinPath(sample(), '.vscode', 'settings.json'))).replace(/^\s*\/\/.*$/gm, ''));
    await config().update('timeAudit.calendarRules', settings['reflection.timeAudit.calendarRules'], vscode.ConfigurationTarget.Workspace);
    await config().update('calendar.me', settings['reflection.calendar.me'], vscode.ConfigurationTarget.Workspace);
  });

  after(async () => {
    await config().update('timeAudit.calendarRules', undefined, vscode.ConfigurationTarget.Workspace);
    await config().update('calendar.me', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('writes the week\'s classified events, as confirmed in one pass, into the week\'s entry', async () => {
    const week = entry('2026/2026-W47-leadership-moments.md');
    const before = await readText(week);
    const file = vscode.Uri.joinPath(sample(), 'calendar-2026-W47.ics').fsPath;
    const result = await acceptingPicks(run<Imported>('reflection.importCalendarWeek', { file, week: '2026-W47' }));
    assert.deepEqual(result, { path: '2026/2026-W47-leadership-moments.md', added: 16, already: 0 });
    const after = await readText(week);
    // Sample W47: management 19, leadership 13; the calendar: +5.25 management, +8 leadership.
    assert.ok(after.startsWith(before.split('\n---\n')[0].replace('  management: 19\n  leadership: 13', '  management: 24.25\n  leadership: 21')), after.slice(0, 300));
    assert.match(after, /\n## Time log\n\n- 2026-11-16 09:00 · 15 min · management\/controlling · Team standup\n/);
    assert.match(after, /- 2026-11-20 14:00 · 1 h 30 min · leadership\/direction · Roadmap alignment with product\n$/);
    assert.ok(!after.includes('Budget review') && !after.includes('Vendor sync') && !after.includes('Team retro'), 'skipped and unclassified events are not written');
  });

  it('adds nothing when the same week is imported again', async () => {
    const week = entry('2026/2026-W47-leadership-moments.md');
    const before = await readText(week);
    const file = vscode.Uri.joinPath(sample(), 'calendar-2026-W47.ics').fsPath;
    assert.deepEqual(await run<Imported>('reflection.importCalendarWeek', { file, week: '2026-W47', confirm: false }), { path: '2026/2026-W47-leadership-moments.md', added: 0, already: 16 });
    assert.equal(await readText(week), before);
  });

  it('refuses a file that is not a calendar, and writes nothing', async () => {
    const week = entry('2026/2026-W48-leadership-moments.md');
    const notCalendar = vscode.Uri.joinPath(sample(), '.vscode', 'settings.json').fsPath;
    assert.equal(await run<Imported>('reflection.importCalendarWeek', { file: notCalendar, week: '2026-W48', confirm: false }), undefined);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(week)), 'no entry was started for the week');
  });
});
