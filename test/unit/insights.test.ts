import * as assert from 'node:assert/strict';
import { commitMessage } from '../../src/journal/writing/commitMessage';
import { parseCalendarDate } from '../../src/journal/base/dates';
import { type Entry, readEntry } from '../../src/journal/entries/entry';
import { insights } from '../../src/journal/balance/insights';
import { writingReminders } from '../../src/journal/writing/writingReminders';
import { Taxonomy } from '../../src/journal/balance/taxonomy';

const day = (text: string) => parseCalendarDate(text)!;
const entry = (path: string, frontmatter: string, body = ''): Entry => {
  const reading = readEntry(path, `---\n${frontmatter}\n---\n${body}`);
  assert.ok(reading.entry, JSON.stringify(reading.findings));
  return reading.entry;
};
const ids = (entries: Entry[], today: string, change: object = {}) =>
  insights(entries, Taxonomy.default, { unit: 'week', series: 'hours', target: 0.4, today: day(today), ...change }).map((i) => i.id);

const week = (date: string, management: number, leadership: number, tags = '[management]') =>
  entry(`${date}.md`, `date: ${date}\ntags: ${tags}\nhours:\n  management: ${management}\n  leadership: ${leadership}`);

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
    assert.ok(!ids([...quiet, entry('x.md', 'date: 2026-11-05\ntags: [alignment]')], '2026-11-21').includes('no-leadership'));
    assert.ok(!ids([week('2026-10-01', 8, 0)], '2026-11-21').includes('no-leadership'), 'no entries at all is a reminder, not an insight');
  });

  it('notices decision debt that grew in each of the last three periods', () => {
    const debt = (date: string, due: string) => entry(`${date}.md`, `date: ${date}\ndecisions:\n  - decision: Call ${date}\n    owner: me\n    due: ${due}`);
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
    const bet = entry('b.md', 'date: 2026-10-01\nbets:\n  - bet: Demo every Friday\n    revisit: 2026-11-07');
    assert.ok(ids([bet], '2026-11-21').includes('bets-unrevisited'));
    assert.ok(!ids([bet], '2026-11-20').includes('bets-unrevisited'), '13 days is still within the grace');
    const review = (date: string, open: number) => entry(`r-${date}.md`, `date: ${date}`, `## Follow-ups\n\n${'- [ ] something\n'.repeat(open)}- [x] done\n`);
    assert.ok(ids([review('2026-11-01', 3), review('2026-11-05', 2)], '2026-11-21').includes('follow-through'));
    assert.ok(!ids([review('2026-11-01', 3), review('2026-11-10', 2)], '2026-11-21').includes('follow-through'), 'the recent one does not count yet');
  });

  it('says nothing about an empty journal', () => {
    assert.deepEqual(ids([], '2026-11-21'), []);
  });
});

describe('writing reminders', () => {
  const moments = entry('w.md', 'date: 2026-11-18\ntype: leadership-moments');
  it('ask for this week\'s leadership moments from the chosen weekday', () => {
    assert.deepEqual(writingReminders([], day('2026-11-19'), 'friday'), []);
    assert.deepEqual(writingReminders([], day('2026-11-20'), 'friday').map((r) => [r.type, r.period]), [['leadership-moments', '2026-W47']]);
    assert.deepEqual(writingReminders([moments], day('2026-11-20'), 'friday'), []);
    assert.equal(writingReminders([], day('2026-11-16'), 'monday').length, 1);
  });

  it('ask for the monthly reflection in its last days and the first days after', () => {
    const types = (today: string) => writingReminders([moments], day(today), 'sunday')
      .filter((r) => r.type === 'monthly-reflection').map((r) => [r.type, r.period, r.date]);
    assert.deepEqual(types('2026-11-26'), []);
    assert.deepEqual(types('2026-11-27'), [['monthly-reflection', '2026-11', '2026-11-27']]);
    assert.deepEqual(types('2026-12-03'), [['monthly-reflection', '2026-11', '2026-11-30']]);
    assert.deepEqual(types('2026-12-06'), []);
    const written = entry('m.md', 'date: 2026-11-30\ntype: monthly-reflection');
    assert.deepEqual(writingReminders([written], day('2026-12-03'), 'sunday'), []);
  });
});

describe('commit messages', () => {
  const entries = new Map([
    ['2026/a.md', entry('2026/a.md', 'date: 2026-11-21\ntype: after-action-review')],
    ['2026/m.md', entry('2026/m.md', 'date: 2026-11-30\ntype: monthly-reflection')],
    ['2026/w.md', entry('2026/w.md', 'date: 2026-11-18\ntype: leadership-moments')],
  ]);
  const at = (path: string) => entries.get(path);
  it('name one entry by its type and period, several by their count and span', () => {
    assert.equal(commitMessage(['2026/a.md'], at), 'journal: after-action review 2026-11-21');
    assert.equal(commitMessage(['2026/m.md'], at), 'journal: monthly reflection 2026-11');
    assert.equal(commitMessage(['2026/w.md', '2026/a.md', '2026/gone.md'], at),
      'journal: 3 entries, 2026-11-18 to 2026-11-21\n\n- weekly leadership moments 2026-W47: 2026/w.md\n- after-action review 2026-11-21: 2026/a.md\n- removed or unreadable: 2026/gone.md');
  });
});
