import * as assert from 'node:assert/strict';
import { type Entry } from '../../src/journal/entries/entry';
import { insights } from '../../src/journal/balance/insights';
import { Taxonomy } from '../../src/journal/balance/taxonomy';
import { day, entry } from './helpers';

const withFrontmatter = (path: string, frontmatter: string, body = ''): Entry => entry(path, `---\n${frontmatter}\n---\n${body}`);
const ids = (entries: Entry[], today: string, change: object = {}) =>
  insights(entries, Taxonomy.default, { unit: 'week', series: 'hours', target: 0.4, today: day(today), ...change }).map((i) => i.id);

const week = (date: string, management: number, leadership: number, tags = '[management]') =>
  withFrontmatter(`${date}.md`, `date: ${date}\ntags: ${tags}\nhours:\n  management: ${management}\n  leadership: ${leadership}`);

describe('insights', () => {
  it('notices leadership under target for three periods in a row, not two, and skips empty periods', () => {
    const three = [week('2026-11-02', 8, 2), week('2026-11-09', 7, 3), week('2026-11-16', 9, 1, '[leadership]')];
    const found = insights(three, Taxonomy.default, { unit: 'week', series: 'hours', target: 0.4, today: day('2026-11-21') });
    assert.equal(found[0].id, 'under-target');
    assert.match(found[0].text, /under your 40 % target for 3 weeks in a row \(20 %, 30 %, 10 %, by hours\)/);
    assert.equal(found[0].period, '2026-W47');
    assert.equal(found[0].paths.length, 3);
    assert.ok(!ids(three.slice(1), '2026-11-21').includes('under-target'), 'two weeks are not a pattern');
    assert.ok(!ids([...three, week('2026-11-23', 5, 5)], '2026-11-28').includes('under-target'), 'a week on target breaks it');
    const gap = [week('2026-10-19', 8, 2), week('2026-11-09', 7, 3), week('2026-11-16', 9, 1)];
    assert.ok(ids(gap, '2026-11-21').includes('under-target'), 'weeks with nothing logged neither break nor count');
  });

  it('asks about three weeks with entries but no leadership recorded', () => {
    const quiet = [week('2026-11-04', 8, 0), week('2026-11-12', 7, 0), week('2026-11-20', 9, 0)];
    assert.ok(ids(quiet, '2026-11-21').includes('no-leadership'));
    assert.ok(!ids([...quiet, withFrontmatter('x.md', 'date: 2026-11-05\ntags: [alignment]')], '2026-11-21').includes('no-leadership'));
    assert.ok(!ids([week('2026-10-01', 8, 0)], '2026-11-21').includes('no-leadership'), 'no entries at all is a reminder, not an insight');
  });

  it('notices decision debt that grew in each of the last three periods', () => {
    const debt = (date: string, due: string) => withFrontmatter(`${date}.md`, `date: ${date}\ndecisions:\n  - decision: Call ${date}\n    owner: me\n    due: ${due}`);
    const growing = [debt('2026-10-26', '2026-10-27'), debt('2026-11-02', '2026-11-03'), debt('2026-11-03', '2026-11-04'), debt('2026-11-09', '2026-11-10')];
    // Overdue at the end of W44: 1, W45: 3, W46: 4 — and W47 (as of Nov 21): still 4, so not growing.
    assert.ok(!ids(growing, '2026-11-21').includes('debt-growing'));
    const still = [...growing, debt('2026-11-16', '2026-11-17')];
    const found = insights(still, Taxonomy.default, { unit: 'week', series: 'hours', target: 0.4, today: day('2026-11-21') })
      .find((i) => i.id === 'debt-growing');
    assert.ok(found);
    assert.match(found.text, /grew for 3 weeks in a row: 1 → 3 → 4 → 5\. The oldest is "Call 2026-10-26" \(me\), 25 days past due/);
  });

  it('points at bets two weeks past their revisit date, and piles of open follow-ups', () => {
    const bet = withFrontmatter('b.md', 'date: 2026-10-01\nbets:\n  - bet: Demo every Friday\n    revisit: 2026-11-07');
    assert.ok(ids([bet], '2026-11-21').includes('bets-unrevisited'));
    assert.ok(!ids([bet], '2026-11-20').includes('bets-unrevisited'), '13 days is still within the grace');
    const review = (date: string, open: number) => withFrontmatter(`r-${date}.md`, `date: ${date}`, `## Follow-ups\n\n${'- [ ] something\n'.repeat(open)}- [x] done\n`);
    assert.ok(ids([review('2026-11-01', 3), review('2026-11-05', 2)], '2026-11-21').includes('follow-through'));
    assert.ok(!ids([review('2026-11-01', 3), review('2026-11-10', 2)], '2026-11-21').includes('follow-through'), 'the recent one does not count yet');
  });

  it('says nothing about an empty journal', () => {
    assert.deepEqual(ids([], '2026-11-21'), []);
  });
});
