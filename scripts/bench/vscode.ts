/**
 * `npm run bench:vscode`: the extension on a 10,000-entry journal in the real VS Code of the test
 * bed. Measures the time from clicking the Reflection icon to the numbers in the view's title bar,
 * the page's headline and a drawn chart: first with no saved index (every file read), then with
 * the saved index after a window reload (the issue's "warm") and after a restart of browser and
 * server, and each time on showing the view again; and the Node extension host's peak memory. A benchmark, not a test: it prints numbers, it asserts nothing.
 * `--web` runs the extension in the browser's extension host (a web worker, on workspace.fs), as
 * in vscode.dev. `--runs N` repeats the pair of sessions N times (fresh data each time) and gives
 * medians and ranges; `--foam <dir>` adds Foam (its built `packages/foam-vscode`) in the same
 * harness, alternated with the extension round by round (foam.ts). `--sw-checked` lets the web
 * workbench check its webview service worker before each click, to show what that wait costs. The
 * extension runs from its release build (minified, as in the .vsix) unless `--dev-build` is given.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { freePort } from '../testbed/server';
import { journalFor } from './run';
import { REPO } from '../paths';
import { type BenchSessionOptions, type BenchWorkbench, SESSIONS, benchSessions, since } from './benchWorkbench';
import { type FoamSession, foamSessions } from './foam';
import { median } from './median';

interface Session {
  readonly label: string;
  /** Click → the numbers in the view's title bar (native UI, before the page boots). */
  /** Undefined in the browser's host, where the title bar stays plain (viewTitle.web.ts). */
  readonly clickToTitleMs: number | undefined;
  /** Click → the status-bar item's leadership share (the browser host's native place for it). */
  readonly clickToStatusMs: number | undefined;
  /** Click → the page's headline. */
  readonly clickToHeadlineMs: number;
  readonly clickToChartMs: number;
  readonly showAgainTitleMs: number | undefined;
  readonly showAgainMs: number;
  /** The Node extension host's peak resident memory (VmHWM), in MB; undefined in the web worker host. */
  readonly peakMb: number | undefined;
  /** Its peak before the click: the host with the workbench's own extensions, ours not yet active. */
  readonly baselineMb: number | undefined;
  readonly log: string[];
}

/** Waits for the numbers in the Balance view's title bar. */
async function titleNumbers(page: Page): Promise<void> {
  await page.locator('.pane-header', { hasText: 'Balance' }).locator('.description', { hasText: 'target' }).waitFor({ timeout: 120_000 });
}

/** Waits for the status-bar item's share (`$(pulse) 38 %`); undefined when it does not show within 60 s. */
async function statusShare(page: Page): Promise<void> {
  await page.locator('.statusbar-item:has(.codicon-pulse)', { hasText: '%' }).first().waitFor({ timeout: 60_000 });
}

function balancePage(page: Page) {
  return page.frameLocator('iframe.webview.ready[src*="extensionId=reflection-journal.reflection-journal"]').frameLocator('#active-frame');
}

/**
 * When the page first showed its headline or chart, as the page marked it (performance.mark in a
 * frame callback, main.ts): a poller across two frames can see it up to half a second late.
 * Wall-clock milliseconds; undefined when the page has no such mark.
 */
async function shownAt(page: Page, name: 'headline' | 'chart'): Promise<number | undefined> {
  for (const frame of page.frames()) {
    if (frame.url().includes('fake.html') && frame.parentFrame()?.url().includes('extensionId=reflection-journal.reflection-journal')) {
      const at = await frame.evaluate(`(() => { const mark = performance.getEntriesByName('reflection/${name}')[0]; return mark ? performance.timeOrigin + mark.startTime : undefined; })()`) as number | undefined;
      if (at !== undefined) {
        return Math.round(at);
      }
    }
  }
  return undefined;
}

async function pageHeadline(page: Page): Promise<void> {
  await balancePage(page).locator('#headline:not(:empty)').waitFor({ timeout: 120_000 });
}

async function chartDrawn(page: Page): Promise<void> {
  const frame = balancePage(page);
  await frame.locator('#headline:not(:empty)').waitFor({ timeout: 120_000 });
  // The chart draws in the same task as the headline; wait for painted pixels to be sure.
  await frame.locator('canvas#chart').evaluate(`new Promise((resolve) => {
    const check = () => {
      const canvas = document.querySelector('canvas#chart');
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) { resolve(true); return; } }
      requestAnimationFrame(check);
    };
    check();
  })`);
}

/** One measured opening of the view in a settled workbench: the click, then hidden and shown again. */
async function measure({ page, log, peakMb }: BenchWorkbench, label: string, baselineMb: number | undefined, host: 'node' | 'web'): Promise<Session> {
  if (process.argv.includes('--sw-checked')) {
    // The web workbench's first webview in a browser session waits for its service worker to be
    // checked (registration.update()); done here, before the click, it leaves the extension's share.
    await page.evaluate('navigator.serviceWorker.getRegistrations().then((all) => Promise.all(all.map((one) => one.update())))');
  }
  const icon = page.locator('.activitybar [aria-label^="Reflection"]').first();
  const clicked = Date.now();
  await icon.click();
  // The three show up in their own time; each is timed from the click.
  const title = (start: number): Promise<number | undefined> => (host === 'web' ? Promise.resolve(undefined) : since(start)(titleNumbers(page)));
  const [clickToTitleMs, clickToStatusMs, headlineSeenMs, chartSeenMs] = await Promise.all([
    title(clicked), since(clicked)(statusShare(page)).catch(() => undefined), since(clicked)(pageHeadline(page)), since(clicked)(chartDrawn(page)),
  ]);
  // The page's own marks where it has them; what the poller saw otherwise.
  const marked = async (name: 'headline' | 'chart', seen: number): Promise<number> => {
    const at = await shownAt(page, name);
    return at === undefined ? seen : Math.min(seen, at - clicked);
  };
  const clickToHeadlineMs = await marked('headline', headlineSeenMs);
  const clickToChartMs = await marked('chart', chartSeenMs);
  await page.locator('.activitybar [aria-label^="Explorer"]').first().click();
  // Hidden: the page is kept while the view is not shown (retainContextWhenHidden).
  await page.locator('iframe.webview.ready').waitFor({ state: 'hidden' });
  const shown = Date.now();
  await icon.click();
  const [showAgainTitleMs, showAgainMs] = await Promise.all([title(shown), since(shown)(chartDrawn(page))]);
  if (label === FIRST) {
    // The saved index is written 5 s after the last change; a person simply keeps working.
    await page.waitForTimeout(8000);
  }
  // Leave the Explorer showing, so the next session starts as this one did.
  await page.locator('.activitybar [aria-label^="Explorer"]').first().click();
  await page.waitForTimeout(1000);
  // Each line's time, counted from the first click.
  const timed = log.map((line) => line.replace(/ @(\d+)$/, (_, at: string) => ` (+${Number(at) - clicked} ms)`));
  return { label, clickToTitleMs, clickToStatusMs, clickToHeadlineMs, clickToChartMs, showAgainTitleMs, showAgainMs, peakMb: peakMb(), baselineMb, log: timed };
}

const FIRST = SESSIONS.first;
const LABELS = [SESSIONS.first, SESSIONS.reload, SESSIONS.restart];

interface Round {
  /** One session per label, in the order of LABELS. */
  readonly ours: Session[];
  readonly foam?: FoamSession[];
}

/** `median (min–max) ms` of one figure over the rounds. */
function spread(values: ReadonlyArray<number | undefined>, unit = 'ms'): string {
  const known = values.filter((value): value is number => value !== undefined);
  if (!known.length) {
    return '–';
  }
  const [low, high] = [Math.min(...known), Math.max(...known)];
  return `${Math.round(median(known))} ${unit}${known.length > 1 ? ` (${low}–${high})` : ''}`;
}

function report(size: number, host: 'node' | 'web', rounds: readonly Round[]): string {
  const checked = process.argv.includes('--sw-checked') ? ', service worker checked before the click' : '';
  const lines = [`| ${size.toLocaleString('en')} entries, ${host === 'web' ? 'browser (web worker)' : 'Node'} extension host, ${rounds.length} round(s)${checked} `
    + '| click → title-bar numbers | click → status-bar share | click → page headline | click → chart | shown again → title bar | shown again → chart | ext. host peak | its peak before the click |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|'];
  LABELS.forEach((label, at) => {
    const runs = rounds.map((round) => round.ours[at]);
    lines.push(`| ${label} | ${spread(runs.map((run) => run.clickToTitleMs))} | ${spread(runs.map((run) => run.clickToStatusMs))} | ${spread(runs.map((run) => run.clickToHeadlineMs))} | ${spread(runs.map((run) => run.clickToChartMs))} `
      + `| ${spread(runs.map((run) => run.showAgainTitleMs))} | ${spread(runs.map((run) => run.showAgainMs))} | ${spread(runs.map((run) => run.peakMb), 'MB')} | ${spread(runs.map((run) => run.baselineMb), 'MB')} |`);
  });
  if (rounds[0].foam) {
    lines.push('', '| Foam, same harness | click → Tag Explorer count | ext. host peak | its peak before the click | Foam ÷ our click → chart (per round) | Foam ÷ our click → title-bar numbers |', '|---|---:|---:|---:|---:|---:|');
    LABELS.forEach((label, at) => {
      const foam = rounds.map((round) => round.foam![at]);
      const ratio = (pick: (run: Session) => number | undefined): string => {
        const ratios = rounds.map((round) => round.foam![at].clickToCountMs / (pick(round.ours[at]) ?? Number.NaN));
        return `${median(ratios).toFixed(1)}× (${Math.min(...ratios).toFixed(1)}–${Math.max(...ratios).toFixed(1)})`;
      };
      lines.push(`| ${label} | ${spread(foam.map((run) => run.clickToCountMs))} | ${spread(foam.map((run) => run.peakMb), 'MB')} | ${spread(foam.map((run) => run.baselineMb), 'MB')} `
        + `| ${ratio((run) => run.clickToChartMs)} | ${ratio((run) => run.clickToTitleMs)} |`);
    });
  }
  rounds.forEach((round, at) => round.ours.forEach((run) => {
    lines.push('', `The extension's own log, round ${at + 1}, ${run.label}:`, ...run.log.map((line) => `- ${line}`));
  }));
  return `${lines.join('\n')}\n`;
}

/** A round's headline figures in one line, so a run that fails later has not lost them. */
function roundLine(round: Round): string {
  const ours = round.ours.map((run) => `title ${run.clickToTitleMs ?? '–'} / chart ${run.clickToChartMs} ms, peak ${run.peakMb ?? '–'} MB`).join('; ');
  const foam = round.foam ? `; Foam ${round.foam.map((run) => `${run.clickToCountMs} ms`).join(' / ')}` : '';
  return `${ours}${foam}`;
}

/** The files the .vsix holds (.vscodeignore), with the bundles built for release into a folder of their own. */
function releaseBuild(scratch: string): string {
  const folder = join(scratch, 'extension');
  mkdirSync(folder, { recursive: true });
  for (const name of ['package.json', 'README.md', 'LICENSE', 'media']) {
    cpSync(join(REPO, name), join(folder, name), { recursive: true });
  }
  const built = spawnSync(process.execPath, [join(REPO, 'esbuild.mjs'), '--production', '--outdir', join(folder, 'dist')], { cwd: REPO, encoding: 'utf8' });
  if (built.status !== 0) {
    throw new Error(`the release build failed:\n${built.stdout}${built.stderr}`);
  }
  return folder;
}

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  const size = Number(argument('--size')) || 10_000;
  const runs = Number(argument('--runs')) || 1;
  const foamPath = argument('--foam') === undefined ? undefined : resolve(argument('--foam')!);
  const journal = journalFor(size);
  const scratch = mkdtempSync(join(tmpdir(), 'reflection-bench-vscode-'));
  try {
    const workspace = join(scratch, 'workspace');
    mkdirSync(join(workspace, '.vscode'), { recursive: true });
    const host = process.argv.includes('--web') ? 'web' : 'node';
    // In the browser the journal can only be inside the opened folder.
    if (host === 'web') {
      cpSync(journal, join(workspace, 'journal'), { recursive: true });
    }
    writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'reflection.journalDirectory': host === 'web' ? 'journal' : journal }, null, 2));
    // Foam reads the notes of the opened folder: the same journal, copied in.
    const foamWorkspace = join(scratch, 'foam-workspace');
    if (foamPath) {
      cpSync(journal, join(foamWorkspace, 'journal'), { recursive: true });
    }
    // The extension as people install it (minified bundles, no source maps), as Foam is measured.
    const extensionPath = process.argv.includes('--dev-build') ? REPO : releaseBuild(scratch);
    const rounds: Round[] = [];
    for (let round = 0; round < runs; round += 1) {
      const ours = async (): Promise<Session[]> => {
        const options: BenchSessionOptions = { dataDir: join(scratch, `data-${round}`), port: await freePort('127.0.0.1'), workspace, extensionPath, host };
        return benchSessions(options, (bench, kind, baselineMb) => measure(bench, SESSIONS[kind], baselineMb, host));
      };
      const foam = async (): Promise<FoamSession[]> => {
        const options: BenchSessionOptions = { dataDir: join(scratch, `foam-data-${round}`), port: await freePort('127.0.0.1'), workspace: foamWorkspace, extensionPath: foamPath!, host: 'node' };
        return foamSessions(options);
      };
      // Alternate who goes first, so neither always gets the machine's quieter moment.
      const measured = async (): Promise<Round> => {
        if (foamPath && round % 2 === 1) {
          const foamRuns = await foam();
          return { foam: foamRuns, ours: await ours() };
        }
        const ourRuns = await ours();
        return { ours: ourRuns, ...(foamPath ? { foam: await foam() } : {}) };
      };
      // A workbench that never showed its folder (a shared machine's bad minute) costs the round,
      // not the run: the round is tried once more, and said so.
      const done = await measured().catch(async (error: unknown) => {
        process.stderr.write(`round ${round + 1} failed, tried once more: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
        return measured();
      });
      rounds.push(done);
      process.stderr.write(`round ${round + 1} of ${runs} done: ${roundLine(done)}\n`);
    }
    if (process.argv.includes('--json')) {
      process.stdout.write(`${JSON.stringify({ entries: size, host, rounds }, null, 2)}\n`);
      return;
    }
    process.stdout.write(report(size, host, rounds));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
