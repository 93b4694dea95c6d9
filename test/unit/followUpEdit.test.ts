import * as assert from 'node:assert/strict';
import { tickFollowUp } from '../../src/journal/entries/followUpEdit';
import { EditRefused } from '../../src/journal/text/frontmatterEdit';
import { entry } from './helpers';

const TEXT = '---\r\ndate: 2026-11-12\r\n---\r\n# Review\r\n\r\n## Follow-ups\r\n\r\n- [ ] Send the notes\r\n  * [ ] Book the room  \r\n- [x] Done already\r\n';

describe('ticking a follow-up', () => {
  it('changes only that line, keeping its ending and indentation', () => {
    const [first, second] = entry('a.md', TEXT).followUps;
    assert.deepEqual([first, second], [{ text: 'Send the notes', line: 8 }, { text: 'Book the room', line: 9 }]);
    assert.equal(tickFollowUp('a.md', TEXT, 9, 'Book the room'), TEXT.replace('  * [ ] Book the room', '  * [x] Book the room'));
    const once = tickFollowUp('a.md', TEXT, 8, 'Send the notes');
    assert.equal(once, TEXT.replace('- [ ] Send the notes', '- [x] Send the notes'));
    assert.deepEqual(entry('a.md', once).followUps, [{ text: 'Book the room', line: 9 }]);
  });

  it('refuses when the line holds something else now, changing nothing', () => {
    assert.throws(() => tickFollowUp('a.md', TEXT, 8, 'Another thing'), EditRefused);
    assert.throws(() => tickFollowUp('a.md', TEXT, 10, 'Done already'), EditRefused);
  });
});
