/**
 * One timed session of the web workbench for `npm run bench:vscode`: a fresh VS Code Server on a
 * data folder kept between sessions, a browser with a kept profile, the extension under
 * measurement loaded from a folder, and the workbench settled before anything is clicked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConsoleMessage, Page, Worker } from 'playwright-core';
import { ensureTestbed } from '../testbed/install';
import { TEST_TODAY, WEB_HOST_SETTINGS, startServer } from '../testbed/server';
import { launchPersistentBrowser, openWorkbench } from '../testbed/workbench';

export interface BenchWorkbench {
  readonly page: Page;
  /** Lines the extension logged with `[reflection-bench]`, each ending in its wall-clock time as `@ms`. */
  readonly log: string[];
  /** The Node extension host's peak resident memory (VmHWM) in MB; undefined in the web worker host. */
  peakMb(): number | undefined;
  /** The same, read when the workbench had settled and before anything was clicked: the host's own. */
  readonly baselineMb: number | undefined;
  /**
   * Reloads the window, as a person does (the browser's reload; the server, the browser and its
   * profile stay), and lets the workbench settle again; gives the new extension host's own peak.
   */
  reload(): Promise<number | undefined>;
}

export interface BenchSessionOptions {
  readonly dataDir: string;
  readonly port: number;
  readonly workspace: string;
  /** The folder of the extension to load (this repository, or Foam's built package). */
  readonly extensionPath: string;
  readonly host: 'node' | 'web';
}

/** The pids of the extension hosts the server has launched, in order (from its log). */
function launchedHosts(serverOutput: string): string[] {
  return [...serverOutput.matchAll(/<(\d+)> Launched Extension Host Process/g)].map((match) => match[1]);
}

/** The peak resident memory of the extension host the server launched last. */
function extensionHostPeakMb(serverOutput: string): number | undefined {
  const pid = launchedHosts(serverOutput).at(-1);
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

async function waitFor(check: () => boolean, timeoutMs: number, failure: string): Promise<void> {
  for (const end = Date.now() + timeoutMs; !check();) {
    if (Date.now() > end) {
      throw new Error(failure);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function quietLine(waitedMs: number): string {
  return `(the bench) the machine was quiet ${waitedMs} ms after the workbench showed the folder and 3 s more${waitedMs >= QUIET_WAIT_MS ? ' — it was not: clicked anyway' : ''} @${Date.now()}`;
}

/** Busy and total CPU time of the whole machine so far (`/proc/stat`, all CPUs), in clock ticks. */
function cpuTicks(): { busy: number; total: number } {
  const [user, nice, system, idle, iowait, irq, softirq] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const busy = user + nice + system + irq + softirq;
  return { busy, total: busy + idle + iowait };
}

/** The machine counts as quiet when less than this share of its CPU time was busy over a second. */
const QUIET_SHARE = 0.1;
const QUIET_WAIT_MS = 30_000;

/**
 * Lets the workbench finish starting (its own extensions, its webview machinery) first: the number
 * wanted is the extension's, not the page load's. The Explorer showing the folder is the first
 * sign; then the machine must be quiet for a second (on a slow machine the workbench is still busy
 * for many seconds after that). Gives how long it waited for quiet (at most 30 s).
 */
async function settled(page: Page): Promise<number> {
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(3000);
  const started = Date.now();
  let last = cpuTicks();
  while (Date.now() - started < QUIET_WAIT_MS) {
    await page.waitForTimeout(1000);
    const now = cpuTicks();
    const share = (now.busy - last.busy) / Math.max(1, now.total - last.total);
    last = now;
    if (share < QUIET_SHARE) {
      break;
    }
  }
  return Date.now() - started;
}

/** Collects the extension's `[reflection-bench]` lines from the page and its workers. */
function collectBenchLog(page: Page, log: string[]): void {
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
}

/** Starts the server and the browser, opens the workspace, lets the workbench settle, runs `use`. */
export async function withBenchWorkbench<T>(options: BenchSessionOptions, use: (bench: BenchWorkbench) => Promise<T>): Promise<T> {
  // The same address each time: the web workbench keys a workspace's storage by it.
  const server = await startServer(ensureTestbed(), {
    dataDir: options.dataDir, port: options.port, env: { REFLECTION_BENCH: '1', REFLECTION_TODAY: TEST_TODAY },
    ...(options.host === 'web' ? { userSettings: WEB_HOST_SETTINGS } : {}),
  });
  const browser = await launchPersistentBrowser(join(options.dataDir, 'browser-profile'));
  let page: Page | undefined;
  try {
    page = await openWorkbench(browser, { origin: server.origin, folder: options.workspace, extensionPath: options.extensionPath, host: options.host });
    const log: string[] = [];
    collectBenchLog(page, log);
    const quietAfter = await settled(page);
    const shown = page;
    const peakMb = (): number | undefined => (options.host === 'node' ? extensionHostPeakMb(server.output()) : undefined);
    const reload = async (): Promise<number | undefined> => {
      const hosts = launchedHosts(server.output()).length;
      log.length = 0;
      await shown.reload();
      await shown.waitForSelector('.monaco-workbench', { timeout: 60_000 });
      if (options.host === 'node') {
        // The reloaded window has an extension host of its own; wait for it to be launched.
        await waitFor(() => launchedHosts(server.output()).length > hosts, 60_000, 'the reloaded window launched no extension host');
      }
      log.push(quietLine(await settled(shown)));
      return peakMb();
    };
    log.push(quietLine(quietAfter));
    return await use({ page, log, peakMb, baselineMb: peakMb(), reload });
  } finally {
    if (page) {
      await closeTab(page);
    }
    await browser.close();
    await server.stop();
  }
}

/**
 * Closes the tab as a person does, letting the workbench run its unload handlers: they write its
 * state (which view is showing, the extensions' storage) to the browser's database. Closing the
 * browser alone sometimes lost the last second of it, and the next session started elsewhere.
 */
async function closeTab(page: Page): Promise<void> {
  page.on('dialog', (dialog) => void dialog.accept());
  const closed = page.waitForEvent('close', { timeout: 10_000 }).catch(() => undefined);
  await page.close({ runBeforeUnload: true }).catch(() => undefined);
  await closed;
}

/** Awaits `wait` and gives the milliseconds since `start`. */
export const since = (start: number) => async (wait: Promise<unknown>): Promise<number> => {
  await wait;
  return Date.now() - start;
};

/** The three sessions of a round, in this order. */
export const SESSIONS = {
  first: 'first opening (no saved index)',
  reload: 'after a window reload (saved index)',
  restart: 'after a restart of browser and server (saved index)',
} as const;
export type SessionKind = keyof typeof SESSIONS;

/**
 * A round's sessions for one extension: a first opening, the same after a window reload (one
 * browser and server), then after a restart of browser and server (on the same profile and data).
 * `measure` opens the view once in a settled workbench.
 */
export async function benchSessions<S>(options: BenchSessionOptions, measure: (bench: BenchWorkbench, kind: SessionKind, baselineMb: number | undefined) => Promise<S>): Promise<S[]> {
  const opened = await withBenchWorkbench(options, async (bench) => {
    const first = await measure(bench, 'first', bench.baselineMb);
    const baselineMb = await bench.reload();
    return [first, await measure(bench, 'reload', baselineMb)];
  });
  return [...opened, await withBenchWorkbench(options, async (bench) => measure(bench, 'restart', bench.baselineMb))];
}
