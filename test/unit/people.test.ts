/**
 * People (PRODUCT.md section 10) against a journal worked out by hand, as of 2026-11-21:
 * - a (Aug 1), b (Oct 1), c (Nov 10): one-on-ones with Priya, spelled "Priya", "  priya " and
 *   "PRIYA"; one open follow-up each (b also a ticked one). Recent (the 90 days up to Nov 21 start
 *   on Aug 24): b and c. Last: c, 11 days before.
 * - d (Nov 12, leadership moments): people [Marco, priya]; decisions owned by Priya (open, due Nov
 *   20: overdue on the 21st), Marco (open, due Dec 1), me (not a person) and Lena (made).
 * - f (Nov 1): one-on-one with Marco (20 days). e (Jun 1): one with Sam, 173 days before, and Sam is
 *   named nowhere since (not seen in 90 days: no nudge). h (Nov 15): a one-on-one with "me",
 *   ignored. i (Nov 20): people "Dana, marco" (Dana: never met one-on-one). g (Dec 1): after as-of.
 * Priya: 3 one-on-ones, 2 recent, 3 open follow-ups, 1 open decision (1 overdue), 4 entries (a, b,
 * c, d: d names her twice and counts once). Marco: 1, 1, 0, 1 (0 overdue), 3 entries (d, f, i).
 */
import * as assert from 'node:assert/strict';
import { isMe, nameKey, readPeople } from '../../src/journal/entries/personNames';
import { nameFieldAt } from '../../src/journal/text/frontmatterTags';
import { readEntry } from '../../src/journal/entries/entry';
import { knownNames, oneOnOnesOverdue, peopleJson, peopleReport, spelledAsKnown } from '../../src/journal/people/peopleReport';
import { periodPeople } from '../../src/journal/people/periodPeople';
import { stillOpen, stillOpenMarkdown } from '../../src/journal/people/stillOpen';
import { day, entry } from './helpers';

const oneOnOne = (path: string, date: string, person: string, body = '') => entry(path, `---\ntype: one-on-one\ndate: ${date}\nperson: ${person}\n---\n${body}`);

const journal = [
  oneOnOne('2026/e.md', '2026-06-01', 'Sam'),
  oneOnOne('2026/a.md', '2026-08-01', 'Priya', '## Follow-ups\n\n- [ ] Old thing\n'),
  oneOnOne('2026/b.md', '2026-10-01', '"  priya "', '## Follow-ups\n\n- [ ] Send the packet\n- [x] Done\n'),
  oneOnOne('2026/f.md', '2026-11-01', 'Marco'),
  oneOnOne('2026/c.md', '2026-11-10', 'PRIYA', '## Follow-ups\n\n- [ ] Book the training\n'),
  entry('2026/d.md', '---\ntype: leadership-moments\ndate: 2026-11-12\npeople: [Marco, priya]\ndecisions:\n'
    + '  - decision: Review the ladder\n    owner: Priya\n    due: 2026-11-20\n  - decision: Split the on-call\n    owner: marco\n    due: 2026-12-01\n'
    + '  - decision: Mine\n    owner: me\n    due: 2026-11-01\n  - decision: Vendor\n    owner: Lena\n    status: made\n---\n'),
  oneOnOne('2026/h.md', '2026-11-15', 'Me'),
  entry('2026/i.md', '---\ndate: 2026-11-20\npeople: Dana, marco\n---\n'),
  oneOnOne('2026/g.md', '2026-12-01', 'Priya'),
];
const asOf = day('2026-11-21');

describe('people', () => {
  it('matches names whatever their case and blanks, and never counts "me"', () => {
    assert.equal(nameKey('  Priya   Shah '), 'priya shah');
    assert.equal(nameKey('PRIYA\tSHAH'), 'priya shah');
    assert.ok(isMe(' ME ') && !isMe('Mei'));
    const warnings: string[] = [];
    assert.deepEqual(readPeople('Priya, marco , PRIYA,,', (_key, message) => warnings.push(message)), ['Priya', 'marco']);
    assert.deepEqual(readPeople(['Ana  Lee', 7, { a: 1 }, null, 'x'.repeat(81)], (_key, message) => warnings.push(message)), ['Ana Lee', '7']);
    assert.equal(warnings.length, 2);
    const reading = readEntry('2026/x.md', '---\ndate: 2026-11-02\nperson: [Priya]\npeople: {a: 1}\n---\n');
    assert.deepEqual(reading.findings.map((f) => [f.line, f.message]), [
      [3, 'person: a list is not a name; it was ignored'],
      [4, 'people: a mapping is not a name; it was ignored'],
    ]);
    assert.equal(reading.entry?.person, undefined);
  });

  it('knows where a name is being written in the frontmatter', () => {
    const text = '---\ntype: one-on-one\nperson: Pri\npeople: [Marco, \ndecisions:\n  - decision: X\n    owner: \n  - owner: Lena\npeople:\nowner: top-level\n---\nperson: body\n';
    const at = (line: number, character: number) => nameFieldAt(text, line, character);
    assert.equal(at(2, 8), 'person');
    assert.equal(at(2, 3), undefined, 'on the key itself');
    assert.equal(at(3, 15), 'people');
    assert.equal(at(6, 11), 'owner');
    assert.equal(at(7, 11), 'owner', 'an item whose first key is owner');
    assert.equal(at(9, 7), undefined, 'owner is a decision\'s, not the entry\'s');
    assert.equal(at(11, 8), undefined, 'the body is not frontmatter');
    const block = '---\npeople:\n  - Priya\n  - \n---\n';
    assert.equal(nameFieldAt(block, 2, 6), 'people');
    assert.equal(nameFieldAt(block, 3, 4), 'people');
  });

  it('counts and orders people exactly as section 10 says', () => {
    assert.deepEqual(JSON.parse(peopleJson(peopleReport(journal, asOf))), {
      asOf: '2026-11-21',
      people: [
        { name: 'Sam', oneOnOnes: 1, lastOneOnOne: '2026-06-01', daysSince: 173, recentOneOnOnes: 0, openFollowUps: 0, openDecisions: 0, overdueDecisions: 0, entries: 1 },
        { name: 'Marco', oneOnOnes: 1, lastOneOnOne: '2026-11-01', daysSince: 20, recentOneOnOnes: 1, openFollowUps: 0, openDecisions: 1, overdueDecisions: 0, entries: 3 },
        { name: 'Priya', oneOnOnes: 3, lastOneOnOne: '2026-11-10', daysSince: 11, recentOneOnOnes: 2, openFollowUps: 3, openDecisions: 1, overdueDecisions: 1, entries: 4 },
        { name: 'Dana', oneOnOnes: 0, lastOneOnOne: null, daysSince: null, recentOneOnOnes: 0, openFollowUps: 0, openDecisions: 0, overdueDecisions: 0, entries: 1 },
        { name: 'Lena', oneOnOnes: 0, lastOneOnOne: null, daysSince: null, recentOneOnOnes: 0, openFollowUps: 0, openDecisions: 0, overdueDecisions: 0, entries: 1 },
      ],
    });
    // The 90 days run from Aug 24: a one-on-one on Aug 23 is not recent, one on Aug 24 is.
    assert.equal(peopleReport([oneOnOne('x.md', '2026-08-23', 'Kim')], asOf).people[0].recentOneOnOnes, 0);
    assert.equal(peopleReport([oneOnOne('x.md', '2026-08-24', 'Kim')], asOf).people[0].recentOneOnOnes, 1);
    assert.deepEqual(peopleReport([], asOf).people, []);
  });

  it('nudges for a one-on-one older than the cadence, only for people seen in the last 90 days', () => {
    const report = peopleReport(journal, asOf);
    assert.deepEqual(oneOnOnesOverdue(report, 14).map((row) => row.name), ['Marco']);
    assert.deepEqual(oneOnOnesOverdue(report, 10).map((row) => row.name), ['Marco', 'Priya']);
    assert.deepEqual(oneOnOnesOverdue(report, 20).map((row) => row.name), []);
    assert.deepEqual(knownNames(report), ['Dana', 'Marco', 'Lena', 'Priya', 'Sam']);
    // A name typed or passed takes the journal's first spelling (an owner counts: Lena).
    assert.deepEqual([' priya ', 'LENA', 'new   person'].map((name) => spelledAsKnown(journal, name)), ['Priya', 'Lena', 'new person']);
  });

  it('carries only the last one-on-one\'s open follow-ups, and the decisions the person owns', () => {
    const open = stillOpen(journal, 'priya', day('2026-11-21'), asOf);
    assert.equal(open.last?.path, '2026/c.md');
    assert.deepEqual(open.followUps.map((f) => f.text), ['Book the training']);
    assert.deepEqual(open.decisions.map((d) => d.decision.decision), ['Review the ladder']);
    assert.equal(stillOpenMarkdown(open, 'Priya', asOf, '2026'), [
      '## Still open from last time',
      '',
      '<!-- As of 2026-11-21: tick these off or decide them where they live; this list is a snapshot. -->',
      '',
      '- Follow-up from 2026-11-10: [Book the training](c.md)',
      '- A decision Priya owns, overdue since 2026-11-20 (1 day): [Review the ladder](d.md)',
    ].join('\n'));
    // Written again for c itself (same day, its own path): the one before it is b.
    assert.deepEqual(stillOpen(journal, 'Priya', day('2026-11-10'), asOf, '2026/c.md').followUps.map((f) => f.text), ['Send the packet']);
    const first = stillOpen(journal, 'Dana', asOf, asOf);
    assert.equal(first.last, undefined);
    assert.match(stillOpenMarkdown(first, 'Dana', asOf, '2026'), /- This is the first one-on-one with Dana in the journal\.$/);
    assert.match(stillOpenMarkdown(stillOpen(journal, 'Marco', asOf, asOf), 'Marco', asOf, '2026'),
      /- Nothing left open from \[the one-on-one of 2026-11-01\]\(f\.md\)\.\n- A decision Marco owns, due 2026-12-01: \[Split the on-call\]\(d\.md\)$/);
  });

  it('counts a period\'s one-on-ones per person, most first', () => {
    const november = journal.filter((e) => e.date >= '2026-11-01' && e.date <= '2026-11-30');
    assert.deepEqual(periodPeople(november).oneOnOnes, [
      { name: 'Marco', count: 1, lastPath: '2026/f.md' },
      { name: 'PRIYA', count: 1, lastPath: '2026/c.md' },
    ]);
    assert.deepEqual(periodPeople(journal).oneOnOnes.map((o) => [o.name, o.count]), [['Priya', 4], ['Marco', 1], ['Sam', 1]]);
  });
});
