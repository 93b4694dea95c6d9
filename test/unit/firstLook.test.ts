import * as assert from 'node:assert/strict';
import { Taxonomy } from '../../src/journal/balance/taxonomy';
import { trailingStart, trends } from '../../src/journal/balance/trends';
import type { CalendarDate } from '../../src/journal/base/dates';
import type { Entry } from '../../src/journal/entries/entry';
import { lastDayNamed, recentEntryFiles } from '../../src/journal/entries/firstLook';
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

  it('finds the recent files in the year folders from the window\'s year on, and in the top folder', async () => {
    const listed: string[] = [];
    const files = new MemoryJournalFiles({
      '2025/2025-12-31-a.md': '', '2025/2025-12-monthly-reflection.md': '', '2024/2024-12-31-old.md': '',
      '2026/2026-01-01-b.md': '', '2026/deep/2026-01-02-c.md': '', '2026/notes.md': '', '2026/2026-01-03-x.txt': '',
      '2026-01-04-top.md': '', 'inbox/2026-01-05-elsewhere.md': '', '.templates/2026-01-06-t.md': '',
    });
    const readDirectory = files.readDirectory.bind(files);
    files.readDirectory = (path) => {
      listed.push(path);
      return readDirectory(path);
    };
    assert.deepEqual(await recentEntryFiles(files, day('2025-12-15')), [
      '2026-01-04-top.md', '2025/2025-12-31-a.md', '2025/2025-12-monthly-reflection.md', '2026/2026-01-01-b.md', '2026/deep/2026-01-02-c.md',
    ]);
    // 2024, inbox and the template folder are not listed: the rest of the journal waits for the full read.
    assert.deepEqual(listed, ['', '2025', '2026', '2026/deep']);
    assert.deepEqual(await recentEntryFiles(files, day('2027-01-01')), []);
  });

  it('lists a journal without year folders whole, and gives nothing when its folder cannot be read', async () => {
    const flat = new MemoryJournalFiles({ 'a/2026-01-02-b.md': '', '2026-01-01-a.md': '', 'notes.md': '' });
    assert.deepEqual(await recentEntryFiles(flat, day('2026-01-01')), ['2026-01-01-a.md', 'a/2026-01-02-b.md']);
    const broken = new MemoryJournalFiles({});
    broken.readDirectory = () => Promise.reject(new Error('EACCES'));
    assert.deepEqual(await recentEntryFiles(broken, day('2026-01-01')), []);
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
    const seen: Array<{ paths: string[]; read: number }> = [];
    const index = new JournalIndex(new MemoryJournalFiles(journal));
    await index.build({
      firstLook: {
        from: day('2026-11-01'),
        show: (entries: readonly Entry[], read) => seen.push({ paths: entries.map((entry) => entry.path).sort(), read }),
      },
    });
    assert.deepEqual(seen, [{ paths: ['2026/2026-11-16-week.md', '2026/2026-11-monthly-reflection.md'], read: 3 }]);
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
