/**
 * The record of a period (PRODUCT.md section 8) against a journal worked out by hand, at the
 * edges of every definition. November 2026, as of 2026-12-10:
 * - e1 (Oct 20): decision A due Oct 25, made Nov 3 — overdue the day before November began
 *   (debt at the start 1), made in November. An open follow-up and a ticked one. Hours 3 / 1.
 * - e2 (Nov 5): B due Nov 20, open (overdue at the end); C made Dec 1, the day after the period
 *   (open at the end, not made in it); D dropped without a day (closed from the start: opened, but
 *   never dropped or open). Bet X placed. A `- [ ]` outside any follow-ups heading. Hours 6 / 2.
 *   Four "With:" answers: two with a group (any case), one with one person, one neither.
 * - e3 (Nov 20, after-action review): the lesson after a comment; an open follow-up. Tags: two
 *   management in the frontmatter and `#leadership` in the lesson: it adds 2/3 and 1/3, so with
 *   e2's one leadership tag November is management 2/3, leadership 4/3, share 2/3.
 * - e0 (Sep 1): bet Y due Nov 10, revisited by e3 (in November). e4 (Oct 5): bet Z due Nov 15,
 *   revisited by e5 (December: not revisited in November). e5 (Dec 2): a follow-up after the period
 *   (listed: follow-ups run to as-of). e6 (Dec 20): after as-of, left out entirely.
 */
import * as assert from 'node:assert/strict';
import { Taxonomy } from '../../src/journal/balance/taxonomy';
import { periodNamed, previousPeriod } from '../../src/journal/base/periods';
import { periodRecord } from '../../src/journal/reviews/periodRecord';
import { recordJson } from '../../src/journal/reviews/recordJson';
import { recordMarkdown } from '../../src/journal/reviews/recordMarkdown';
import { inlineTags } from '../../src/journal/entries/inlineTags';
import { bodySections } from '../../src/journal/entries/bodySections';
import { day, entry } from './helpers';

const journal = [
  entry('2026/e0.md', '---\ndate: 2026-09-01\nbets:\n  - bet: Y\n    revisit: 2026-11-10\n    outcome: better\n    revisited: 2026/e3.md\n---\n'),
  entry('2026/e4.md', '---\ndate: 2026-10-05\nbets:\n  - bet: Z\n    revisit: 2026-11-15\n    outcome: unclear\n    revisited: 2026/e5.md\n---\n'),
  entry('2026/e1.md', '---\ntype: after-action-review\ndate: 2026-10-20\nhours: { management: 3, leadership: 1 }\ndecisions:\n  - decision: A\n    due: 2026-10-25\n    status: made\n    decided: 2026-11-03\n---\n## What to change\n\nOctober lesson\n\n## Follow-ups\n\n- [ ] Old promise\n- [x] Done already\n'),
  entry('2026/e2.md', '---\ntype: leadership-moments\ndate: 2026-11-05\ntags: [leadership]\nhours: { management: 6, leadership: 2 }\ndecisions:\n  - decision: B\n    owner: me\n    due: 2026-11-20\n  - decision: C\n    status: made\n    decided: 2026-12-01\n  - decision: D\n    status: dropped\nbets:\n  - bet: X\n    revisit: 2026-12-15\n---\n- [ ] not a follow-up, no heading above it\n- With: a group\n- With: one person\n* with:A GROUP of leads\n- With: the board (neither)\n'),
  entry('2026/e3.md', '---\ntype: after-action-review\ndate: 2026-11-20\ntags: [management, planning]\n---\n# Review\n\n## What to do differently next time\n\n<!-- one line\nis enough -->\n\nShip smaller #leadership\n\n## Follow-ups\n\n- [ ] Write the runbook\n'),
  entry('2026/e5.md', '---\ntype: after-action-review\ndate: 2026-12-02\n---\n## Follow-ups\n\n- [ ] December thing\n'),
  entry('2026/e6.md', '---\ntype: leadership-moments\ndate: 2026-12-20\ntags: [leadership]\n---\n## Follow-ups\n\n- [ ] Not yet written on as-of\n'),
];

describe('the record of a period', () => {
  const record = periodRecord(journal, Taxonomy.default, 'month', day('2026-11-14'), day('2026-12-10'));

  it('holds exactly what section 8 defines, at the edges', () => {
    assert.deepEqual(JSON.parse(recordJson(record)), {
      unit: 'month', period: '2026-11', start: '2026-11-01', end: '2026-11-30', asOf: '2026-12-10',
      entries: 2, byType: { 'after-action-review': 1, 'leadership-moments': 1 },
      hours: { management: 6, leadership: 2, share: 0.25 },
      tags: { management: 2 / 3, leadership: 4 / 3, share: 2 / 3 },
      previous: { period: '2026-10', hoursShare: 0.25, tagsShare: null },
      decisions: { made: ['A'], dropped: [], opened: ['B', 'C', 'D'], openAtEnd: 2, overdueAtEnd: 1, debtAtStart: 1, debtAtEnd: 1 },
      bets: { placed: ['X'], due: ['Y', 'Z'], revisited: [{ bet: 'Y', outcome: 'better' }] },
      followUps: [
        { path: '2026/e1.md', text: 'Old promise', ageDays: 51 },
        { path: '2026/e3.md', text: 'Write the runbook', ageDays: 20 },
        { path: '2026/e5.md', text: 'December thing', ageDays: 8 },
      ],
      lessons: [{ path: '2026/e3.md', text: 'Ship smaller #leadership' }],
      people: { oneOnOnes: [], moments: { withGroup: 2, withOnePerson: 1 } },
    });
  });

  it('counts the debt and what is open on as-of while the period is not over', () => {
    const current = periodRecord(journal, Taxonomy.default, 'month', day('2026-11-14'), day('2026-11-18'));
    const json = JSON.parse(recordJson(current));
    assert.deepEqual(json.decisions, { made: ['A'], dropped: [], opened: ['B', 'C', 'D'], openAtEnd: 2, overdueAtEnd: 0, debtAtStart: 1, debtAtEnd: 0 });
    assert.equal(json.entries, 1, 'e3 is dated after as-of');
    assert.deepEqual(json.bets.revisited, [], 'the review that revisits Y does not exist yet');
  });

  it('takes a quarter across a year boundary, and an empty period before', () => {
    const q1 = periodNamed('2027-Q1', 'quarter')!;
    assert.deepEqual(previousPeriod(q1, 'quarter'), { label: '2026-Q4', start: '2026-10-01', end: '2026-12-31' });
    const json = JSON.parse(recordJson(periodRecord(journal, Taxonomy.default, 'quarter', q1.start, day('2027-01-05'))));
    assert.equal(json.period, '2027-Q1');
    assert.equal(json.entries, 0);
    assert.deepEqual(json.previous, { period: '2026-Q4', hoursShare: 0.25, tagsShare: 7 / 9 });
    const year = JSON.parse(recordJson(periodRecord(journal, Taxonomy.default, 'year', day('2026-06-01'), day('2027-01-05'))));
    assert.deepEqual([year.period, year.start, year.end, year.entries, year.previous.period, year.previous.hoursShare], ['2026', '2026-01-01', '2026-12-31', 7, '2025', null]);
  });

  it('reads period labels, and refuses what names no period', () => {
    assert.equal(periodNamed('2026-11', 'month')?.end, '2026-11-30');
    assert.equal(periodNamed('2026', 'year')?.start, '2026-01-01');
    assert.equal(periodNamed('2026-W53', 'week')?.start, '2026-12-28');
    for (const [label, unit] of [['2026-13', 'month'], ['2026-Q5', 'quarter'], ['2027-W53', 'week'], ['26', 'year'], ['2026-11', 'quarter']] as const) {
      assert.equal(periodNamed(label, unit), undefined, label);
    }
  });

  it('writes markdown whose copied text never counts again as a tag, a follow-up or a lesson', () => {
    const markdown = recordMarkdown(record, { linkFrom: '2026', target: 0.4 });
    assert.deepEqual(inlineTags(markdown), []);
    const again = bodySections(markdown, 1);
    assert.deepEqual([again.followUps, again.lesson], [[], undefined]);
    assert.match(markdown, /\[Ship smaller \\#leadership\]\(e3\.md\)/);
    assert.match(markdown, /- \[Write the runbook\]\(e3\.md\) \(20 days old\)/);
    assert.match(markdown, /- Decision debt \(overdue decisions\): 1 at the start, 1 at the end/);
    assert.match(markdown, /- Hours: management 6 h, leadership 2 h — leadership 25 % \(target 40 %; October 2026: 25 %\)/);
  });
});
