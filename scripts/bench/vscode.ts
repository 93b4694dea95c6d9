/**
 * `npm run bench:vscode`: the extension on a 10,000-entry journal in the real VS Code of the test
 * bed. Measures activation, and the time from clicking the Reflection icon to a drawn chart:
 * first with no saved index (every file read), then after a restart with the saved index, and on
 * showing the view again. A benchmark, not a test: it prints numbers, it asserts nothing.
 * `--web` runs the extension in the browser's extension host (a web worker, on workspace.fs), as
 * in vscode.dev.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConsoleMessage, Page, Worker } from 'playwright-core';
import { ensureTestbed } from '../testbed/install';
import { TEST_TODAY, WEB_HOST_SETTINGS, freePort, startServer } from '../testbed/server';
import { launchPersistentBrowser, openWorkbench } from '../testbed/workbench';
import { journalFor } from './run';
import { REPO } from '../paths';


interface Session {
  readonly label: string;
  /** Click → the numbers in the view's title bar (native UI, before the page boots). */
  readonly clickToTitleMs: number;
  /** Click → the page's headline. */
  readonly clickToHeadlineMs: number;
  readonly clickToChartMs: number;
  readonly showAgainTitleMs: number;
  readonly showAgainMs: number;
  /** The Node extension host's peak resident memory (VmHWM), in MB; undefined in the web worker host. */
  readonly peakMb: number | undefined;
  readonly log: string[];
}

/** Waits for the numbers in the Balance view's title bar. */
async function titleNumbers(page: Page): Promise<void> {
  await page.locator('.pane-header', { hasText: 'Balance' }).locator('.description', { hasText: 'target' }).waitFor({ timeout: 120_000 });
}

async function pageHeadline(page: Page): Promise<void> {
  await page.frameLocator('iframe.webview.ready[src*="extensionId=reflection-journal.reflection-journal"]').frameLocator('#active-frame')
    .locator('#headline:not(:empty)').waitFor({ timeout: 120_000 });
}

/** The peak resident memory of the extension host the server launched last (its pid is in the server's log). */
function extensionHostPeakMb(serverOutput: string): number | undefined {
  const pids = [...serverOutput.matchAll(/<(\d+)> Launched Extension Host Process/g)].map((match) => match[1]);
  const pid = pids[pids.length - 1];
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

async function chartDrawn(page: Page): Promise<void> {
  const frame = page.frameLocator('iframe.webview.ready[src*="extensionId=reflection-journal.reflection-journal"]').frameLocator('#active-frame');
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

async function session(label: string, dataDir: string, workspace: string, port: number, host: 'node' | 'web'): Promise<Session> {
  // The same address each time: the web workbench keys a workspace's storage by it.
  const server = await startServer(ensureTestbed(), {
    dataDir, port, env: { REFLECTION_BENCH: '1', REFLECTION_TODAY: TEST_TODAY }, ...(host === 'web' ? { userSettings: WEB_HOST_SETTINGS } : {}),
  });
  const browser = await launchPersistentBrowser(join(dataDir, 'browser-profile'));
  const log: string[] = [];
  try {
    const page = await openWorkbench(browser, { origin: server.origin, folder: workspace, extensionPath: REPO, host });
    const collect = (message: ConsoleMessage): void => {
      const text = message.text();
      if (text.includes('[reflection-bench]')) {
        // The workbench forwards extension logs with %c styling; keep our words only.
        log.push(text.slice(text.indexOf('[reflection-bench]') + 19).replace(/\s*color:.*$/s, ''));
      }
    };
    page.on('console', collect);
    // A web worker has no environment: the extension reads REFLECTION_BENCH from its global there.
    const benchInWorker = (worker: Worker): void => {
      worker.on('console', collect);
      void worker.evaluate('globalThis.REFLECTION_BENCH = "1"').catch(() => undefined);
    };
    page.workers().forEach(benchInWorker);
    page.on('worker', benchInWorker);
    // Let the workbench finish starting (its own extensions, its webview machinery) first: the
    // number wanted is the extension's, not the page load's. The Explorer showing the journal
    // folder is the sign.
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(3000);
    const icon = page.locator('.activitybar [aria-label^="Reflection"]').first();
    const clicked = Date.now();
    await icon.click();
    const since = (start: number) => async (wait: Promise<void>): Promise<number> => {
      await wait;
      return Date.now() - start;
    };
    // The three show up in their own time; each is timed from the click.
    const [clickToTitleMs, clickToHeadlineMs, clickToChartMs] = await Promise.all([
      since(clicked)(titleNumbers(page)), since(clicked)(pageHeadline(page)), since(clicked)(chartDrawn(page)),
    ]);
    await page.locator('.activitybar [aria-label^="Explorer"]').first().click();
    await page.locator('iframe.webview.ready').waitFor({ state: 'detached' });
    const shown = Date.now();
    await icon.click();
    const [showAgainTitleMs, showAgainMs] = await Promise.all([since(shown)(titleNumbers(page)), since(shown)(chartDrawn(page))]);
    if (label.startsWith('first')) {
      // The saved index is written 5 s after the last change; a person simply keeps working.
      await page.waitForTimeout(8000);
    }
    // Leave the Explorer showing, so the next session starts as this one did.
    await page.locator('.activitybar [aria-label^="Explorer"]').first().click();
    await page.waitForTimeout(1000);
    const peakMb = host === 'node' ? extensionHostPeakMb(server.output()) : undefined;
    return { label, clickToTitleMs, clickToHeadlineMs, clickToChartMs, showAgainTitleMs, showAgainMs, peakMb, log };
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function main(): Promise<void> {
  const size = Number(process.argv[process.argv.indexOf('--size') + 1]) || 10_000;
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
    const dataDir = join(scratch, 'data');
    const port = await freePort('127.0.0.1');
    const first = await session('first opening (no saved index)', dataDir, workspace, port, host);
    const second = await session('after a restart (saved index)', dataDir, workspace, port, host);
    const results = { entries: size, host, sessions: [first, second] };
    if (process.argv.includes('--json')) {
      process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
      return;
    }
    process.stdout.write(`| ${size.toLocaleString('en')} entries, ${host === 'web' ? 'browser (web worker)' : 'Node'} extension host `
      + '| click → title-bar numbers | click → page headline | click → chart | shown again → title bar | shown again → chart | ext. host peak |\n|---|---:|---:|---:|---:|---:|---:|\n');
    for (const run of [first, second]) {
      process.stdout.write(`| ${run.label} | ${run.clickToTitleMs} ms | ${run.clickToHeadlineMs} ms | ${run.clickToChartMs} ms | ${run.showAgainTitleMs} ms | ${run.showAgainMs} ms | ${run.peakMb === undefined ? '–' : `${run.peakMb} MB`} |\n`);
    }
    for (const run of [first, second]) {
      process.stdout.write(`\nThe extension's own log, ${run.label}:\n${run.log.map((line) => `- ${line}`).join('\n')}\n`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
