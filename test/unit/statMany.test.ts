/**
 * The stamps of many files (`statAll`: the Node adapter's bulk `statMany` when it reads
 * synchronously, as in the extension's first read and its check against the disk; else one
 * `stat` each) are what one `stat` per path gives: a file's size and time; nothing for a link, a
 * folder or a missing path — in every mode, pausing or not.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { statAll } from '../../src/journal/entries/scan';
import { NodeJournalFiles } from '../../src/node/nodeFiles';

describe('stamping many files at once', () => {
  let scratch: string;

  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), 'rj-stat-'));
    mkdirSync(join(scratch, '2026', 'folder.md'), { recursive: true });
    for (let i = 0; i < 40; i++) {
      writeFileSync(join(scratch, '2026', `2026-11-${String(i % 28 + 1).padStart(2, '0')}-${i}.md`), 'x'.repeat(i));
    }
    writeFileSync(join(scratch, 'outside.md'), 'outside');
    symlinkSync(join(scratch, 'outside.md'), join(scratch, '2026', 'link.md'));
  });

  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  for (const options of [{}, { sync: true }, { sync: true, sliceMs: 0.001 }]) {
    it(`equals one stat per path (${JSON.stringify(options)})`, async () => {
      const files = new NodeJournalFiles(scratch, options);
      const paths = [
        ...Array.from({ length: 40 }, (_, i) => `2026/2026-11-${String(i % 28 + 1).padStart(2, '0')}-${i}.md`),
        '2026/link.md', '2026/folder.md', '2026/missing.md', 'nowhere/at/all.md', '2026/2026-11-01-0.md/below.md',
      ];
      const many = await statAll(files, paths);
      const one = await Promise.all(paths.map((path) => files.stat(path)));
      assert.deepEqual(many, one);
      assert.equal(many.filter((stamp) => stamp !== undefined).length, 40);
      assert.deepEqual(many.slice(40), [undefined, undefined, undefined, undefined, undefined]);
      assert.equal(many[7]?.size, 7);
    });
  }
});
