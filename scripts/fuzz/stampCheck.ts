/**
 * For `npm run fuzz`: the extension's way of reading a journal, on a hostile one, in its own
 * process (run as the tool is). A first read that keeps each file's stamp (through the bulk
 * `statMany`, pausing as in the extension host) and then the check against the disk must find
 * nothing changed; a saved snapshot, written and read back as bytes (snapshotBytes.ts, hostile paths
 * and texts included), loaded and checked, must give the same entries and problems;
 * `statMany` must equal one `stat` per path; every reading, written as the Balance page's first
 * paint is written into its HTML (jsonForAttribute.ts), must hold no character that could end the
 * attribute and give itself back. The first read takes a first look (firstLook.ts) as the extension
 * does on a cold start: it must be told once, hold only entries of files named from its day on, and
 * the read must equal one without it. Prints what it found as JSON.
 */
import { listEntryFiles, statAll } from '../../src/journal/entries/scan';
import { JournalIndex } from '../../src/journal/entries/journalIndex';
import { lastDayNamed } from '../../src/journal/entries/firstLook';
import type { CalendarDate } from '../../src/journal/base/dates';
import { NodeJournalFiles } from '../../src/node/nodeFiles';
import { snapshotBytes, snapshotFromBytes } from '../../src/journal/entries/snapshotBytes';
import { jsonForAttribute } from '../../src/webview/jsonForAttribute';

async function main(): Promise<void> {
  const files = new NodeJournalFiles(process.argv[2], { sync: true, sliceMs: 1 });
  const index = new JournalIndex(files);
  const from = '2026-01-01' as CalendarDate;
  const looks: string[][] = [];
  await index.build({ stamps: true, firstLook: { from, show: (entries) => looks.push(entries.map((entry) => entry.path)) } });
  const plain = new JournalIndex(new NodeJournalFiles(process.argv[2], { sync: true, sliceMs: 1 }));
  await plain.build();
  const firstLookRight = looks.length === 1 && looks[0].every((path) => (lastDayNamed(path) ?? '') >= from)
    && JSON.stringify(plain.entries()) === JSON.stringify(index.entries()) && plain.problemCount() === index.problemCount();
  const changedAfterRead = await index.verify();
  const loaded = new JournalIndex(files);
  const saved = await snapshotFromBytes(snapshotBytes(index.snapshot('fuzz')), 'fuzz');
  if (!saved) {
    throw new Error('a snapshot written as bytes could not be read back');
  }
  loaded.load(saved);
  const changedAfterLoad = await loaded.verify();
  const { paths } = await listEntryFiles(files);
  const many = await statAll(files, paths);
  const one = await Promise.all(paths.map((path) => files.stat(path)));
  const inHtml = jsonForAttribute(index.entries());
  const asRead = inHtml.replace(/&(amp|quot|#39|lt|gt);/g, (_, name: string) => ({ amp: '&', quot: '"', '#39': '\'', lt: '<', gt: '>' })[name]!);
  const firstPaintSafe = !/["'<>]|&(?!(amp|quot|#39|lt|gt);)/.test(inHtml) && JSON.stringify(JSON.parse(asRead)) === JSON.stringify(index.entries());
  process.stdout.write(JSON.stringify({
    firstPaintSafe, firstLookRight,
    changedAfterRead, changedAfterLoad,
    entries: [index.entries().length, loaded.entries().length],
    sameEntries: JSON.stringify(index.entries()) === JSON.stringify(loaded.entries()),
    problems: [index.problemCount(), loaded.problemCount()],
    statManyDiffers: many.filter((stamp, i) => JSON.stringify(stamp) !== JSON.stringify(one[i])).length,
  }));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
