/**
 * What a new week carries over: open follow-ups of every earlier entry, and the open decisions due
 * that week or already overdue — not later ones, not made ones, not what is written after today.
 */
import * as assert from 'node:assert/strict';
import { openFollowUps } from '../../src/journal/decisions/followUps';
import { carriedOverMarkdown } from '../../src/journal/reviews/carryOver';
import { inlineTags } from '../../src/journal/entries/inlineTags';
import { bodySections } from '../../src/journal/entries/bodySections';
import { day, entry } from './helpers';

const journal = [
  entry('2026/a.md', '---\ndate: 2026-11-02\ndecisions:\n  - decision: "Overdue #call"\n    owner: Priya\n    due: 2026-11-20\n  - decision: Made\n    due: 2026-11-01\n    status: made\n    decided: 2026-11-03\n---\n## Follow-ups\n\n- [ ] Send the notes\n- [x] Book the room\n'),
  entry('2026/b.md', '---\ndate: 2026-11-25\ndecisions:\n  - decision: This week\n    due: 2026-12-04\n  - decision: Next week\n    due: 2026-12-08\n  - decision: No date\n---\n'),
  entry('2026/c.md', '---\ndate: 2026-12-03\n---\n## Follow-ups\n\n- [ ] Written after today\n'),
];

describe('carry-over into a new week', () => {
  const markdown = carriedOverMarkdown(journal, day('2026-11-30'), day('2026-11-30'), '2026');

  it('lists open follow-ups, then open decisions due this week or overdue, each with a link', () => {
    assert.equal(markdown, [
      '## Carried over',
      '',
      '<!-- What earlier entries left open, as of 2026-11-30: tick it off or decide it where it lives. -->',
      '',
      '- Follow-up from 2026-11-02: [Send the notes](a.md)',
      '- Decision overdue since 2026-11-20 (10 days), Priya: [Overdue \\#call](a.md)',
      '- Decision due 2026-12-04: [This week](b.md)',
    ].join('\n'));
  });

  it('never counts again as a tag or a follow-up in the new entry', () => {
    assert.deepEqual(inlineTags(markdown), []);
    assert.deepEqual(bodySections(markdown, 1).followUps, []);
  });

  it('says so when nothing is open', () => {
    assert.match(carriedOverMarkdown([], day('2026-11-30'), day('2026-11-30'), ''), /Nothing open from earlier entries\.$/);
  });

  it('lists follow-ups oldest first, with their age, up to a day', () => {
    assert.deepEqual(openFollowUps(journal, day('2026-12-05')).map((row) => [row.path, row.text, row.line, row.ageDays]), [
      ['2026/a.md', 'Send the notes', 14, 33],
      ['2026/c.md', 'Written after today', 6, 2],
    ]);
  });
});
