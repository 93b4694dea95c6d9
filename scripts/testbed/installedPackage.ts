/**
 * The .vsix as people get it: installed with the VS Code Server's own `--install-extension` (as
 * code-server and VSCodium-based servers do), listed at the package's version, then opened on a
 * copy of the sample journal with no development path — once in the server's Node extension host
 * and once in the browser's (web worker) host — until the Balance view shows its headline.
 * Run after `npm run package`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureTestbed } from './install';
import { WEB_HOST_SETTINGS, startServer } from './server';
import { launchBrowser } from './workbench';
import { REPO, SAMPLE } from '../paths';

const EXTENSION_ID = 'reflection-journal.reflection-journal';

async function main(): Promise<void> {
  const testbed = ensureTestbed();
  const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
  const scratch = mkdtempSync(join(tmpdir(), 'reflection-vsix-'));
  try {
    const extensionsDir = join(scratch, 'extensions');
    const cli = (...args: string[]): string => {
      const result = spawnSync(testbed.node, [testbed.serverMain, ...args, '--extensions-dir', extensionsDir, '--accept-server-license-terms'], { encoding: 'utf8' });
      if (result.status !== 0) {
        throw new Error(`${args.join(' ')} failed: ${result.stderr || result.stdout}`);
      }
      return result.stdout;
    };
    cli('--install-extension', join(REPO, 'reflection-journal.vsix'));
    const listed = cli('--list-extensions', '--show-versions');
    if (!listed.includes(`${EXTENSION_ID}@${version}`)) {
      throw new Error(`the installed extensions are ${listed.trim() || 'none'}, not ${EXTENSION_ID}@${version}`);
    }
    console.log(`installed: ${EXTENSION_ID}@${version}`);
    for (const host of ['node', 'web'] as const) {
      const started = Date.now();
      await balanceShows(host, scratch, extensionsDir);
      console.log(`${host} extension host: the installed extension shows the Balance headline (${Date.now() - started} ms from server start)`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function balanceShows(host: 'node' | 'web', scratch: string, extensionsDir: string): Promise<void> {
  const folder = join(scratch, `sample-${host}`);
  cpSync(SAMPLE, folder, { recursive: true });
  const server = await startServer(ensureTestbed(() => undefined), {
    dataDir: join(scratch, `data-${host}`), extensionsDir, smokeTestDriver: false, ...(host === 'web' ? { userSettings: WEB_HOST_SETTINGS } : {}),
  });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${server.origin}/?folder=${encodeURIComponent(folder)}`);
    await page.locator('.activitybar [aria-label^="Reflection"]').first().click({ timeout: 60_000 });
    await page.frameLocator(`iframe.webview.ready[src*="extensionId=${EXTENSION_ID}"]`).frameLocator('#active-frame')
      .locator('#headline', { hasText: 'Leadership' }).waitFor({ timeout: 60_000 });
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`the installed package: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
