/**
 * `reflection-journal review` on the sample journal: the November 2026 record as a golden file
 * (read through by hand once), and its numbers equal to what `stats` and `decisions` say.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, REPO } from './helpers';

const SAMPLE = join(REPO, 'sample', 'journal');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args, '--dir', SAMPLE], { encoding: 'utf8' });

describe('reflection-journal review', () => {
  it('prints the sample journal\'s November record as markdown, as in the golden file', () => {
    const result = run('review', '--as-of', '2026-11-30');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, readFileSync(join(REPO, 'test', 'fixtures', 'sample-record-2026-11.md'), 'utf8'));
  });

  it('gives the numbers stats and decisions give', () => {
    const record = JSON.parse(run('review', 'month', '--period', '2026-11', '--as-of', '2026-11-30', '--json').stdout);
    const stats = JSON.parse(run('stats', '--json').stdout).periods.find((p: { period: string }) => p.period === '2026-11');
    const decisions = JSON.parse(run('decisions', '--json', '--as-of', '2026-11-30').stdout);
    assert.deepEqual([record.hours, record.tags, record.entries], [stats.hours, stats.tags, stats.entries]);
    assert.deepEqual([record.decisions.openAtEnd, record.decisions.overdueAtEnd], [decisions.open, decisions.overdue]);
  });

  it('takes a quarter or a year, and refuses a period that is not one', () => {
    const quarter = JSON.parse(run('review', 'quarter', '--period', '2026-Q4', '--as-of', '2026-12-31', '--json').stdout);
    assert.deepEqual([quarter.period, quarter.start, quarter.end, quarter.previous.period], ['2026-Q4', '2026-10-01', '2026-12-31', '2026-Q3']);
    const year = JSON.parse(run('review', 'year', '--as-of', '2026-11-30', '--json').stdout);
    assert.equal(year.entries, 17);
    const wrong = run('review', 'quarter', '--period', '2026-11');
    assert.equal(wrong.status, 2);
    assert.equal(wrong.stderr, 'reflection-journal: --period 2026-11 is not a quarter; write it like 2026-Q4\n');
    assert.equal(run('review', 'week').status, 2);
  });
});
