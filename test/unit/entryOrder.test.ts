import * as assert from 'node:assert/strict';
import { neighbourOfSameType } from '../../src/journal/entries/entryOrder';
import { reviewsByPeriod } from '../../src/journal/reviews/reviewsByPeriod';
import { entry } from './helpers';

const journal = [
  entry('2026/2026-08-monthly-reflection.md', '---\ntype: monthly-reflection\ndate: 2026-08-31\n---\n'),
  entry('2026/2026-09-02-note.md', '---\ntype: note\ndate: 2026-09-02\n---\n'),
  entry('2026/2026-11-monthly-reflection.md', '---\ntype: monthly-reflection\ndate: 2026-11-30\n---\n'),
  entry('2026/2026-W48-leadership-moments.md', '---\ntype: leadership-moments\ndate: 2026-11-27\n---\n'),
].sort((a, b) => (a.date < b.date ? -1 : 1));

describe('moving between entries', () => {
  it('finds the previous and next entry of the same type, skipping gaps and other types', () => {
    const november = '2026/2026-11-monthly-reflection.md';
    assert.equal(neighbourOfSameType(journal, november, -1)?.path, '2026/2026-08-monthly-reflection.md');
    assert.equal(neighbourOfSameType(journal, november, 1), undefined);
    assert.equal(neighbourOfSameType(journal, '2026/2026-08-monthly-reflection.md', 1)?.path, november);
    assert.equal(neighbourOfSameType(journal, 'missing.md', 1), undefined);
  });

  it('knows each period\'s review, for the Balance panel\'s links', () => {
    assert.deepEqual([...reviewsByPeriod(journal, 'month')], [['2026-08', '2026/2026-08-monthly-reflection.md'], ['2026-11', '2026/2026-11-monthly-reflection.md']]);
    assert.deepEqual([...reviewsByPeriod(journal, 'week')], [['2026-W48', '2026/2026-W48-leadership-moments.md']]);
    assert.deepEqual([...reviewsByPeriod(journal, 'quarter')], []);
  });
});
