import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, REPO } from '../../scripts/paths';

interface Run { code: number | null; stdout: string; stderr: string }

/** Deep equality where numbers only need to agree to 1e-9 (hand-computed fractions). */
function assertCloseJson(actual: unknown, expected: unknown, path = '$'): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    assert.ok(Math.abs(actual - expected) < 1e-9, `${path}: ${actual} should be ${expected}`);
  } else if (expected && typeof expected === 'object') {
    assert.ok(actual && typeof actual === 'object', `${path} should be an object`);
    assert.deepEqual(Object.keys(actual as object).sort(), Object.keys(expected).sort(), `${path} keys`);
    for (const key of Object.keys(expected)) {
      assertCloseJson((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`);
    }
  } else {
    assert.equal(actual, expected, path);
  }
}

function cli(args: string[], cwd?: string): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the reflection-journal command', () => {
  let dir: string;

  before(() => {
    assert.ok(existsSync(CLI), `${CLI} is missing: run "npm run build" first`);
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rj-cli-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const write = (path: string, text: string): void => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };

  it('starts an entry from a template and prints its path', () => {
    const run = cli(['new', 'after-action-review', '--dir', dir, '--date', '2026-11-21', '--title', 'Checkout outage']);
    assert.equal(run.code, 0, run.stderr);
    const path = join(dir, '2026', '2026-11-21-after-action-review-checkout-outage.md');
    assert.equal(run.stdout, `${path}\n`);
    assert.match(readFileSync(path, 'utf8'), /^---\ntype: after-action-review\ndate: 2026-11-21\n/);
  });

  it('defaults --dir to the current directory, and a periodic entry is found again, not overwritten', () => {
    const first = cli(['new', 'leadership-moments', '--date', '2027-01-01'], dir);
    assert.equal(first.stdout, join('2026', '2026-W53-leadership-moments.md') + '\n');
    writeFileSync(join(dir, '2026', '2026-W53-leadership-moments.md'), 'my notes');
    const again = cli(['new', 'leadership-moments', '--date', '2026-12-28'], dir);
    assert.equal(again.code, 0);
    assert.equal(again.stdout, first.stdout);
    assert.match(again.stderr, /already exists/);
    assert.equal(readFileSync(join(dir, '2026', '2026-W53-leadership-moments.md'), 'utf8'), 'my notes');
  });

  it('uses a template from .templates', () => {
    write('.templates/one-on-one.md', '---\ntype: one-on-one\ndate: {{date}}\n---\n# 1:1 with {{title}}\n');
    const run = cli(['new', 'one-on-one', '--dir', dir, '--date', '2026-11-21', '--title', 'Priya']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(readFileSync(join(dir, '2026', '2026-11-21-one-on-one-priya.md'), 'utf8'), '---\ntype: one-on-one\ndate: 2026-11-21\n---\n# 1:1 with Priya\n');
  });

  it('rejects bad arguments with one line and exit status 2', () => {
    const cases: string[][] = [
      [], ['frobnicate'], ['new'], ['new', 'no-such-template', '--dir', dir], ['new', 'monthly-reflection', '--dir', dir, '--date', '2026-02-30'],
      ['new', 'after-action-review', '--dir', dir], ['check', '--dir', join(dir, 'missing')], ['check', '--bogus'], ['check', 'extra'],
    ];
    for (const args of cases) {
      const run = cli(args, dir);
      assert.equal(run.code, 2, args.join(' '));
      if (args.length > 0) {
        assert.equal(run.stderr.trim().split('\n').length, 1, `${args.join(' ')}: ${run.stderr}`);
        assert.match(run.stderr, /^reflection-journal: /);
      }
    }
  });

  it('check passes a clean journal', () => {
    write('2026/2026-11-21-note.md', '---\ndate: 2026-11-21\n---\nok');
    const run = cli(['check', '--dir', dir]);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /1 entry, 0 problems, 0 warnings/);
  });

  it('check lists problems and warnings as path:line: message, and exits 1 on problems', () => {
    write('2026/2026-11-01-broken.md', '---\ndate: 2026-11-01\ntags: [a, b\n---\n');
    write('2026/2026-11-02-hours.md', '---\ndate: 2026-11-02\nhours: lots\n---\n');
    write('notes/undated.md', 'no date here');
    write('.git/ignored.md', 'not read');
    write('node_modules/x/readme.md', 'not read');
    const run = cli(['check', '--dir', dir]);
    assert.equal(run.code, 1);
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.length, 3, run.stdout);
    assert.match(lines[0], /^2026\/2026-11-01-broken\.md:\d+: the frontmatter is not valid YAML/);
    assert.match(lines[1], /^2026\/2026-11-02-hours\.md:3: warning: hours must be/);
    assert.match(lines[2], /^notes\/undated\.md:1: no date/);

    const json = JSON.parse(cli(['check', '--dir', dir, '--json']).stdout);
    assert.equal(json.entries, 1);
    assert.equal(json.problems, 2);
    assert.equal(json.warnings, 1);
    assert.deepEqual(Object.keys(json.findings[0]), ['path', 'line', 'severity', 'message']);
  });

  /**
   * The sample journal by month, by hand (m/l = management/leadership tag units, hours m/l):
   * Aug  monthly [management] 96/24 -> m 1; W33 [leadership] + #leadership/alignment 22/8 -> l 1;
   *      review [management] + #management/controlling -> m 1.      hours 118/32, tags 2/1
   * Sep  W36 [leadership] + #leadership/direction + #management/staffing 25/7 -> m 1/3, l 2/3;
   *      1:1 [management/staffing] -> m 1; monthly [management, planning] 90/30 -> m 1.
   *                                                                 hours 115/37, tags 7/3 / 2/3
   * Oct  W40 20/12, review, W42 18/14, 1:1, monthly 70/42: all leadership.  hours 108/68, tags 0/5
   * Nov  W45 21/11 -> l 1; review [management, controlling] -> m 1; W47 19/13 -> l 1.
   *                                                                 hours 40/24, tags 1/2
   */
  it('stats --json on the sample journal gives the numbers worked out by hand', () => {
    const run = cli(['stats', '--dir', join(REPO, 'sample', 'journal'), '--json']);
    assert.equal(run.code, 0, run.stderr);
    const actual = JSON.parse(run.stdout);
    const expected = JSON.parse(readFileSync(join(REPO, 'test', 'fixtures', 'sample-stats-by-month.json'), 'utf8'));
    delete expected._how;
    assertCloseJson(actual, expected);
    assert.deepEqual(Object.keys(actual), ['by', 'entries', 'problems', 'periods']);
    assert.deepEqual(Object.keys(actual.periods[0]), ['period', 'start', 'end', 'entries', 'classified', 'hours', 'tags']);
    assert.deepEqual(Object.keys(actual.periods[0].hours), ['management', 'leadership', 'share']);
  });

  it('decisions --calibration --json on the sample journal gives the numbers worked out by hand', () => {
    const run = cli(['decisions', '--calibration', '--dir', join(REPO, 'sample', 'journal'), '--as-of', '2026-11-30', '--json']);
    assert.equal(run.code, 0, run.stderr);
    const expected = JSON.parse(readFileSync(join(REPO, 'test', 'fixtures', 'sample-calibration.json'), 'utf8'));
    delete expected._how;
    assertCloseJson(JSON.parse(run.stdout), expected);
    assert.deepEqual(Object.keys(JSON.parse(run.stdout)), ['asOf', 'reviewed', 'brier', 'buckets']);
  });

  it('people --json on the sample journal, worked out by hand; people prints a table', () => {
    // Marco: one-on-ones Oct 22 and Nov 5 (16 days before Nov 21); named in W36, the Aug 20 review,
    // the offsite's people, both one-on-ones and W47: 6 entries; his W47 decision is due Dec 5.
    // Priya: Sep 10, Oct 29, Nov 19 (all within 90 days); named in W40, the offsite, W47 too: 6;
    // the W47 reviewer decision was due Nov 20. Lena: no one-on-one; the vendor sign-off (due Nov 1).
    const run = cli(['people', '--dir', join(REPO, 'sample', 'journal'), '--as-of', '2026-11-21', '--json']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), {
      asOf: '2026-11-21',
      people: [
        { name: 'Marco', oneOnOnes: 2, lastOneOnOne: '2026-11-05', daysSince: 16, recentOneOnOnes: 2, openFollowUps: 1, openDecisions: 1, overdueDecisions: 0, entries: 6 },
        { name: 'Priya', oneOnOnes: 3, lastOneOnOne: '2026-11-19', daysSince: 2, recentOneOnOnes: 3, openFollowUps: 1, openDecisions: 1, overdueDecisions: 1, entries: 6 },
        { name: 'Lena', oneOnOnes: 0, lastOneOnOne: null, daysSince: null, recentOneOnOnes: 0, openFollowUps: 0, openDecisions: 1, overdueDecisions: 1, entries: 2 },
      ],
    });
    const table = cli(['people', '--dir', join(REPO, 'sample', 'journal'), '--as-of', '2026-11-21']).stdout;
    assert.match(table, /^Lena\s+never\s+–\s+0\s+0\s+1\s+1\s+2$/m);
    assert.match(table, /^3 people, as of 2026-11-21$/m);
    assert.equal(cli(['people', '--dir', join(REPO, 'sample', 'journal'), '--as-of', 'soon']).code, 2);
  });

  it('stats prints a table by default and CSV on request, by week or quarter, in a range', () => {
    write('2026/2026-12-28-a.md', '---\ndate: 2026-12-28\ntags: [leadership]\nhours:\n  management: 3\n  leadership: 1\n---\n');
    write('2027/2027-01-20-b.md', '---\ndate: 2027-01-20\ntags: [planning]\n---\n');
    write('broken.md', '---\ntags: [x\n---\n');
    const table = cli(['stats', '--dir', dir, '--by', 'week']);
    assert.equal(table.code, 0, table.stderr);
    const lines = table.stdout.split('\n');
    assert.match(lines[0], /^period\s+entries\s+hours\s+tags\s+leadership share \(target 40 %\)$/);
    assert.match(lines[1], /^2026-W53\s+1\s+25 %\s+100 %\s+█████·+\|·+$/);
    assert.match(lines[2], /^2027-W01\s+0\s+–\s+–\s+·+\|·+$/);
    assert.match(table.stdout, /^2027-W03\s+1\s+–\s+0 %.*\(tags\)$/m);
    assert.match(table.stdout, /2 entries, 1 could not be read/);

    const csv = cli(['stats', '--dir', dir, '--by', 'quarter', '--csv']).stdout.trim().split('\n');
    assert.deepEqual(csv, [
      'period,start,end,entries,classified,hours_management,hours_leadership,hours_share,tags_management,tags_leadership,tags_share',
      '2026-Q4,2026-10-01,2026-12-31,1,1,3,1,0.25,0,1,1',
      '2027-Q1,2027-01-01,2027-03-31,1,1,0,0,,1,0,0',
    ]);

    const json = JSON.parse(cli(['stats', '--dir', dir, '--from', '2027-01-01', '--json']).stdout);
    assert.deepEqual(json.periods.map((p: { period: string }) => p.period), ['2027-01']);
    assert.equal(json.entries, 2);
    assert.equal(json.problems, 1);
  });

  it('stats reads the taxonomy and target from the workspace settings', () => {
    write('.vscode/settings.json', '{\n  // comments are fine\n  "reflection.taxonomy": { "offsite": "leadership", "planning": "none", },\n  "reflection.targetLeadershipShare": 0.5,\n}\n');
    write('journal/2026/a.md', '---\ndate: 2026-11-02\ntags: [offsite, planning]\n---\n');
    const json = JSON.parse(cli(['stats', '--dir', join(dir, 'journal'), '--json']).stdout);
    assert.deepEqual(json.periods[0].tags, { management: 0, leadership: 1, share: 1 });
    assert.match(cli(['stats', '--dir', join(dir, 'journal')]).stdout, /target 50 %/);
  });

  it('stats rejects bad arguments with exit status 2', () => {
    for (const args of [['--by', 'day'], ['--from', '2026-13-01'], ['--json', '--csv'], ['--from', '2026-12-01', '--to', '2026-11-01']]) {
      const run = cli(['stats', '--dir', dir, ...args]);
      assert.equal(run.code, 2, args.join(' '));
      assert.equal(run.stderr.trim().split('\n').length, 1);
    }
  });

  it('decisions --json prints the report of PRODUCT.md, with --open and --as-of', () => {
    write('2026/2026-11-02-a.md', '---\ndate: 2026-11-02\ndecisions:\n  - decision: Freeze the API\n    owner: me\n    due: 2026-11-10\n  - decision: Hire\n    status: made\n---\n');
    write('2026/2026-11-09-b.md', '---\ndate: 2026-11-09\ndecisions:\n  - decision: Retire the dashboard\n    due: 2026-11-30\n---\n');
    const run = cli(['decisions', '--dir', dir, '--as-of', '2026-11-21', '--json']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), {
      asOf: '2026-11-21', open: 2, overdue: 1,
      decisions: [
        { path: '2026/2026-11-02-a.md', entryDate: '2026-11-02', decision: 'Freeze the API', owner: 'me', due: '2026-11-10', status: 'open', ageDays: 19, overdueDays: 11 },
        { path: '2026/2026-11-09-b.md', entryDate: '2026-11-09', decision: 'Retire the dashboard', owner: null, due: '2026-11-30', status: 'open', ageDays: 12, overdueDays: 0 },
        { path: '2026/2026-11-02-a.md', entryDate: '2026-11-02', decision: 'Hire', owner: null, due: null, status: 'made', ageDays: 19, overdueDays: 0 },
      ],
    });
    const open = JSON.parse(cli(['decisions', '--dir', dir, '--as-of', '2026-11-21', '--open', '--json']).stdout);
    assert.deepEqual(open.decisions.map((d: { decision: string }) => d.decision), ['Freeze the API', 'Retire the dashboard']);
    assert.equal(open.open, 2);
    const table = cli(['decisions', '--dir', dir, '--as-of', '2026-11-21']).stdout;
    assert.match(table, /^11 d overdue\s+me\s+Freeze the API\s+\(2026\/2026-11-02-a\.md\)$/m);
    assert.match(table, /2 open, 1 overdue, as of 2026-11-21/);
    assert.equal(cli(['decisions', '--dir', dir, '--as-of', 'tomorrow']).code, 2);
  });

  it('check reports a ---js entry as a problem and never runs it', () => {
    const marker = join(dir, 'marker-written-by-journal');
    write('2026/2026-11-21-hostile.md',
      `---js\n{ date: (require('fs').writeFileSync(${JSON.stringify(marker)}, 'pwned'), '2026-11-21') }\n---\n# hi\n`);
    const run = cli(['check', '--dir', dir]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^2026\/2026-11-21-hostile\.md:1: .*only YAML/m);
    assert.equal(existsSync(marker), false);
  });
});
