/**
 * Measures one journal size in a process of its own (so its peak memory is its own). Prints one
 * JSON line. Run by scripts/bench/run.ts; not a test: the numbers depend on the machine, so the
 * report compares ratios measured in the same run.
 */
import { readFile as readFileCallback, readFileSync } from 'node:fs';
import { appendFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import matter from 'gray-matter';
import { median } from './median';
import { NodeJournalFiles } from '../../src/node/nodeFiles';
import { balanceByPeriod } from '../../src/journal/balance/balance';
import { BalanceLedger } from '../../src/journal/balance/balanceLedger';
import { snapshotBytes, snapshotFromBytes } from '../../src/journal/entries/snapshotBytes';
import { JournalIndex } from '../../src/journal/entries/journalIndex';
import { PERIOD_UNITS } from '../../src/journal/base/periods';
import { Taxonomy } from '../../src/journal/balance/taxonomy';
import { periodRecord } from '../../src/journal/reviews/periodRecord';
import { recordMarkdown } from '../../src/journal/reviews/recordMarkdown';
import { calibration, calibrationInWords } from '../../src/journal/decisions/calibration';
import { debtHistory } from '../../src/journal/decisions/debtHistory';
import { lookBacksDue } from '../../src/journal/decisions/lookBacks';
import { knownNames, peopleReport } from '../../src/journal/people/peopleReport';

export interface SizeResult {
  readonly size: number;
  readonly files: number;
  readonly runs: number;
  /** Medians, in milliseconds. */
  readonly floorRead: number;
  readonly floorGrayMatter: number;
  readonly coldIndex: number;
  readonly warmStart: number;
  /** Medians of the per-round ratios to the read + gray-matter floor. */
  readonly coldRatio: number;
  readonly warmRatio: number;
  /** Until the loaded index is also checked against the disk (every file stat()ed). */
  readonly warmVerified: number;
  readonly verifiedRatio: number;
  /** Files the verification read again (0 when nothing changed). */
  readonly warmReads: number;
  readonly snapshotMb: number;
  readonly aggregate: number;
  readonly incremental: number;
  /** The record of the journal's last quarter, as of its last day, from the built index (markdown included). */
  readonly record: number;
  /** The Decision Record panel's numbers, as of the last day: calibration, what waits for a look back, weekly debt. */
  readonly decisionRecord: number;
  /** The People view's numbers as of the last day: the report and the names offered. */
  readonly people: number;
  /** Peak resident memory of this process, MB. */
  readonly peakRssMb: number;
}


async function timed(runs: number, action: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await action();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** The cheapest way to read every file (measured: see docs/benchmarks.md): one synchronous read each. */
function readAll(paths: readonly string[]): string[] {
  return paths.map((path) => readFileSync(path, 'utf8'));
}

async function listMarkdown(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true });
  return names.filter((name) => name.endsWith('.md') && !name.split('/').some((part) => part.startsWith('.'))).map((name) => join(dir, name));
}

export async function measure(dir: string, size: number, runs: number): Promise<SizeResult> {
  const paths = await listMarkdown(dir);

  // Warm start needs a saved index: build once keeping stamps, save it as the extension would.
  const stamped = new JournalIndex(new NodeJournalFiles(dir, { sync: true }));
  await stamped.build({ stamps: true });
  const snapshotFile = join(dir, '..', `snapshot-${size}.json`);
  await writeFile(snapshotFile, snapshotBytes(stamped.snapshot('bench')));
  const snapshotMb = Math.round((await readFile(snapshotFile)).byteLength / 1024 / 102.4) / 10;
  // The extension's path: reads through the thread pool, the snapshot parsed while stat()s run.
  const loadSnapshot = async () => {
    const bytes = await new Promise<Uint8Array>((resolve, reject) => readFileCallback(snapshotFile, (error, data) => (error ? reject(error) : resolve(data))));
    return snapshotFromBytes(bytes, 'bench');
  };

  // The machine is shared and noisy: each round measures the floor and the index back to back,
  // and the ratios are taken per round, then their median.
  const phases = { floorRead: [] as number[], floorGrayMatter: [] as number[], coldIndex: [] as number[], warmStart: [] as number[], warmVerified: [] as number[] };
  const coldRatios: number[] = [];
  const warmRatios: number[] = [];
  const verifiedRatios: number[] = [];
  let index = new JournalIndex(new NodeJournalFiles(dir, { sync: true }));
  let warmReads = -1;
  for (let round = 0; round < runs; round++) {
    // The floor: touching every file at all, then the naive parse everyone starts with.
    const floorRead = await timed(1, async () => readAll(await listMarkdown(dir)));
    const floorGrayMatter = await timed(1, async () => {
      for (const text of readAll(await listMarkdown(dir))) {
        try {
          matter(text);
        } catch {
          // broken files are part of the journal
        }
      }
      (matter as unknown as { clearCache(): void }).clearCache();
    });
    // The project's index, the way the CLI builds it.
    const coldIndex = await timed(1, async () => {
      index = new JournalIndex(new NodeJournalFiles(dir, { sync: true }));
      await index.build();
    });
    // Warm: the saved index is usable once loaded; verifying it against the disk follows.
    let warm = new JournalIndex(new NodeJournalFiles(dir));
    const warmStart = await timed(1, async () => {
      const snapshot = await loadSnapshot();
      if (!snapshot) {
        throw new Error('the snapshot just written is not usable');
      }
      warm = new JournalIndex(new NodeJournalFiles(dir));
      warm.load(snapshot);
    });
    const verify = await timed(1, async () => {
      warmReads = await warm.verify();
    });
    phases.floorRead.push(floorRead);
    phases.floorGrayMatter.push(floorGrayMatter);
    phases.coldIndex.push(coldIndex);
    phases.warmStart.push(warmStart);
    phases.warmVerified.push(warmStart + verify);
    coldRatios.push(coldIndex / floorGrayMatter);
    warmRatios.push(warmStart / floorGrayMatter);
    verifiedRatios.push((warmStart + verify) / floorGrayMatter);
  }
  const floorRead = median(phases.floorRead);
  const floorGrayMatter = median(phases.floorGrayMatter);
  const coldIndex = median(phases.coldIndex);
  const warmStart = median(phases.warmStart);
  const warmVerified = median(phases.warmVerified);

  const taxonomy = Taxonomy.default;
  const aggregate = await timed(runs, async () => {
    for (const unit of PERIOD_UNITS) {
      balanceByPeriod(index.entries(), taxonomy, unit);
    }
  });

  // A review's record: the last quarter of the journal, as of its last entry's day.
  const lastDay = index.entries()[index.entries().length - 1].date;
  const record = await timed(runs, async () => {
    recordMarkdown(periodRecord(index.entries(), taxonomy, 'quarter', lastDay, lastDay), { linkFrom: '', target: 0.4 });
  });

  // The Decision Record: the same core calls the panel makes (its host computes; the page draws).
  const decisionRecord = await timed(runs, async () => {
    calibrationInWords(calibration(index.entries(), lastDay));
    lookBacksDue(index.entries(), lastDay);
    debtHistory(index.entries(), 'week', lastDay);
  });

  // The People view and the person picker: the report of section 10, and the names by last seen.
  const people = await timed(runs, async () => {
    knownNames(peopleReport(index.entries(), lastDay));
  });

  // One entry changed: re-read it and bring the series up to date (the ledger follows the index).
  const ledger = new BalanceLedger(taxonomy, index.entries());
  index.onEntryChange((_path, before, after) => ledger.update(before, after));
  const relative = paths.filter((path) => !path.includes('/notes/')).map((path) => path.slice(dir.length + 1));
  const originals = new Map<string, string>();
  const times: number[] = [];
  for (let turn = 0; turn < Math.max(runs, 9); turn++) {
    const path = relative[(turn * 7919) % relative.length];
    if (!originals.has(path)) {
      originals.set(path, await readFile(join(dir, path), 'utf8'));
    }
    await appendFile(join(dir, path), `\nA later thought. #leadership/alignment\n`);
    const start = performance.now();
    await index.refresh(path);
    for (const unit of PERIOD_UNITS) {
      ledger.series(unit);
    }
    times.push(performance.now() - start);
  }
  const incremental = median(times);

  // Put the touched files back, so the cached journal stays the same from run to run.
  await Promise.all([...originals].map(([path, text]) => writeFile(join(dir, path), text)));

  return {
    size, files: paths.length, runs, floorRead, floorGrayMatter, coldIndex, warmStart, warmReads, snapshotMb, aggregate, incremental, record, decisionRecord, people,
    coldRatio: median(coldRatios), warmRatio: median(warmRatios), warmVerified, verifiedRatio: median(verifiedRatios),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

if (require.main === module) {
  const [dir, size, runs] = process.argv.slice(2);
  measure(dir, Number(size), Number(runs ?? 5)).then(
    (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
