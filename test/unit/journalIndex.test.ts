import * as assert from 'node:assert/strict';
import { encodeText } from '../../src/journal/files';
import { JournalIndex, isEntryPath } from '../../src/journal/journalIndex';
import { MemoryJournalFiles } from './memoryFiles';

/** A small seeded random generator, so a failing sequence can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const FOLDERS = ['2026', '2027', 'notes', 'notes/deep', '.templates', 'node_modules/x'];
const BODIES = [
  (day: number) => `---\ndate: 2026-11-${String(day).padStart(2, '0')}\ntags: [leadership]\n---\n#planning`,
  (day: number) => `---\ndate: 2026-12-${String(day).padStart(2, '0')}\nhours:\n  management: ${day}\n---\n`,
  () => '---\ntags: [a, b\n---\n', // broken YAML
  () => 'no date and no frontmatter',
  () => '---js\n{ date: "2026-11-01" }\n---\n',
];

describe('the journal index', () => {
  it('knows which paths are entries', () => {
    assert.ok(isEntryPath('2026/a.md'));
    assert.ok(isEntryPath('a.MD'));
    assert.ok(isEntryPath('.hidden-file.md'));
    assert.equal(isEntryPath('.templates/a.md'), false);
    assert.equal(isEntryPath('x/node_modules/a.md'), false);
    assert.equal(isEntryPath('2026/a.txt'), false);
  });

  it('after any sequence of creates, changes, renames and deletes, equals a fresh full read', async () => {
    for (let seed = 1; seed <= 25; seed++) {
      const next = random(seed);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
      const files = new MemoryJournalFiles();
      const index = new JournalIndex(files);
      await index.build();
      for (let step = 0; step < 40; step++) {
        const existing = [...files.files.keys()];
        const roll = next();
        if (roll < 0.45 || existing.length === 0) {
          const path = `${pick(FOLDERS)}/${pick(['a', 'b', 'c', 'd'])}${pick(['.md', '.md', '.txt'])}`;
          files.files.set(path, encodeText(pick(BODIES)(1 + Math.floor(next() * 28))));
          await index.refresh(path);
        } else if (roll < 0.65) {
          const path = pick(existing);
          files.files.delete(path);
          index.remove(path);
        } else if (roll < 0.85) {
          const from = pick(existing);
          const to = `${pick(FOLDERS)}/renamed-${step}.md`;
          files.files.set(to, files.files.get(from)!);
          files.files.delete(from);
          index.remove(from);
          await index.refresh(to);
        } else {
          // A whole folder renamed: the watcher reports the old folder deleted and the new one created.
          const folder = pick(['2026', '2027', 'notes']);
          const moved = existing.filter((path) => path.startsWith(`${folder}/`));
          for (const path of moved) {
            files.files.set(`moved-${step}/${path}`, files.files.get(path)!);
            files.files.delete(path);
          }
          index.remove(folder);
          await index.refresh(`moved-${step}`);
        }
        const fresh = new JournalIndex(files);
        await fresh.build();
        assert.deepEqual(index.entries(), fresh.entries(), `seed ${seed}, step ${step}: entries`);
        assert.deepEqual(index.findings(), fresh.findings(), `seed ${seed}, step ${step}: findings`);
        assert.equal(index.problemCount(), fresh.problemCount(), `seed ${seed}, step ${step}: problems`);
      }
    }
  });

  it('drops an entry whose file vanished before it could be read', async () => {
    const files = new MemoryJournalFiles({ '2026/a.md': '---\ndate: 2026-11-01\n---\n' });
    const index = new JournalIndex(files);
    await index.build();
    files.files.delete('2026/a.md');
    await index.refresh('2026/a.md');
    assert.equal(index.entries().length, 0);
    assert.equal(index.findings().length, 0);
  });

  it('counts files that are not entries as problems, and warnings not', async () => {
    const index = new JournalIndex(new MemoryJournalFiles({
      'a.md': '---\ndate: 2026-11-01\nhours: lots\n---\n',
      'b.md': 'no date',
      'c.md': '---js\n{}\n---\n',
    }));
    await index.build();
    assert.equal(index.entries().length, 1);
    assert.equal(index.problemCount(), 2);
    assert.deepEqual(index.findings().map((f) => [f.path, f.severity]), [['a.md', 'warning'], ['b.md', 'problem'], ['c.md', 'problem']]);
  });
});
