import * as assert from 'node:assert/strict';
import { encodeText } from '../../src/journal/files';
import { balanceByPeriod } from '../../src/journal/balance/balance';
import { BalanceLedger } from '../../src/journal/balance/balanceLedger';
import { isUsableSnapshot } from '../../src/journal/entries/indexSnapshot';
import { JournalIndex, isEntryPath } from '../../src/journal/entries/journalIndex';
import { PERIOD_UNITS } from '../../src/journal/base/periods';
import { Taxonomy } from '../../src/journal/balance/taxonomy';
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
      const ledger = new BalanceLedger(Taxonomy.default, index.entries());
      index.onEntryChange((_path, before, after) => ledger.update(before, after));
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
        for (const unit of PERIOD_UNITS) {
          // Exactly equal, not close: the ledger sums each period in the same order.
          assert.deepEqual(ledger.series(unit), balanceByPeriod(fresh.entries(), Taxonomy.default, unit), `seed ${seed}, step ${step}: ${unit} series`);
        }
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

describe('the saved index (warm start)', () => {
  const journal = () => new MemoryJournalFiles({
    '2026/a.md': '---\ndate: 2026-11-01\ntags: [leadership]\n---\n#planning',
    '2026/b.md': '---\ndate: 2026-11-02\nhours:\n  management: 3\n---\n',
    '2026/c.md': 'no date',
  });

  /** A snapshot as it comes back from disk: through JSON. */
  async function savedSnapshot(files: MemoryJournalFiles) {
    const index = new JournalIndex(files);
    await index.build({ stamps: true });
    return JSON.parse(JSON.stringify(index.snapshot('test 1'))) as unknown;
  }

  it('reads no file when nothing changed, and gives the same index', async () => {
    const files = journal();
    const snapshot = await savedSnapshot(files);
    assert.ok(isUsableSnapshot(snapshot, 'test 1'));
    const warm = new JournalIndex(files);
    await warm.build({ snapshot });
    assert.equal(warm.filesRead, 0);
    const fresh = new JournalIndex(files);
    await fresh.build();
    assert.deepEqual(warm.entries(), fresh.entries());
    assert.deepEqual(warm.findings(), fresh.findings());
  });

  it('reads again exactly the files that changed, appeared or disappeared', async () => {
    const files = journal();
    const snapshot = await savedSnapshot(files);
    assert.ok(isUsableSnapshot(snapshot, 'test 1'));
    files.write('2026/a.md', '---\ndate: 2026-11-01\ntags: [management]\n---\n');
    files.write('2026/d.md', '---\ndate: 2026-11-04\n---\n');
    files.files.delete('2026/b.md');
    const warm = new JournalIndex(files);
    await warm.build({ snapshot });
    assert.equal(warm.filesRead, 2);
    const fresh = new JournalIndex(files);
    await fresh.build();
    assert.deepEqual(warm.entries(), fresh.entries());
    assert.deepEqual(warm.entries().map((e) => e.tags), [['management'], []]);
  });

  it('keeps stamps current through changes, so the next snapshot is right too', async () => {
    const files = journal();
    const index = new JournalIndex(files);
    await index.build({ stamps: true });
    files.write('2026/b.md', '---\ndate: 2026-11-02\nhours:\n  leadership: 9\n---\n');
    await index.refresh('2026/b.md');
    const snapshot = JSON.parse(JSON.stringify(index.snapshot('test 1'))) as unknown;
    assert.ok(isUsableSnapshot(snapshot, 'test 1'));
    const warm = new JournalIndex(files);
    await warm.build({ snapshot });
    assert.equal(warm.filesRead, 0);
    assert.deepEqual(warm.entryAt('2026/b.md')?.hours, { management: 0, leadership: 9 });
  });

  it('does not trust a snapshot from other code, another format, or a damaged one', async () => {
    const snapshot = await savedSnapshot(journal()) as { format: number; files: unknown[] };
    assert.equal(isUsableSnapshot(snapshot, 'test 2'), false, 'another producer (version)');
    assert.equal(isUsableSnapshot({ ...snapshot, format: 0 }, 'test 1'), false, 'another format');
    assert.equal(isUsableSnapshot({ ...snapshot, files: [['a.md', '12', 3, {}]] }, 'test 1'), false, 'damaged');
    assert.equal(isUsableSnapshot(null, 'test 1'), false);
    assert.equal(isUsableSnapshot('{}', 'test 1'), false);
  });
});

describe('the saved index, trusted then verified', () => {
  it('is usable as loaded, and verify() brings it to what a fresh read gives, telling listeners', async () => {
    const files = new MemoryJournalFiles({
      '2026/a.md': '---\ndate: 2026-11-01\ntags: [leadership]\n---\n',
      '2026/b.md': '---\ndate: 2026-11-02\n---\n',
      '2026/c.md': '---\ndate: 2026-11-03\n---\n',
    });
    const first = new JournalIndex(files);
    await first.build({ stamps: true });
    const snapshot = JSON.parse(JSON.stringify(first.snapshot('test 1'))) as unknown;
    assert.ok(isUsableSnapshot(snapshot, 'test 1'));

    // While "VS Code was closed": one edited, one new, one deleted.
    files.write('2026/a.md', '---\ndate: 2026-11-01\ntags: [management]\n---\n');
    files.write('2026/d.md', '---\ndate: 2026-11-04\n---\n');
    files.files.delete('2026/c.md');

    const index = new JournalIndex(files);
    index.load(snapshot);
    assert.deepEqual(index.entries().map((e) => e.path), ['2026/a.md', '2026/b.md', '2026/c.md'], 'as saved');
    const changes: string[] = [];
    index.onEntryChange((path) => changes.push(path));
    assert.equal(await index.verify(), 3);
    assert.deepEqual(changes.sort(), ['2026/a.md', '2026/c.md', '2026/d.md']);
    const fresh = new JournalIndex(files);
    await fresh.build();
    assert.deepEqual(index.entries(), fresh.entries());
    assert.equal(await index.verify(), 0, 'nothing left to do');
  });
});
