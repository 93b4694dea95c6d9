import * as assert from 'node:assert/strict';
import { commitMessage } from '../../src/journal/writing/commitMessage';
import { type Entry } from '../../src/journal/entries/entry';
import { entry } from './helpers';

const withFrontmatter = (path: string, frontmatter: string, body = ''): Entry => entry(path, `---\n${frontmatter}\n---\n${body}`);

describe('commit messages', () => {
  const entries = new Map([
    ['2026/a.md', withFrontmatter('2026/a.md', 'date: 2026-11-21\ntype: after-action-review')],
    ['2026/m.md', withFrontmatter('2026/m.md', 'date: 2026-11-30\ntype: monthly-reflection')],
    ['2026/w.md', withFrontmatter('2026/w.md', 'date: 2026-11-18\ntype: leadership-moments')],
  ]);
  const at = (path: string) => entries.get(path);
  it('name one entry by its type and period, several by their count and span', () => {
    assert.equal(commitMessage(['2026/a.md'], at), 'journal: after-action review 2026-11-21');
    assert.equal(commitMessage(['2026/m.md'], at), 'journal: monthly reflection 2026-11');
    assert.equal(commitMessage(['2026/w.md', '2026/a.md', '2026/gone.md'], at),
      'journal: 3 entries, 2026-11-18 to 2026-11-21\n\n- weekly leadership moments 2026-W47: 2026/w.md\n- after-action review 2026-11-21: 2026/a.md\n- removed or unreadable: 2026/gone.md');
  });
});
