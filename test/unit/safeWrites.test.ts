/**
 * Issue 9, findings 1, 2 and 4 on a real disk: writes never follow a link out of the journal,
 * keep permissions, never lose a change made in between, and a bad folder is one problem.
 */
import * as assert from 'node:assert/strict';
import {
  chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WriteRefused, encodeText } from '../../src/journal/files';
import { JournalIndex } from '../../src/journal/entries/journalIndex';
import { loadTemplates } from '../../src/journal/writing/templates';
import { NodeJournalFiles } from '../../src/node/nodeFiles';
import { MemoryJournalFiles } from './memoryFiles';

describe('writing on a hostile or busy journal', () => {
  let scratch: string;
  let journal: string;
  let outside: string;
  let files: NodeJournalFiles;
  const entry = '---\ndate: 2026-11-25\nhours:\n  leadership: 1\n---\n# Week\n';

  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), 'rj-safe-'));
    journal = join(scratch, 'journal');
    outside = join(scratch, 'outside');
    mkdirSync(join(journal, '2026'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(join(outside, 'victim.md'), 'secret\n');
    files = new NodeJournalFiles(journal, { sync: true });
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  const outsideUnchanged = (): void => {
    assert.deepEqual(readdirSync(outside), ['victim.md']);
    assert.equal(readFileSync(join(outside, 'victim.md'), 'utf8'), 'secret\n');
  };

  it('refuses to change an entry that is a link out of the journal', async () => {
    symlinkSync(join(outside, 'victim.md'), join(journal, '2026', 'x.md'));
    await assert.rejects(files.replaceText('2026/x.md', (text) => `${text}more`), WriteRefused);
    outsideUnchanged();
    assert.ok(lstatSync(join(journal, '2026', 'x.md')).isSymbolicLink());
  });

  it('refuses to create entries in a year folder that links out of the journal', async () => {
    symlinkSync(outside, join(journal, '2027'));
    await assert.rejects(files.createFile('2027/2027-01-monthly-reflection.md', encodeText('x')), /2027 is a link/);
    outsideUnchanged();
  });

  it('says a folder named like an entry is in the way, instead of "already exists"', async () => {
    mkdirSync(join(journal, '2026', 'taken.md'));
    await assert.rejects(files.createFile('2026/taken.md', encodeText('x')), /already exists and is not a file/);
    writeFileSync(join(journal, '2026', 'file.md'), 'x');
    assert.equal(await files.createFile('2026/file.md', encodeText('y')), false);
  });

  it('keeps the file\'s permissions and leaves no temporary file behind', async () => {
    const path = join(journal, '2026', 'w.md');
    writeFileSync(path, entry);
    chmodSync(path, 0o600);
    assert.ok(await files.replaceText('2026/w.md', (text) => text.replace('# Week', '# Week 48')));
    assert.equal(statSync(path).mode & 0o777, 0o600);
    assert.deepEqual(readdirSync(join(journal, '2026')), ['w.md']);
  });

  it('works when the journal folder itself is a link (~/journal)', async () => {
    const link = join(scratch, 'link-to-journal');
    symlinkSync(journal, link);
    const linked = new NodeJournalFiles(link, { sync: true });
    writeFileSync(join(journal, '2026', 'w.md'), entry);
    await linked.replaceText('2026/w.md', (text) => `${text}more\n`);
    assert.ok(readFileSync(join(journal, '2026', 'w.md'), 'utf8').endsWith('more\n'));
    assert.ok(await linked.createFile('2028/new.md', encodeText('x')));
  });

  it('runs the change again on the new text when another program saved in between', async () => {
    const path = join(journal, '2026', 'w.md');
    writeFileSync(path, entry);
    let calls = 0;
    await files.replaceText('2026/w.md', (text) => {
      calls++;
      if (calls === 1) {
        writeFileSync(path, `${text}editor line\n`); // an editor saving while the change is computed
      }
      return `${text}log line\n`;
    });
    assert.equal(calls, 2);
    assert.equal(readFileSync(path, 'utf8'), `${entry}editor line\nlog line\n`);
  });

  it('does not read templates through a linked .templates folder or a linked template', async () => {
    writeFileSync(join(outside, 'monthly-reflection.md'), '---\ntype: monthly-reflection\n---\nfrom outside\n');
    symlinkSync(outside, join(journal, '.templates'));
    const linkedFolder = await loadTemplates(files);
    assert.equal(linkedFolder.templates.find((t) => t.type === 'monthly-reflection')?.origin, 'built-in');
    assert.match(linkedFolder.findings[0].message, /is a link/);
    rmSync(join(journal, '.templates'));
    mkdirSync(join(journal, '.templates'));
    symlinkSync(join(outside, 'monthly-reflection.md'), join(journal, '.templates', 'monthly-reflection.md'));
    const linkedFile = await loadTemplates(files);
    assert.equal(linkedFile.templates.find((t) => t.type === 'monthly-reflection')?.origin, 'built-in');
    assert.match(linkedFile.findings[0].message, /is a link/);
  });

  it('never lists or reads an entry that is a link, even when told it changed', async () => {
    symlinkSync(join(outside, 'victim.md'), join(journal, '2026', 'x.md'));
    const index = new JournalIndex(files);
    await index.build();
    await index.refresh('2026/x.md');
    assert.equal(index.entries().length + index.findings().length, 0);
  });

  it('makes a folder that cannot be read, or nests too deep, a problem of its own; the rest still counts', async () => {
    const memory = new MemoryJournalFiles({
      '2026/2026-11-02-a.md': '---\ndate: 2026-11-02\ntags: [leadership]\n---\n',
      '2026/locked/2026-11-03-b.md': '---\ndate: 2026-11-03\n---\n',
    });
    const readDirectory = memory.readDirectory.bind(memory);
    memory.readDirectory = async (path: string) => {
      if (path === '2026/locked') {
        throw Object.assign(new Error('EACCES: permission denied, scandir'), { code: 'EACCES' });
      }
      return readDirectory(path);
    };
    const index = new JournalIndex(memory);
    await index.build();
    assert.equal(index.entries().length, 1);
    assert.deepEqual(index.findings().map((f) => [f.path, f.severity, f.message]), [
      ['2026/locked', 'problem', 'the folder could not be read: permission denied'],
    ]);
    assert.equal(index.problemCount(), 1);

    const deep = Array.from({ length: 40 }, (_, i) => `d${i}`).join('/');
    mkdirSync(join(journal, deep), { recursive: true });
    writeFileSync(join(journal, deep, 'x.md'), '---\ndate: 2026-11-02\n---\n');
    const onDisk = new JournalIndex(files);
    await onDisk.build();
    assert.match(onDisk.findings()[0].message, /nested more than 32 deep/);
  });
});
