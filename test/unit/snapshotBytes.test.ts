/**
 * The saved index as bytes (snapshotBytes.ts): JSON as a whole, one file per line, read back a
 * line at a time into what was saved — or into nothing at all when it is another code's, another
 * format's, damaged or cut short.
 */
import * as assert from 'node:assert/strict';
import { JournalIndex } from '../../src/journal/entries/journalIndex';
import { SNAPSHOT_FORMAT } from '../../src/journal/entries/indexSnapshot';
import { snapshotBytes, snapshotFromBytes } from '../../src/journal/entries/snapshotBytes';
import { MemoryJournalFiles } from './memoryFiles';

const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

async function savedIndex(files: Record<string, string>) {
  const index = new JournalIndex(new MemoryJournalFiles(files));
  await index.build({ stamps: true });
  return index.snapshot('test 1');
}

const JOURNAL = {
  '2026/a.md': '---\ndate: 2026-11-01\ntags: [leadership]\nperson: Zoë Ōta\n---\nA line\nand a line — with #motivation.\n',
  '2026/b.md': '---\ndate: 2026-11-02\nhours: { management: 2 }\n---\n',
  '2026/broken.md': '---\ndate: [\n---\n',
  '2026/line\nbreak.md': '---\ndate: 2026-11-03\n---\n',
};

describe('the saved index as bytes', () => {
  it('is JSON as a whole, one file per line, and reads back into what was saved', async () => {
    const snapshot = await savedIndex(JOURNAL);
    const bytes = snapshotBytes(snapshot);
    const text = decode(bytes);
    assert.deepEqual(JSON.parse(text), JSON.parse(JSON.stringify(snapshot)));
    assert.equal(text.split('\n').length, snapshot.files.length + 3, 'first line, one per file, last line, end');
    const loaded = await snapshotFromBytes(bytes, 'test 1');
    assert.ok(loaded);
    assert.equal(loaded.format, SNAPSHOT_FORMAT);
    assert.deepEqual(JSON.parse(JSON.stringify(loaded)), JSON.parse(JSON.stringify(snapshot)));
  });

  it('reads an empty journal, and a snapshot of 1,200 files written and read in parts', async () => {
    assert.deepEqual((await snapshotFromBytes(snapshotBytes(await savedIndex({})), 'test 1'))?.files, []);
    const many: Record<string, string> = {};
    for (let i = 0; i < 1200; i++) {
      many[`2026/${i}.md`] = `---\ndate: 2026-11-${String(i % 28 + 1).padStart(2, '0')}\n---\n`;
    }
    let pauses = 0;
    const loaded = await snapshotFromBytes(snapshotBytes(await savedIndex(many)), 'test 1', async () => {
      pauses++;
    });
    assert.equal(loaded?.files.length, 1200);
    assert.equal(pauses, 5, 'after each chunk of 256 lines: the caller may let other work run');
  });

  it('is not used when made by other code, in another format, damaged or cut short', async () => {
    const bytes = snapshotBytes(await savedIndex(JOURNAL));
    const text = decode(bytes);
    assert.equal(await snapshotFromBytes(bytes, 'test 2'), undefined, 'another producer (version)');
    assert.equal(await snapshotFromBytes(encode(text.replace(`"format":${SNAPSHOT_FORMAT}`, '"format":6')), 'test 1'), undefined, 'another format');
    assert.equal(await snapshotFromBytes(encode(JSON.stringify(JSON.parse(text))), 'test 1'), undefined, 'the same JSON on one line');
    assert.equal(await snapshotFromBytes(bytes.subarray(0, bytes.length - 4), 'test 1'), undefined, 'cut short');
    const lines = text.split('\n');
    lines[2] = '["2026/b.md","12",3,{}],';
    assert.equal(await snapshotFromBytes(encode(lines.join('\n')), 'test 1'), undefined, 'a damaged line');
    assert.equal(await snapshotFromBytes(encode(`${text}[]\n`), 'test 1'), undefined, 'more after the end');
    assert.equal(await snapshotFromBytes(new Uint8Array(0), 'test 1'), undefined, 'empty');
  });
});
