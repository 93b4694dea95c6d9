import * as assert from 'node:assert/strict';
import { parseCalendarDate } from '../../src/journal/base/dates';
import { decodeText } from '../../src/journal/files';
import { placeEntry } from '../../src/journal/writing/placeEntry';
import { MemoryJournalFiles } from './memoryFiles';

const date = (text: string) => parseCalendarDate(text)!;

describe('placing entries', () => {
  it('never overwrites: other entries take -2, -3, …', async () => {
    const files = new MemoryJournalFiles();
    const day = date('2026-11-21');
    const first = await placeEntry(files, 'after-action-review', day, 'Outage', () => 'one');
    const second = await placeEntry(files, 'after-action-review', day, 'Outage', () => 'two');
    const third = await placeEntry(files, 'after-action-review', day, 'Outage', () => 'three');
    assert.deepEqual([first.path, second.path, third.path], [
      '2026/2026-11-21-after-action-review-outage.md',
      '2026/2026-11-21-after-action-review-outage-2.md',
      '2026/2026-11-21-after-action-review-outage-3.md',
    ]);
    assert.equal(files.text(first.path), 'one');
    assert.equal(files.text(third.path), 'three');
  });

  it('finds the existing entry of a period and leaves it untouched', async () => {
    const files = new MemoryJournalFiles({ '2026/2026-W47-leadership-moments.md': 'my notes' });
    const placed = await placeEntry(files, 'leadership-moments', date('2026-11-18'), '', () => 'template');
    assert.deepEqual(placed, { path: '2026/2026-W47-leadership-moments.md', created: false });
    assert.equal(decodeText(await files.readFile(placed.path)), 'my notes');
  });
});
