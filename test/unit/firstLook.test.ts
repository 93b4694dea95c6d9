import * as assert from 'node:assert/strict';
import { Taxonomy } from '../../src/journal/balance/taxonomy';
import { trailingStart, trends } from '../../src/journal/balance/trends';
import type { CalendarDate } from '../../src/journal/base/dates';
import type { Entry } from '../../src/journal/entries/entry';
import { lastDayNamed, recentFirst } from '../../src/journal/entries/firstLook';
import { JournalIndex } from '../../src/journal/entries/journalIndex';
import { MemoryJournalFiles } from './memoryFiles';

const day = (text: string): CalendarDate => text as CalendarDate;
const note = (date: string, side: string): string => `---\ndate: ${date}\ntags: [${side}]\n---\nbody\n`;

describe('the first look at a journal read from scratch', () => {
  it('dates a file by the start of its name: a day, or a month\'s last day', () => {
    assert.equal(lastDayNamed('2026/2026-11-21-after-action-review-launch.md'), '2026-11-21');
    assert.equal(lastDayNamed('2026/2026-11-monthly-reflection.md'), '2026-11-31');
    assert.equal(lastDayNamed('2026-02-leadership.md'), '2026-02-31');
    assert.equal(lastDayNamed('2026/notes.md'), undefined);
    assert.equal(lastDayNamed('2026/x2026-11-21.md'), undefined);
    assert.equal(lastDayNamed('2026/2026_11_21.md'), undefined);
    // The folder's name does not date the file.
    assert.equal(lastDayNamed('2026-11-21/notes.md'), undefined);
    assert.equal(lastDayNamed(''), undefined);
  });

  it('reads the files named from a day on first, keeping the order of each part', () => {
    const paths = ['2025/2025-12-31-a.md', '2026/2026-01-01-b.md', 'notes.md', '2026/2026-01-monthly-reflection.md', '2025/2025-12-monthly-reflection.md'];
    assert.deepEqual(recentFirst(paths, [0, 1, 2, 3, 4], day('2026-01-01')), [[1, 3], [0, 2, 4]]);
    assert.deepEqual(recentFirst(paths, [4, 2, 0], day('2025-12-15')), [[4, 0], [2]]);
    assert.deepEqual(recentFirst(paths, [], day('2026-01-01')), [[], []]);
  });

  it('starts the headline\'s window the right number of periods back, across a year\'s end', () => {
    assert.equal(trailingStart(day('2026-01-05'), 'week'), '2025-12-15');
    assert.equal(trailingStart(day('2026-02-28'), 'month'), '2025-11-01');
    assert.equal(trailingStart(day('2026-03-31'), 'quarter'), '2025-04-01');
  });

  it('shows what the recent files hold, once, before the rest is read; the full read is unchanged', async () => {
    const journal: Record<string, string> = {
      '2024/2024-03-02-old.md': note('2024-03-02', 'management'),
      '2026/2026-11-monthly-reflection.md': note('2026-11-30', 'leadership'),
      '2026/2026-11-16-week.md': note('2026-11-16', 'management'),
      '2026/2026-10-20-misnamed.md': note('2026-11-18', 'leadership'), // named for October, dated in November
      'inbox/notes.md': note('2026-11-17', 'leadership'),
      '2026/2026-11-17-broken.md': '---\ndate: [\n---\n',
    };
    const seen: Array<{ paths: string[]; read: number; total: number }> = [];
    const index = new JournalIndex(new MemoryJournalFiles(journal));
    await index.build({
      firstLook: {
        from: day('2026-11-01'),
        show: (entries: readonly Entry[], read, total) => seen.push({ paths: entries.map((entry) => entry.path).sort(), read, total }),
      },
    });
    assert.deepEqual(seen, [{ paths: ['2026/2026-11-16-week.md', '2026/2026-11-monthly-reflection.md'], read: 3, total: 6 }]);
    const plain = new JournalIndex(new MemoryJournalFiles(journal));
    await plain.build();
    assert.deepEqual(index.entries(), plain.entries());
    assert.equal(index.problemCount(), plain.problemCount());
    // What the first look leaves out (a file named for another day) is in the numbers after the read.
    const request = { unit: 'month', series: 'tags', range: 'recent', today: day('2026-11-30'), target: 0.4 } as const;
    const firstLook = trends(plain.entries().filter((entry) => seen[0].paths.includes(entry.path)), Taxonomy.default, request);
    const full = trends(plain.entries(), Taxonomy.default, request);
    assert.equal(firstLook.trailingShare, 0.5);
    assert.equal(full.trailingShare, 0.75);
  });

  it('on a journal with no recent files, shows an empty first look once and still reads everything', async () => {
    let shown = 0;
    const index = new JournalIndex(new MemoryJournalFiles({ '2020/2020-01-01-a.md': note('2020-01-01', 'leadership') }));
    await index.build({ firstLook: { from: day('2026-11-01'), show: (entries) => { shown += 1; assert.equal(entries.length, 0); } } });
    assert.equal(shown, 1);
    assert.equal(index.entries().length, 1);
  });
});
