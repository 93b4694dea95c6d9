/**
 * `stats` reads the balance alone (balanceEntry.ts). It must give what the full reading gives,
 * field by field and problem for problem: on the sample journal, a generated one with broken
 * files, and texts chosen for their edges.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateJournal } from '../../scripts/bench/generate';
import { Taxonomy } from '../../src/journal/balance/taxonomy';
import { statsReport } from '../../src/journal/balance/report';
import { type BalanceEntry, type Entry, readEntry } from '../../src/journal/entries/entry';
import { readBalanceEntry, readJournalBalance } from '../../src/journal/entries/balanceEntry';
import { JournalIndex } from '../../src/journal/entries/journalIndex';
import { NodeJournalFiles } from '../../src/node/nodeFiles';
import { REPO } from './helpers';

const balanceOf = (entry: Entry): BalanceEntry => ({
  path: entry.path, date: entry.date, tags: entry.tags, inlineTags: entry.inlineTags, ...(entry.hours ? { hours: entry.hours } : {}),
});

async function bothReadings(dir: string): Promise<void> {
  const files = new NodeJournalFiles(dir, { sync: true });
  const index = new JournalIndex(files);
  await index.build();
  const balance = await readJournalBalance(files);
  const byPath = (a: BalanceEntry, b: BalanceEntry): number => (a.path < b.path ? -1 : 1);
  assert.deepEqual([...balance.entries].sort(byPath), index.entries().map(balanceOf).sort(byPath));
  assert.equal(balance.problems, index.problemCount());
  for (const unit of ['week', 'month', 'quarter'] as const) {
    assert.deepEqual(statsReport(balance.entries, balance.problems, Taxonomy.default, unit, {}),
      statsReport(index.entries(), index.problemCount(), Taxonomy.default, unit, {}));
  }
}

describe('reading a journal for its balance alone', () => {
  it('gives the sample journal\'s entries and numbers as the full reading does', async () => {
    await bothReadings(join(REPO, 'sample', 'journal'));
  });

  it('gives a generated journal\'s entries, problems and numbers as the full reading does', async function () {
    this.timeout(20_000);
    const dir = mkdtempSync(join(tmpdir(), 'rj-balance-'));
    try {
      const generated = generateJournal(dir, 600, 3);
      assert.ok(generated.broken > 0, 'the generated journal has broken files');
      await bothReadings(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the edges the same way: no date, bad hours, tags as text, tags in code, too large', () => {
    const texts: Array<[string, string]> = [
      ['2026/2026-11-02-a.md', '---\nhours: {management: x}\ntags: leadership, management/hiring\n---\n#coaching `#not` <!-- #no -->\n```\n#no\n```\n(#vision)\n'],
      ['2026/notes.md', '---\ntitle: no date\n---\n#leadership\n'],
      ['2026/2026-11-03.md', '---\ndate: 2026-13-40\nhours:\n  leadership: 2\n---\n'],
      ['2026/2026-11-04.md', '---\ntags: [1, {a: b}, Leadership]\nhours: [1, 2]\n---\n# Title #not\n'],
      ['2026/2026-11-05.md', 'no frontmatter at all #leadership'],
      ['2026/2026-11-06.md', '---\ndate: [\n---\n'],
      ['2026/2026-11-07.md', `---\ndate: 2026-11-07\n---\n${'x'.repeat(4 * 1024 * 1024)}`],
    ];
    for (const [path, text] of texts) {
      const full = readEntry(path, text);
      assert.deepEqual(readBalanceEntry(path, text), full.entry ? balanceOf(full.entry) : undefined, path);
    }
  });
});
