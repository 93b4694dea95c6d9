/**
 * Runs the integration suites (test/integration) inside the real VS Code of the test bed: a fresh
 * copy of the fixture workspace, a VS Code Server, and the workbench in Chromium whose smoke-test
 * driver runs the suites in the extension host and reports their exit code. `--web` runs them in
 * the browser's extension host (a web worker, as in vscode.dev) against the extension's browser
 * bundle, without the suites that need Node.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import { ensureTestbed } from './install';
import { NO_FILE_EVENTS } from './markers';
import { TEST_TODAY, WEB_HOST_SETTINGS, startServer, withTimeout } from './server';
import { bundleWebSuites } from './webSuites';
import { isNoise, launchBrowser, openWorkbench } from './workbench';
import { REPO, copyFixtureWorkspace } from '../paths';

const SUITE_TIMEOUT_MS = 10 * 60_000;

/** How often a browser-host run is started again when the test bed delivers no file events (markers.ts). */
const DEAF_RETRIES = 2;

/** Runs the suites; resolves to the exit code the extension host reported. */
export async function runIntegration(host: 'node' | 'web' = 'node'): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    const { code, noFileEvents } = await runOnce(host);
    if (!noFileEvents || attempt === DEAF_RETRIES) {
      return code;
    }
    process.stdout.write(`\nThe test bed's server delivered no file events in this session (not the extension's doing): starting again on a fresh server (${attempt + 1} of ${DEAF_RETRIES}).\n`);
  }
}

async function runOnce(host: 'node' | 'web'): Promise<{ code: number; noFileEvents: boolean }> {
  const testbed = ensureTestbed();
  const testsPath = host === 'web'
    ? await bundleWebSuites(TEST_TODAY, process.env.REFLECTION_TEST_GREP)
    : join(REPO, 'out', 'test', 'integration', 'index.js');
  const scratch = mkdtempSync(join(tmpdir(), 'reflection-integration-'));
  const workspace = copyFixtureWorkspace(scratch);
  const server = await startServer(testbed, {
    dataDir: join(scratch, 'data'), env: { REFLECTION_TODAY: TEST_TODAY }, ...(host === 'web' ? { userSettings: WEB_HOST_SETTINGS } : {}),
  });
  const browser = await launchBrowser();
  try {
    const log = new TestLog();
    let report: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolveExit) => {
      report = resolveExit;
    });
    await openWorkbench(browser, {
      origin: server.origin,
      folder: workspace,
      extensionPath: REPO,
      testsPath,
      host,
    }, {
      onExit: (code) => report(code),
      onLog: (type, args) => log.write(type, args),
    });
    const code = await withTimeout(exited, SUITE_TIMEOUT_MS,
      () => `the VS Code suites did not finish within ${SUITE_TIMEOUT_MS / 60_000} minutes`);
    if (code !== 0) {
      // The server's own log often says why (a file watcher that failed, an extension host crash).
      const tail = server.output().split('\n').filter((line) => line.trim() !== '' && !isNoise(line)).slice(-40);
      process.stdout.write(`\n--- the last lines of the VS Code Server's log ---\n${tail.join('\n')}\n`);
    }
    return { code, noFileEvents: log.noFileEvents };
  } finally {
    await browser.close();
    await server.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The marker test/integration/index.ts prints before the suites start. */
export const SUITES_START = '[reflection] VS Code suites start';

/**
 * The workbench's console arrives here too. Before the suites start only errors are shown; after,
 * everything but the offline workbench's known noise.
 */
class TestLog {
  private started = false;
  /** Whether the suites said the workbench delivers no file events (markers.ts). */
  noFileEvents = false;

  write(type: string, args: unknown[]): void {
    const text = format(...args);
    this.noFileEvents ||= text.includes(NO_FILE_EVENTS);
    if (text.includes(SUITES_START)) {
      this.started = true;
      return;
    }
    if (!this.started && type !== 'error') {
      return;
    }
    for (const line of text.split('\n')) {
      if (!isNoise(line) && !/^\s+at /.test(line)) {
        process.stdout.write(`${line}\n`);
      }
    }
  }
}

if (require.main === module) {
  runIntegration(process.argv.includes('--web') ? 'web' : 'node').then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
