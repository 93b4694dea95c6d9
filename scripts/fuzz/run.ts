/**
 * `npm run fuzz`: the command-line tool against seeded hostile journals (see hostileJournal.ts).
 * Every command must finish within a budget proportional to the bytes in the journal, exit with a
 * status it documents, print no stack, account for every file (each reachable `*.md` an entry or
 * a problem, each unreadable folder a problem), write nothing outside the journal, leave every
 * link as it was, and execute nothing; the extension's read with stamps, its check against the disk
 * and a saved snapshot must agree (stampCheck.ts). When run as root, the tool runs as `nobody`, so that
 * unreadable folders are unreadable to it.
 *   --journals N (default 150) · --seed S (default 1) · --large (megabyte lines) · --json
 * `npm test` runs a small size.
 */
import { hostileCalendarRules, writeHostileCalendar } from './hostileCalendar';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Random, seeded, writeHostileJournal } from './hostileJournal';
import { CLI as BUILT_CLI } from '../paths';

// RJ_FUZZ_CLI points at another build of the tool (an older one, to see the suite catch what it fixed).
const CLI = process.env.RJ_FUZZ_CLI ?? BUILT_CLI;
const PEAK_HOOK = join(__dirname, 'peakMemory.js');
const DAYS = ['2026-11-25', '2026-11-19', '2025-06-11', '2026-12-03', '9999-12-31', '0001-01-01', '2026-11-02'];
const TITLES = ['Launch: day 2 #ops', 'Priya, leadership', '-x', '"quoted" \\ back', '${1:x}', '\u001b[2J', 'a'.repeat(300), '../../etc'];
const asRoot = process.getuid?.() === 0;
/** Folders nested deeper than the tool walks: a problem, like an unreadable folder. */
const MAX_FOLDER_DEPTH = 32;

interface Failure { readonly seed: number; readonly what: string }
interface Totals { journals: number; files: number; bytes: number; commands: number; ms: number; maxMs: number; maxMsPerMb: number; peakRssMb: number }

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

/** What the tool should reach: real folders only, no dot folders, no deeper than it walks; unreadable ones apart. */
function walk(dir: string, folder = '', depth = 0, found = { files: [] as string[], badFolders: [] as string[] }) {
  for (const name of readdirSync(join(dir, folder)).sort()) {
    const path = folder ? `${folder}/${name}` : name;
    const stats = lstatSync(join(dir, path));
    if (stats.isDirectory() && !name.startsWith('.') && name !== 'node_modules') {
      if (depth >= MAX_FOLDER_DEPTH || (stats.mode & 0o777) === 0) {
        found.badFolders.push(path);
      } else {
        walk(dir, path, depth + 1, found);
      }
    } else if (stats.isFile() && name.toLowerCase().endsWith('.md')) {
      found.files.push(path);
    }
  }
  return found;
}

/** Every path below `dir` with what it is: content hash, link target, or folder. */
function fingerprint(dir: string, links = false): string[] {
  const result: string[] = [];
  const visit = (path: string): void => {
    const stats = lstatSync(join(dir, path));
    if (stats.isSymbolicLink()) {
      result.push(`${path} -> ${readlinkSync(join(dir, path))}`);
    } else if (stats.isDirectory() && (stats.mode & 0o777) !== 0) {
      readdirSync(join(dir, path)).sort().forEach((name) => visit(path ? `${path}/${name}` : name));
    } else if (!links && stats.isFile()) {
      result.push(`${path} ${createHash('sha1').update(readFileSync(join(dir, path))).digest('hex')} ${stats.mode & 0o777}`);
    }
  };
  visit('');
  return result;
}

function runJournal(seed: number, large: boolean, totals: Totals, failures: Failure[]): void {
  const scratch = mkdtempSync(join(tmpdir(), 'rj-fuzz-'));
  chmodSync(scratch, 0o777);
  const dir = join(scratch, 'journal');
  const outside = join(scratch, 'outside');
  mkdirSync(dir);
  mkdirSync(join(outside, 'folder'), { recursive: true });
  writeFileSync(join(outside, 'victim.md'), 'secret\n', { mode: 0o666 });
  const fail = (what: string): void => void failures.push({ seed, what });
  try {
    const journal = writeHostileJournal(dir, outside, seed, large);
    const next: Random = seeded(seed + 7);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
    const outsideBefore = fingerprint(outside);
    const linksBefore = fingerprint(dir, true);
    // A fixed part (start-up, and a report that spans the whole calendar: 0001 to 9999 is 521,000 weeks) and a part per byte.
    const budgetMs = Math.round(10_000 + journal.bytes / 500);
    const peakFile = join(scratch, 'peak');
    writeFileSync(peakFile, '', { mode: 0o666 });
    const day = pick(DAYS);
    const calendar = writeHostileCalendar(scratch, next, large);
    mkdirSync(join(scratch, '.vscode'));
    writeFileSync(join(scratch, '.vscode', 'settings.json'), JSON.stringify({ 'reflection.timeAudit.calendarRules': hostileCalendarRules(next), 'reflection.calendar.me': 'alex@example.com' }));
    const commands: Array<[string[], number[]]> = [
      [['check', '--json'], [0, 1]],
      [['stats', '--json', '--by', 'week'], [0]],
      [['decisions', '--json', '--as-of', '2026-11-30'], [0]],
      [['decisions', '--calibration', '--as-of', pick(DAYS), ...(next() < 0.5 ? ['--json'] : [])], [0]],
      [['people', '--as-of', pick(DAYS), ...(next() < 0.7 ? ['--json'] : [])], [0]],
      [['review', pick(['month', 'quarter', 'year']), '--as-of', pick(DAYS), ...(next() < 0.5 ? ['--json'] : [])], [0]],
      [['new', 'leadership-moments', '--date', day], [0, 1]],
      [['new', 'monthly-reflection', '--date', day], [0, 1]],
      [['new', pick(['after-action-review', 'broken', 'nested']), '--date', day, '--title', pick(TITLES)], [0, 1, 2]],
      [['log', pick(['leadership', 'management/hiring']), pick(['1m', '15m', '1h30']), '--date', day, '--note', pick(TITLES)], [0, 1]],
      [['log', '--from-ics', calendar, '--week', pick(['2026-W47', '2026-W46', '9999-W52', '1970-W01']), '--dry-run', '--json'], [0, 1]],
      [['log', '--from-ics', calendar, '--week', '2026-W47'], [0, 1]],
      [['check', '--json'], [0, 1]],
    ];
    const checks: string[] = [];
    for (const [args, allowed] of commands) {
      const started = performance.now();
      const result = spawnSync(process.execPath, ['-r', PEAK_HOOK, CLI, ...args, '--dir', dir], {
        encoding: 'utf8', timeout: budgetMs, maxBuffer: 256 * 1024 * 1024,
        env: { ...process.env, RJ_FUZZ_PEAK: peakFile, REFLECTION_DEBUG: '' },
        ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      });
      const ms = performance.now() - started;
      totals.commands++;
      totals.ms += ms;
      totals.maxMs = Math.max(totals.maxMs, ms);
      totals.maxMsPerMb = Math.max(totals.maxMsPerMb, ms / Math.max(0.1, journal.bytes / 1e6));
      const name = args.slice(0, 2).join(' ');
      if (result.error) {
        fail(`${name}: ${result.error.message} (budget ${budgetMs.toFixed(0)} ms for ${journal.bytes} bytes)`);
        continue;
      }
      if (!allowed.includes(result.status ?? -1)) {
        fail(`${name} exited ${result.status}: ${result.stderr.trim().slice(0, 300)}`);
      }
      if (/^\s+at |RangeError|Maximum call stack/m.test(result.stderr)) {
        fail(`${name} printed a stack: ${result.stderr.slice(0, 300)}`);
      }
      if (args[0] === 'check') {
        checks.push(result.stdout);
      }
      if (args[0] === 'stats' && result.status === 0) {
        checkStatsAgainstCheck(result.stdout, checks[0], fail);
      }
      if (args.includes('--calibration') && args.includes('--json') && result.status === 0) {
        checkCalibration(result.stdout, fail);
      }
      if (args.includes('--from-ics') && args.includes('--dry-run') && result.status === 0) {
        checkCalendarWeek(result.stdout, fail);
      }
      if (args[0] === 'people' && args.includes('--json') && result.status === 0) {
        checkPeople(result.stdout, fail);
      }
    }
    checkStamps(dir, budgetMs, fail);
    for (const line of readFileSync(peakFile, 'utf8').split('\n').filter(Boolean)) {
      totals.peakRssMb = Math.max(totals.peakRssMb, Number(line) / 1024);
    }
    accountFor(dir, checks[checks.length - 1], fail);
    if (fingerprint(outside).join('\n') !== outsideBefore.join('\n')) {
      fail(`something outside the journal changed:\n${fingerprint(outside).join('\n')}`);
    }
    if (fingerprint(dir, true).join('\n') !== linksBefore.join('\n')) {
      fail('a link in the journal changed');
    }
    if (existsSync(join(outside, 'executed'))) {
      fail('code from a journal ran');
    }
    totals.journals++;
    totals.files += journal.reachable.length;
    totals.bytes += journal.bytes;
  } finally {
    rmSync(scratch, { recursive: true, force: true, maxRetries: 2 });
    if (existsSync(scratch)) {
      spawnSync('chmod', ['-R', 'u+rwx', scratch]);
      rmSync(scratch, { recursive: true, force: true });
    }
  }
}

/** The extension's first read, its check against the disk and a saved snapshot agree (stampCheck.ts). */
function checkStamps(dir: string, budgetMs: number, fail: (what: string) => void): void {
  const result = spawnSync(process.execPath, [join(__dirname, 'stampCheck.js'), dir], {
    encoding: 'utf8', timeout: budgetMs, maxBuffer: 16 * 1024 * 1024, ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  if (result.status !== 0) {
    fail(`the extension's read with stamps failed: ${(result.error?.message ?? result.stderr).slice(0, 300)}`);
    return;
  }
  const found = JSON.parse(result.stdout) as { firstPaintSafe: boolean; firstLookRight: boolean; changedAfterRead: number; changedAfterLoad: number; entries: number[]; sameEntries: boolean; problems: number[]; statManyDiffers: number };
  if (found.changedAfterRead !== 0 || found.changedAfterLoad !== 0) {
    fail(`the check against the disk found changes where there were none: ${result.stdout}`);
  }
  if (found.entries[0] !== found.entries[1] || !found.sameEntries || found.problems[0] !== found.problems[1]) {
    fail(`a saved snapshot, loaded and checked, differs from the read it saved: ${result.stdout}`);
  }
  if (!found.firstPaintSafe) {
    fail('the readings, written as a page\'s first paint (jsonForAttribute), could end their attribute or did not give back the same');
  }
  if (!found.firstLookRight) {
    fail('the first look was not told once, held a file not named from its day on, or changed what the full read found');
  }
  if (found.statManyDiffers !== 0) {
    fail(`statMany differs from one stat per path for ${found.statManyDiffers} files`);
  }
}

/**
 * `stats` reads the balance alone (balanceEntry.ts), `check` reads everything: run back to back on
 * the same files, they must count the same entries and the same problems.
 */
function checkStatsAgainstCheck(statsJson: string, checkJson: string | undefined, fail: (what: string) => void): void {
  try {
    const stats = JSON.parse(statsJson) as { entries: number; problems: number };
    const check = JSON.parse(checkJson ?? '') as { entries: number; problems: number };
    if (stats.entries !== check.entries || stats.problems !== check.problems) {
      fail(`stats counts ${stats.entries} entries and ${stats.problems} problems, check ${check.entries} and ${check.problems}`);
    }
  } catch {
    fail('stats --json or check --json printed no JSON');
  }
}

/** The calibration JSON holds together: counts add up, every rate and the score lie in 0…1. */
function checkCalibration(stdout: string, fail: (what: string) => void): void {
  let report: { reviewed: number; brier: number | null; buckets: Array<{ from: number; to: number; count: number; meanConfidence: number; hitRate: number }> };
  try {
    report = JSON.parse(stdout);
  } catch {
    fail(`decisions --calibration --json printed no JSON: ${stdout.slice(0, 200)}`);
    return;
  }
  const counted = report.buckets.reduce((sum, bucket) => sum + bucket.count, 0);
  const inRange = (value: number) => Number.isFinite(value) && value >= 0 && value <= 1;
  if (counted !== report.reviewed || (report.reviewed === 0) !== (report.brier === null) || (report.brier !== null && !inRange(report.brier))) {
    fail(`calibration does not add up: ${report.reviewed} reviewed, ${counted} in buckets, Brier ${report.brier}`);
  }
  for (const bucket of report.buckets) {
    if (![bucket.from, bucket.to, bucket.meanConfidence, bucket.hitRate].every(inRange) || bucket.meanConfidence < bucket.from || bucket.meanConfidence > bucket.to || bucket.count < 1) {
      fail(`calibration bucket out of range: ${JSON.stringify(bucket)}`);
    }
  }
}

/** The people JSON holds together: one row per name key, counts that nest, the order of section 10. */
function checkPeople(stdout: string, fail: (what: string) => void): void {
  let report: { people: Array<{ name: string; oneOnOnes: number; lastOneOnOne: string | null; daysSince: number | null; recentOneOnOnes: number; openDecisions: number; overdueDecisions: number; entries: number }> };
  try {
    report = JSON.parse(stdout);
  } catch {
    fail(`people --json printed no JSON: ${stdout.slice(0, 200)}`);
    return;
  }
  const keys = new Set<string>();
  let previous = Number.POSITIVE_INFINITY;
  for (const row of report.people) {
    const key = row.name.trim().split(/\s+/).join(' ').toLowerCase();
    const since = row.daysSince ?? -1;
    if (keys.has(key) || key === 'me' || key === '' || row.recentOneOnOnes > row.oneOnOnes || row.overdueDecisions > row.openDecisions
      || (row.daysSince === null) !== (row.lastOneOnOne === null) || (row.oneOnOnes === 0) !== (row.lastOneOnOne === null) || row.entries < 1 || since > previous) {
      fail(`people row does not hold together: ${JSON.stringify(row).slice(0, 300)}`);
    }
    keys.add(key);
    previous = since;
  }
}

/** The week's proposal holds together: inside its week, in start order, minutes that fit in it. */
function checkCalendarWeek(stdout: string, fail: (what: string) => void): void {
  let week: { week: string; logs: Array<{ date: string; start: string; minutes: number }>; unclassified: Array<{ date: string; start: string; minutes: number }>; skipped: unknown[] };
  try {
    week = JSON.parse(stdout);
  } catch {
    fail(`log --from-ics --dry-run --json printed no JSON: ${stdout.slice(0, 200)}`);
    return;
  }
  const events = [...week.logs, ...week.unclassified];
  const total = events.reduce((sum, event) => sum + event.minutes, 0);
  // Overlaps count once and nothing runs past Sunday midnight: no more minutes than the week has (169 hours when clocks go back).
  if (events.some((event) => !(event.minutes > 0) || !/^\d{4}-\d{2}-\d{2}$/.test(event.date) || !/^\d{2}:\d{2}$/.test(event.start)) || total > 169 * 60) {
    fail(`calendar week does not hold together: ${events.length} events, ${total} minutes`);
  }
}

/** Each reachable `*.md` is an entry or a problem, each bad folder a problem, and nothing else is. */
function accountFor(dir: string, checkJson: string | undefined, fail: (what: string) => void): void {
  let report: { entries: number; findings: Array<{ path: string; severity: string }> };
  try {
    report = JSON.parse(checkJson ?? '');
  } catch {
    fail('check --json printed no JSON');
    return;
  }
  const expected = walk(dir);
  const problems = new Set(report.findings.filter((f) => f.severity === 'problem').map((f) => f.path));
  const fileProblems = expected.files.filter((path) => problems.has(path)).length;
  if (report.entries + fileProblems !== expected.files.length) {
    fail(`${expected.files.length} files, but ${report.entries} entries and ${fileProblems} problems`);
  }
  for (const folder of expected.badFolders) {
    if (!problems.has(folder)) {
      fail(`the folder ${folder} is not reported`);
    }
  }
  const known = new Set([...expected.files, ...expected.badFolders]);
  for (const path of problems) {
    if (!known.has(path) && !path.startsWith('.templates')) {
      fail(`a problem on ${path}, which is not a file of the journal`);
    }
  }
}

function main(): void {
  if (!existsSync(CLI)) {
    throw new Error(`${CLI} is missing: run "npm run build" first`);
  }
  process.umask(0);
  const journals = Number(option('--journals') ?? 150);
  const seed = Number(option('--seed') ?? 1);
  const large = process.argv.includes('--large');
  const totals: Totals = { journals: 0, files: 0, bytes: 0, commands: 0, ms: 0, maxMs: 0, maxMsPerMb: 0, peakRssMb: 0 };
  const failures: Failure[] = [];
  const started = performance.now();
  for (let i = 0; i < journals; i++) {
    runJournal(seed + i, large, totals, failures);
  }
  const seconds = (performance.now() - started) / 1000;
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ ...totals, seconds, failures }));
  } else {
    console.log(`fuzz: ${totals.journals} hostile journals (seeds ${seed}–${seed + journals - 1}${large ? ', large' : ''}), `
      + `${totals.files} entry files, ${(totals.bytes / 1e6).toFixed(1)} MB, ${totals.commands} commands in ${seconds.toFixed(1)} s; `
      + `slowest command ${totals.maxMs.toFixed(0)} ms, peak memory ${totals.peakRssMb.toFixed(0)} MB${asRoot ? ' (run as nobody)' : ''}`);
    failures.slice(0, 30).forEach((failure) => console.log(`  ✘ seed ${failure.seed}: ${failure.what}`));
    console.log(failures.length === 0 ? 'fuzz: all held' : `fuzz: ${failures.length} failures`);
  }
  process.exitCode = failures.length === 0 ? 0 : 1;
}

main();
