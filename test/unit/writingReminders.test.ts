import * as assert from 'node:assert/strict';
import { type Entry } from '../../src/journal/entries/entry';
import { writingReminders } from '../../src/journal/writing/writingReminders';
import { day, entry } from './helpers';

const withFrontmatter = (path: string, frontmatter: string, body = ''): Entry => entry(path, `---\n${frontmatter}\n---\n${body}`);

describe('writing reminders', () => {
  const moments = withFrontmatter('w.md', 'date: 2026-11-18\ntype: leadership-moments');
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
    const written = withFrontmatter('m.md', 'date: 2026-11-30\ntype: monthly-reflection');
    assert.deepEqual(writingReminders([written], day('2026-12-03'), 'sunday'), []);
  });
});
