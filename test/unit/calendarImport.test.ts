/**
 * Writing a calendar week into the week's entry (each event once, however often it is imported),
 * and the energy audit: marks in the log lines, hours by side × energy, and the draining
 * management work named as candidates to hand off.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CalendarReaderModule } from '../../src/calendarLoader';
import { Refusal } from '../../src/journal/base/refusal';
import { parseTimeLog, timeLogLine } from '../../src/journal/entries/timeLogLines';
import { EditRefused } from '../../src/journal/text/frontmatterEdit';
import { auditSummarySource, summarizeAudit } from '../../src/journal/timeAudit/audit';
import { importLogsEdit, notLoggedYet } from '../../src/journal/timeAudit/calendarImport';
import { delegationCandidates, minutesByEnergy } from '../../src/journal/timeAudit/energy';
import { CLI, REPO, day, entry } from './helpers';

const WEEK = '---\ntype: leadership-moments\ndate: 2026-10-30\nhours:\n  management: 1   # by hand\n  leadership: 0\n---\n# Week\n\n## Time log\n\n'
  + '- 2026-10-26 09:00 · 30 min · management/staffing · 1:1 Priya\n';

const logs = [
  { date: day('2026-10-26'), start: '09:00', minutes: 30, title: '1:1  Priya', tag: 'leadership' },
  { date: day('2026-10-27'), start: '15:00', minutes: 60, title: 'Hiring debrief', tag: 'leadership/direction', energy: '+' as const },
  { date: day('2026-10-29'), start: '10:00', minutes: 120, title: 'Planning', tag: 'management', energy: '-' as const },
  { date: day('2026-10-29'), start: '10:00', minutes: 120, title: 'Planning', tag: 'management' },
];

describe('importing a calendar week', () => {
  it('writes each event once, with its hours, keeping the rest of the file', () => {
    // The 1:1 is in the log already (another tag, blanks aside): not again; the second Planning is the first one again.
    assert.deepEqual(notLoggedYet(WEEK, logs).map((log) => log.title), ['Hiring debrief', 'Planning']);
    const once = importLogsEdit(logs)(WEEK);
    assert.equal(once, WEEK.replace('  management: 1   # by hand\n  leadership: 0\n', '  management: 3   # by hand\n  leadership: 1\n')
      + '- 2026-10-27 15:00 · 1 h · leadership/direction + · Hiring debrief\n- 2026-10-29 10:00 · 2 h · management - · Planning\n');
    assert.equal(importLogsEdit(logs)(once), once, 'a second import adds nothing');
    assert.equal(entry('2026/w.md', once).hours?.management, 3);
  });

  it('reads and writes energy marks in the log lines', () => {
    const line = timeLogLine({ date: day('2026-11-20'), time: '16:00', minutes: 60, tag: 'management/reporting', note: 'the status deck', energy: '-' });
    assert.equal(line, '- 2026-11-20 16:00 · 1 h · management/reporting - · the status deck');
    assert.deepEqual(parseTimeLog(`## Time log\n\n${line}\n- 2026-11-20 17:00 · 15 min · leadership + \n- 2026-11-20 18:00 · 15 min · leadership · +1 on the plan\n`).map((item) => [item.tag, item.energy, item.note]), [
      ['management/reporting', '-', 'the status deck'],
      ['leadership', '+', ''],
      ['leadership', undefined, '+1 on the plan'],
    ]);
  });

  it('sums the hours by side and energy, and names the draining management work gently', () => {
    const week = entry('2026/2026-W47-leadership-moments.md', '---\ndate: 2026-11-20\n---\n## Time log\n\n'
      + '- 2026-11-16 09:00 · 2 h · management/reporting - · the status deck\n'
      + '- 2026-11-17 09:00 · 1 h · management/reporting - · budget sheet\n'
      + '- 2026-11-17 11:00 · 1 h · management/reporting - · the status deck\n'
      + '- 2026-11-18 09:00 · 30 min · management/staffing - · interview loop\n'
      + '- 2026-11-18 10:00 · 1 h · management · planning\n'
      + '- 2026-11-19 09:00 · 90 min · leadership/direction + · Q1 bets\n'
      + '- 2026-11-19 14:00 · 1 h · leadership - · hard conversation\n');
    const items = week.timeLog;
    assert.deepEqual(minutesByEnergy(items), {
      management: { energising: 0, neutral: 60, draining: 270 },
      leadership: { energising: 90, neutral: 0, draining: 60 },
    });
    assert.deepEqual(delegationCandidates(items), [
      { tag: 'management/reporting', minutes: 240, notes: ['the status deck', 'budget sheet'] },
      { tag: 'management/staffing', minutes: 30, notes: ['interview loop'] },
    ]);
    const source = auditSummarySource(summarizeAudit([week], { from: day('2026-11-16'), to: day('2026-11-22') }), 0.4, day('2026-11-22'));
    assert.ok(source.includes('## How the hours felt\n\n| | energising (+) | neutral | draining (−) |\n| --- | ---: | ---: | ---: |\n'
      + '| management | 0 h | 1 h | 4.5 h |\n| leadership | 1.5 h | 0 h | 1 h |\n'), source);
    assert.ok(source.includes('- management/reporting, 4 h: the status deck; budget sheet\n- management/staffing, 0.5 h: interview loop\n'), source);
    // Without any mark, the section is not there.
    const plain = entry('2026/x.md', '---\ndate: 2026-11-20\n---\n## Time log\n\n- 2026-11-16 09:00 · 1 h · management · planning\n');
    assert.ok(!auditSummarySource(summarizeAudit([plain], { from: day('2026-11-16'), to: day('2026-11-22') }), 0.4, day('2026-11-22')).includes('How the hours felt'));
  });

  it('log --from-ics: a dry run prints section 11\'s JSON; the import writes once, with the workspace\'s rules', function () {
    // Several runs of the CLI, each its own process: more than mocha's 2 s on a busy machine.
    this.timeout(20_000);
    const workspace = mkdtempSync(join(tmpdir(), 'rj-ics-'));
    try {
      mkdirSync(join(workspace, '.vscode'));
      mkdirSync(join(workspace, 'journal'));
      writeFileSync(join(workspace, '.vscode', 'settings.json'), '{\n  // the rules, in order\n  "reflection.timeAudit.calendarRules": [{ "match": "^1:1", "tag": "management/staffing" }, { "match": "review", "tag": "leadership" }],\n  "reflection.calendar.me": "me@example.com"\n}\n');
      const ics = join(REPO, 'test', 'fixtures', 'calendars', 'week-2026-W44.ics');
      const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, 'log', '--from-ics', ics, '--week', '2026-W44', '--dir', join(workspace, 'journal'), ...args],
        { encoding: 'utf8', env: { ...process.env, TZ: 'Europe/Berlin' } });
      const dry = cli('--dry-run', '--json');
      assert.equal(dry.status, 0, dry.stderr);
      const proposed = JSON.parse(dry.stdout);
      assert.deepEqual(proposed.logs.map((l: { title: string; rule: string }) => [l.title, l.rule]),
        [['1:1 Priya', '^1:1'], ['Architecture review', 'review'], ['1:1 Priya (moved)', '^1:1']]);
      assert.deepEqual(proposed.skipped.map((s: { reason: string }) => s.reason), ['all-day', 'cancelled', 'declined']);
      const first = cli();
      assert.equal(first.status, 0, first.stderr);
      assert.match(first.stderr, /^logged 3 events \(1 h 30 min\) of 2026-W44; 11 matched no rule/m);
      const path = join(workspace, 'journal', '2026', '2026-W44-leadership-moments.md');
      const written = readFileSync(path, 'utf8');
      const again = cli();
      assert.match(again.stderr, /nothing new: all 3 classified events of 2026-W44 are in the log already/);
      assert.equal(readFileSync(path, 'utf8'), written);
      assert.deepEqual(entry('2026/2026-W44-leadership-moments.md', written).hours, { management: 1, leadership: 0.5 });
      assert.equal(cli('--week', 'soon').status, 2);
      // A log by hand carries its energy mark; an unknown mark is a usage error.
      const log = (...args: string[]) => spawnSync(process.execPath, [CLI, 'log', 'leadership', '30m', '--dir', join(workspace, 'journal'), '--date', '2026-10-28', ...args], { encoding: 'utf8' });
      assert.equal(log('--energy', '-', '--note', 'hard talk').status, 0);
      assert.match(readFileSync(path, 'utf8'), /^- 2026-10-28 \d{2}:\d{2} · 30 min · leadership - · hard talk$/m);
      assert.equal(log('--energy', 'x').status, 2);
      const broken = spawnSync(process.execPath, [CLI, 'log', '--from-ics', join(workspace, '.vscode', 'settings.json'), '--dir', join(workspace, 'journal')], { encoding: 'utf8' });
      assert.equal(broken.status, 1);
      assert.match(broken.stderr, /^reflection-journal: it is not a calendar \(iCalendar\) file/);
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });

  it('the calendar bundle loads apart, and its refusals are refusals to the bundle that loaded it', () => {
    // dist/calendar.js carries its own copy of Refusal: the extension and the CLI must still see a refusal, not a bug.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const reader = require(join(REPO, 'dist', 'calendar.js')) as CalendarReaderModule;
    const week = { start: day('2026-11-16'), end: day('2026-11-22'), label: '2026-W47' };
    assert.throws(() => reader.calendarWeek('{ "not": "a calendar" }', { week, zone: 'UTC', rules: [] }), (error: unknown) =>
      error instanceof Refusal && /not a calendar/.test((error as Error).message));
    assert.ok(!(new Error('x') instanceof Refusal), 'a plain error is not a refusal');
    assert.ok(new EditRefused('x') instanceof Refusal && !(new Refusal('x') instanceof EditRefused), 'a subclass still tests by its class');
    for (const bundle of ['extension.js', 'cli.js']) {
      assert.ok(!readFileSync(join(REPO, 'dist', bundle), 'utf8').includes('VCALENDAR'), `${bundle} leaves ical.js to dist/calendar.js`);
    }
  });
});
