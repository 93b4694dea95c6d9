import * as assert from 'node:assert/strict';
import { parseCalendarDate } from '../../src/journal/base/dates';
import { startEntry } from '../../src/journal/writing/newEntry';
import { builtinTemplates } from '../../src/journal/writing/templates';
import { MemoryJournalFiles } from './memoryFiles';

const template = (type: string) => builtinTemplates().find((t) => t.type === type)!;
const date = parseCalendarDate('2026-11-21')!;

describe('starting an entry', () => {
  it('writes the rendered template and returns the snippet for the editor', async () => {
    const files = new MemoryJournalFiles();
    const entry = await startEntry(files, template('after-action-review'), date, '  Checkout   outage ');
    assert.equal(entry.path, '2026/2026-11-21-after-action-review-checkout-outage.md');
    assert.equal(entry.created, true);
    assert.equal(files.text(entry.path), entry.rendered?.text);
    assert.match(entry.rendered!.text, /^# After-action review: Checkout outage$/m);
    assert.match(entry.rendered!.snippet, /\$\{1:the goal, the plan, what we expected\}/);
  });

  it('needs the event name for an after-action review', async () => {
    await assert.rejects(startEntry(new MemoryJournalFiles(), template('after-action-review'), date, ' '), /needs a title/);
  });

  it('returns the period\'s existing entry without writing', async () => {
    const files = new MemoryJournalFiles({ '2026/2026-11-monthly-reflection.md': 'mine' });
    const entry = await startEntry(files, template('monthly-reflection'), parseCalendarDate('2026-11-02')!);
    assert.deepEqual(entry, { path: '2026/2026-11-monthly-reflection.md', created: false });
    assert.equal(files.text(entry.path), 'mine');
  });
});
