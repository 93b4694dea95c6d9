import * as assert from 'node:assert/strict';
import { debtHistory } from '../../src/journal/decisions/debtHistory';
import { decisionReport } from '../../src/journal/decisions/decisionReport';
import { readEntry } from '../../src/journal/entries/entry';
import { journal } from './decisionJournal';
import { day } from './helpers';

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
