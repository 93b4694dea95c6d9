/**
 * `npm run bench`: synthetic journals of 1,000 / 10,000 / 100,000 entries, each measured in its
 * own process, reported as a table of medians and of ratios to the floor (reading the files at
 * all). `--json` prints the results as JSON; `--sizes 1000,10000` and `--runs N` narrow a run.
 * Journals are generated once into the test-bed cache and reused.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheRoot } from '../testbed/install';
import { generateJournal } from './generate';
import type { SizeResult } from './measure';
import { measureCalendarYear } from './calendarYear';
import { median } from './median';
import { CLI } from '../paths';

const GENERATOR_VERSION = 4;

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

export function journalFor(size: number): string {
  const dir = join(cacheRoot(), 'bench', `journal-${size}-g${GENERATOR_VERSION}`);
  if (!existsSync(join(dir, '.complete'))) {
    process.stderr.write(`generating a journal of ${size.toLocaleString('en')} entries in ${dir} …\n`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    generateJournal(dir, size, size);
    writeFileSync(join(dir, '.complete'), '');
  }
  return dir;
}

export interface Result extends SizeResult {
  /** The real `reflection-journal stats --json` in a fresh process: wall time and peak memory. */
  readonly statsMs: number;
  readonly statsPeakRssMb: number;
  /** Whole processes, start-up included, alternated in each round: the real `stats --json` and the naive script (naiveStats.ts). */
  readonly statsProcessMs: number;
  readonly naiveProcessMs: number;
  /** Median of the per-round ratios. */
  readonly statsProcessRatio: number;
}

/** Wall time of one whole `node` process. */
function processMs(args: string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (run.status !== 0) {
    throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
  }
  return performance.now() - started;
}


/** `stats` against the naive floor as whole processes, alternating, so both see the same machine. */
function statsAgainstNaive(dir: string, rounds: number): Pick<Result, 'statsProcessMs' | 'naiveProcessMs' | 'statsProcessRatio'> {
  const stats: number[] = [];
  const naive: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    naive.push(processMs([join(__dirname, 'naiveStats.js'), dir]));
    stats.push(processMs([CLI, 'stats', '--dir', dir, '--json']));
    ratios.push(stats[round] / naive[round]);
  }
  return { statsProcessMs: median(stats), naiveProcessMs: median(naive), statsProcessRatio: median(ratios) };
}

function measureSize(size: number, runs: number): Result {
  const dir = journalFor(size);
  const output = execFileSync(process.execPath, [join(__dirname, 'measure.js'), dir, String(size), String(runs)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * 1024 * 1024 });
  const result = JSON.parse(output.trim().split('\n').pop()!) as SizeResult;
  const stats = spawnSync(process.execPath, [join(__dirname, 'statsRun.js'), dir, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (stats.status !== 0 || !JSON.parse(stats.stdout).periods) {
    throw new Error(`stats failed on ${size} entries: ${stats.stderr}`);
  }
  const { ms, peakRssMb } = JSON.parse(stats.stderr.trim().split('\n').pop()!) as { ms: number; peakRssMb: number };
  return { ...result, statsMs: ms, statsPeakRssMb: peakRssMb, ...statsAgainstNaive(dir, runs) };
}

const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));

export function table(results: readonly Result[]): string {
  const header = ['entries', 'read', 'read + gray-matter (floor)', 'cold index', 'cold ÷ floor', 'warm: usable', '÷ floor',
    'warm: verified', '÷ floor', 'one change', 'aggregate ×3', 'quarter record', 'decision record', 'people', '`stats`', '`stats` peak RSS',
    '`stats` process', 'naive process', '÷ naive'];
  const rows = results.map((r) => [
    r.size.toLocaleString('en'), `${ms(r.floorRead)} ms`, `${ms(r.floorGrayMatter)} ms`, `${ms(r.coldIndex)} ms`,
    `${r.coldRatio.toFixed(2)}×`, `${ms(r.warmStart)} ms`, `${r.warmRatio.toFixed(2)}×`,
    `${ms(r.warmVerified)} ms`, `${r.verifiedRatio.toFixed(2)}×`,
    `${ms(r.incremental)} ms`, `${ms(r.aggregate)} ms`, `${ms(r.record)} ms`, `${ms(r.decisionRecord)} ms`, `${ms(r.people)} ms`, `${ms(r.statsMs)} ms`, `${r.statsPeakRssMb} MB`,
    `${ms(r.statsProcessMs)} ms`, `${ms(r.naiveProcessMs)} ms`, `${r.statsProcessRatio.toFixed(2)}×`,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]): string => `| ${cells.map((cell, column) => cell.padStart(widths[column])).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => `${'-'.repeat(width + 1)}:`).join('|')}|`, ...rows.map(line)].join('\n');
}

function main(): void {
  const sizes = (option('--sizes') ?? '1000,10000,100000').split(',').map(Number);
  const runsOption = option('--runs');
  const results = sizes.map((size) => {
    process.stderr.write(`measuring ${size.toLocaleString('en')} entries …\n`);
    return measureSize(size, runsOption ? Number(runsOption) : size >= 100_000 ? 3 : 7);
  });
  process.stderr.write('measuring the calendar import on a year of a busy calendar …\n');
  const calendar = measureCalendarYear(runsOption ? Number(runsOption) : 7);
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ node: process.version, results, calendar }, null, 2)}\n`);
  } else {
    process.stdout.write(`${table(results)}\n\nCalendar import, a year of a busy calendar (${calendar.events.toLocaleString('en')} events, `
      + `${Math.round(calendar.bytes / 1024)} KB): the whole export read and one week proposed in ${ms(calendar.weekMs)} ms (median).\n`);
  }
}

if (require.main === module) {
  main();
}
