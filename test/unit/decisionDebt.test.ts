import * as assert from 'node:assert/strict';
import { addDays, parseCalendarDate } from '../../src/journal/base/dates';
import { betReport } from '../../src/journal/decisions/bets';
import { debtHistory } from '../../src/journal/decisions/debtHistory';
import { decisionReport } from '../../src/journal/decisions/decisionReport';
import { type Entry, readEntry } from '../../src/journal/entries/entry';

const day = (text: string) => parseCalendarDate(text)!;
const entry = (path: string, text: string): Entry => {
  const reading = readEntry(path, text);
  assert.ok(reading.entry, JSON.stringify(reading.findings));
  return reading.entry;
};

const journal = [
  entry('2026/w45.md', `---
date: 2026-11-02
decisions:
  - decision: Freeze the mobile API
    owner: me
    due: 2026-11-10
  - decision: Hire a second SRE
    owner: Dana
    due: 2026-11-20
    status: made
    decided: 2026-11-15
  - decision: Pick a vendor
    status: open
---
`),
  entry('2026/w46.md', `---
date: 2026-11-09
decisions:
  - decision: Retire the old dashboard
    owner: Marco
    due: 2026-11-09
  - decision: Offsite agenda
    due: 2026-11-30
    status: dropped
bets:
  - bet: Pairing replaces code review for juniors
    revisit: 2026-11-21
  - bet: Weekly demo keeps product close
    revisit: 2026-11-01
    outcome: better
  - bet: Fewer meetings on Fridays
    revisit: 2026-12-01
---
`),
];

describe('decisions', () => {
  it('reads owners, due dates, status (missing means open) and where each item is', () => {
    const [first] = journal;
    assert.deepEqual(first.decisions.map((d) => [d.decision, d.owner, d.due, d.status, d.decided, d.line]), [
      // File lines: 1 is the opening ---, 3 is "decisions:".
      ['Freeze the mobile API', 'me', '2026-11-10', 'open', null, 4],
      ['Hire a second SRE', 'Dana', '2026-11-20', 'made', '2026-11-15', 7],
      ['Pick a vendor', null, null, 'open', null, 12],
    ]);
  });

  it('warns about malformed items and keeps the rest', () => {
    const reading = readEntry('x.md', '---\ndate: 2026-11-02\ndecisions:\n  - decision: Ok\n    due: next week\n    status: maybe\n  - owner: nobody\n  - just text\n---\n');
    assert.equal(reading.entry!.decisions.length, 1);
    assert.equal(reading.entry!.decisions[0].due, null);
    assert.equal(reading.entry!.decisions[0].status, 'open');
    assert.equal(reading.findings.length, 4);
    assert.ok(reading.findings.every((f) => f.severity === 'warning' && f.line === 3));
  });

  it('reports them as of a day: age, overdue days, counts over the whole journal, and the spec\'s order', () => {
    const report = decisionReport(journal, day('2026-11-21'));
    assert.equal(report.open, 3);
    assert.equal(report.overdue, 2);
    assert.deepEqual(report.decisions.map((d) => [d.decision, d.ageDays, d.overdueDays]), [
      ['Retire the old dashboard', 12, 12], // due Nov 9
      ['Freeze the mobile API', 19, 11], // due Nov 10
      ['Hire a second SRE', 19, 0], // made: never overdue; due Nov 20
      ['Offsite agenda', 12, 0], // due Nov 30
      ['Pick a vendor', 19, 0], // no due date: last
    ]);
  });

  it('is not overdue on its due day, and --open keeps only open ones while counting all', () => {
    const report = decisionReport(journal, day('2026-11-10'), { openOnly: true });
    assert.deepEqual(report.decisions.map((d) => [d.decision, d.overdueDays]),
      [['Retire the old dashboard', 1], ['Freeze the mobile API', 0], ['Pick a vendor', 0]]);
    assert.equal(report.open, 3);
    assert.equal(report.overdue, 1);
  });

  it('tracks decision debt at the end of each week', () => {
    // Nov 8 (end of W45): Freeze, Hire, Pick vendor open; none past due.
    // Nov 15 (W46): Freeze (due 10) and Retire (due 9) past due; Pick vendor open; Hire was decided
    //   on the 15th, so closed; Offsite was dropped with no date, so never counted.
    // Nov 21 (as of, in W47): the same.
    assert.deepEqual(debtHistory(journal, 'week', day('2026-11-21')).map((p) => [p.period, p.day, p.overdue, p.open]), [
      ['2026-W45', '2026-11-08', 0, 3],
      ['2026-W46', '2026-11-15', 2, 3],
      ['2026-W47', '2026-11-21', 2, 3],
    ]);
    assert.deepEqual(debtHistory([], 'week', day('2026-11-21')), []);
  });
});

describe('bets', () => {
  it('are due from their revisit day until they have an outcome', () => {
    assert.deepEqual(betReport(journal, day('2026-11-21')).map((b) => [b.bet, b.dueDays]), [
      ['Pairing replaces code review for juniors', 0],
      ['Weekly demo keeps product close', null],
      ['Fewer meetings on Fridays', null],
    ]);
    assert.equal(betReport(journal, day('2026-11-20'))[0].dueDays, null);
  });
});

describe('decision debt history, against its plain definition', () => {
  it('agrees with counting decision by decision for random journals', () => {
    let state = 7;
    const next = () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const dayIn = (from: string, span: number) => addDays(parseCalendarDate(from)!, Math.floor(next() * span));
    for (let round = 0; round < 30; round++) {
      const entries: Entry[] = [];
      for (let e = 0; e < 8; e++) {
        const date = dayIn('2026-09-01', 90);
        const items = Array.from({ length: 1 + Math.floor(next() * 3) }, (_, i) => {
          const status = ['open', 'made', 'dropped'][Math.floor(next() * 3)];
          const lines = [`  - decision: D${e}.${i}`, `    status: ${status}`];
          if (next() < 0.8) {
            lines.push(`    due: ${dayIn('2026-09-01', 100)}`);
          }
          if (status !== 'open' && next() < 0.7) {
            lines.push(`    decided: ${dayIn('2026-09-01', 110)}`);
          }
          return lines.join('\n');
        });
        entries.push(entry(`e${e}.md`, `---\ndate: ${date}\ndecisions:\n${items.join('\n')}\n---\n`));
      }
      const asOf = day('2026-12-20');
      for (const unit of ['week', 'month'] as const) {
        const expected = debtHistory(entries, unit, asOf).map((point) => {
          let open = 0;
          let overdue = 0;
          for (const item of entries) {
            for (const d of item.decisions) {
              const isOpen = item.date <= point.day && (d.status === 'open' || (d.decided !== null && d.decided > point.day));
              open += isOpen ? 1 : 0;
              overdue += isOpen && d.due && d.due < point.day ? 1 : 0;
            }
          }
          return { ...point, open, overdue };
        });
        assert.deepEqual(debtHistory(entries, unit, asOf), expected, `round ${round}, ${unit}`);
      }
    }
  });
});
