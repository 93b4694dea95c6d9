import * as assert from 'node:assert/strict';
import { Taxonomy } from '../../src/journal/balance/taxonomy';
import { entriesInPeriod, shortHeadline, trends, type TrendsRequest } from '../../src/journal/balance/trends';
import { day, entry } from './helpers';

const journal = [
  entry('a.md', '---\ndate: 2026-01-10\nhours:\n  management: 30\n  leadership: 10\n---\n'),
  entry('b.md', '---\ndate: 2026-10-02\ntags: [leadership]\nhours:\n  management: 6\n  leadership: 2\n---\n# Offsite\n'),
  entry('c.md', '---\ndate: 2026-11-03\ntags: [planning]\nhours:\n  management: 3\n  leadership: 1\n---\n'),
];
const request = (change: Partial<TrendsRequest> = {}): TrendsRequest =>
  ({ unit: 'month', series: 'hours', range: 'recent', today: day('2026-12-15'), target: 0.4, ...change });

describe('the Balance panel\'s numbers', () => {
  it('runs up to the current period, even with nothing written in it', () => {
    const result = trends(journal, Taxonomy.default, request());
    assert.equal(result.points[result.points.length - 1].period, '2026-12');
    assert.equal(result.points[result.points.length - 1].share, null);
  });

  it('shows the recent periods and says how many earlier ones hold entries', () => {
    const recent = trends(journal, Taxonomy.default, request());
    assert.equal(recent.points.length, 12);
    assert.equal(recent.points[0].period, '2026-01');
    const weeks = trends(journal, Taxonomy.default, request({ unit: 'week' }));
    assert.equal(weeks.points.length, 12);
    // Today is in 2026-W51; the last 12 weeks start with W40 (Sep 28 – Oct 4), which holds b.md.
    assert.equal(weeks.hiddenPeriods, 1, 'only the January week is earlier than the last 12');
    assert.equal(trends(journal, Taxonomy.default, request({ unit: 'week', range: 'all' })).points.length, 50);
  });

  it('headlines the trailing four periods and the current one', () => {
    // Sep–Dec: hours 9 / 3 -> 25 %; December has nothing yet.
    assert.equal(trends(journal, Taxonomy.default, request()).headline,
      'Leadership 25 % of logged hours over the last 4 months (nothing yet this month) — target 40 %');
    assert.equal(trends(journal, Taxonomy.default, request({ today: day('2026-11-20') })).headline,
      'Leadership 25 % of logged hours over the last 4 months (this month 25 %) — target 40 %');
    // By tags: a.md has no tags; October 1 leadership unit, November 1 management unit -> 50 %.
    assert.equal(trends(journal, Taxonomy.default, request({ series: 'tags', unit: 'quarter', target: 0.5 })).headline,
      'Leadership 50 % of tagged entries over the last 4 quarters (this quarter 50 %) — target 50 %');
  });

  it('says so when nothing was logged recently, or nothing at all', () => {
    assert.equal(trends(journal, Taxonomy.default, request({ unit: 'week', today: day('2027-03-01') })).headline,
      'No logged hours in the last 4 weeks — target 40 %');
    assert.equal(trends([], Taxonomy.default, request()).headline, 'No entries yet — target 40 %');
    assert.deepEqual(trends([], Taxonomy.default, request()).points, []);
  });

  it('says the headline\'s share in a few words for the view\'s title bar', () => {
    assert.equal(shortHeadline(trends(journal, Taxonomy.default, request()), 0.4), '25 % leadership · target 40 %');
    assert.equal(shortHeadline(trends([], Taxonomy.default, request()), 0.4), 'target 40 %');
  });

  it('lists a period\'s entries with their own share in the series shown', () => {
    assert.deepEqual(entriesInPeriod(journal, Taxonomy.default, 'quarter', '2026-Q4', 'hours'), [
      { path: 'b.md', date: '2026-10-02', type: '', title: 'Offsite', share: 0.25 },
      { path: 'c.md', date: '2026-11-03', type: '', title: 'c', share: 0.25 },
    ]);
    assert.deepEqual(entriesInPeriod(journal, Taxonomy.default, 'quarter', '2026-Q4', 'tags').map((e) => e.share), [1, 0]);
    assert.deepEqual(entriesInPeriod(journal, Taxonomy.default, 'month', '2026-02', 'tags'), []);
  });
});
