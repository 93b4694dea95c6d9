import * as assert from 'node:assert/strict';
import { type PeriodBalance, balanceByPeriod, tagWeights } from '../../src/journal/balance/balance';
import { parseCalendarDate } from '../../src/journal/base/dates';
import { type Entry, readEntry } from '../../src/journal/entries/entry';
import { Taxonomy } from '../../src/journal/balance/taxonomy';

const read = (path: string, text: string): Entry => {
  const reading = readEntry(path, text);
  assert.ok(reading.entry, path);
  return reading.entry;
};

// A journal across the 2026/2027 boundary; every expected number below was worked out by hand.
const journal: Entry[] = [
  // 2026-W53, 2026-12: m=1 l=1 (tags 0.5 / 0.5), hours 3 / 1.
  read('a.md', '---\ndate: 2026-12-28\ntags: [leadership, planning]\nhours:\n  management: 3\n  leadership: 1\n---\n'),
  // 2026-W53 (a Sunday), 2027-01, the offset ignored: only #leadership/alignment counts -> l=1.
  read('b.md', '---\ndate: 2027-01-03T23:30:00-08:00\n---\n# Heading\n#leadership/alignment and `#planning` and <!-- #management --> #123\n```\n#management\n```\n'),
  // 2027-W01: an unknown tag counts for nothing; 2 hours of leadership.
  read('c.md', '---\ndate: 2027-01-04\ntags: [offsite]\nhours:\n  leadership: 2\n---\n'),
  // 2027-W03: m = management/hiring + controlling = 2; l = alignment + 2 inline = 3; hours ignored.
  read('d.md', '---\ndate: 2027-01-20\ntags: [management/hiring, controlling, alignment]\nhours: lots\n---\n#alignment and #alignment\n'),
  // 2027-W03: no tags, no hours: counted as an entry, not classified.
  read('e.md', '---\ndate: 2027-01-21\n---\nJust notes.\n'),
];

function close(actual: number | null, expected: number | null, label: string): void {
  if (expected === null || actual === null) {
    assert.equal(actual, expected, label);
  } else {
    assert.ok(Math.abs(actual - expected) < 1e-9, `${label}: ${actual} should be ${expected}`);
  }
}

type Expected = [string, string, string, number, number, [number, number, number | null], [number, number, number | null]];

function assertPeriods(actual: PeriodBalance[], expected: Expected[]): void {
  assert.deepEqual(actual.map((p) => [p.period, p.start, p.end, p.entries, p.classified]), expected.map((e) => e.slice(0, 5)));
  actual.forEach((period, i) => {
    const [, , , , , hours, tags] = expected[i];
    close(period.hours.management, hours[0], `${period.period} hours.management`);
    close(period.hours.leadership, hours[1], `${period.period} hours.leadership`);
    close(period.hours.share, hours[2], `${period.period} hours.share`);
    close(period.tags.management, tags[0], `${period.period} tags.management`);
    close(period.tags.leadership, tags[1], `${period.period} tags.leadership`);
    close(period.tags.share, tags[2], `${period.period} tags.share`);
  });
}

describe('the balance metric', () => {
  const taxonomy = Taxonomy.default;

  it('weighs an entry by distinct frontmatter tags plus inline occurrences', () => {
    assert.deepEqual(journal.map((entry) => tagWeights(entry, taxonomy)), [
      { management: 1, leadership: 1 }, { management: 0, leadership: 1 }, { management: 0, leadership: 0 },
      { management: 2, leadership: 3 }, { management: 0, leadership: 0 },
    ]);
  });

  it('splits ISO weeks across the year boundary, with week 53 and an empty week in the list', () => {
    assertPeriods(balanceByPeriod(journal, taxonomy, 'week'), [
      ['2026-W53', '2026-12-28', '2027-01-03', 2, 2, [3, 1, 0.25], [0.5, 1.5, 0.75]],
      ['2027-W01', '2027-01-04', '2027-01-10', 1, 1, [0, 2, 1], [0, 0, null]],
      ['2027-W02', '2027-01-11', '2027-01-17', 0, 0, [0, 0, null], [0, 0, null]],
      ['2027-W03', '2027-01-18', '2027-01-24', 2, 1, [0, 0, null], [0.4, 0.6, 0.6]],
    ]);
  });

  it('sums calendar months and quarters', () => {
    const january: Expected[number][] = [4, 3, [0, 2, 1], [0.4, 1.6, 0.8]];
    assertPeriods(balanceByPeriod(journal, taxonomy, 'month'), [
      ['2026-12', '2026-12-01', '2026-12-31', 1, 1, [3, 1, 0.25], [0.5, 0.5, 0.5]],
      ['2027-01', '2027-01-01', '2027-01-31', ...january] as Expected,
    ]);
    assertPeriods(balanceByPeriod(journal, taxonomy, 'quarter'), [
      ['2026-Q4', '2026-10-01', '2026-12-31', 1, 1, [3, 1, 0.25], [0.5, 0.5, 0.5]],
      ['2027-Q1', '2027-01-01', '2027-03-31', ...january] as Expected,
    ]);
  });

  it('clips to --from and --to, both days included', () => {
    const from = parseCalendarDate('2027-01-04')!;
    assert.deepEqual(balanceByPeriod(journal, taxonomy, 'week', { from }).map((p) => p.period), ['2027-W01', '2027-W02', '2027-W03']);
    assert.deepEqual(balanceByPeriod(journal, taxonomy, 'week', { to: from }).map((p) => [p.period, p.entries]), [['2026-W53', 2], ['2027-W01', 1]]);
    assert.deepEqual(balanceByPeriod(journal, taxonomy, 'month', { from: parseCalendarDate('2030-01-01') }), []);
  });

  it('uses the user\'s taxonomy', () => {
    const { taxonomy: custom } = Taxonomy.withOverrides({ offsite: 'leadership' });
    const week1 = balanceByPeriod(journal, custom, 'week')[1];
    assert.deepEqual([week1.tags.management, week1.tags.leadership, week1.tags.share], [0, 1, 1]);
  });

  it('has nothing to show for an empty journal', () => {
    assert.deepEqual(balanceByPeriod([], taxonomy, 'month'), []);
  });
});
