/**
 * The VS Code web workbench in Debian's Chromium, driven by playwright-core. Playwright never
 * downloads a browser here: it is given the system one.
 */
import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
];

function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: run \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`);
  }
}

export async function launchBrowser(): Promise<Browser> {
  requireChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * A browser with a profile kept in `profileDir`, as a person's browser keeps one: what the web
 * workbench stores there (the extension's storage, in IndexedDB) is still there next time.
 */
export async function launchPersistentBrowser(profileDir: string): Promise<BrowserContext> {
  requireChromium();
  return chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, viewport: { width: 1400, height: 900 } });
}

export interface WorkbenchTarget {
  readonly origin: string;
  /** Absolute path of the folder to open; none opens an empty window. */
  readonly folder?: string;
  /** Absolute path of the extension under development. */
  readonly extensionPath: string;
  /** Absolute path of a test entry module (exports `run()`), to run the extension's tests. */
  readonly testsPath?: string;
  /** `web` runs the extension in the browser's extension host (a web worker, as vscode.dev does). */
  readonly host?: 'node' | 'web';
}

/** The workbench URL that opens a folder with the extension loaded (and its tests, if given). */
export function workbenchUrl(target: WorkbenchTarget): string {
  const remote = (path: string): string => `vscode-remote://${new URL(target.origin).host}${path}`;
  const payload: Array<[string, string]> = [['extensionDevelopmentPath', remote(target.extensionPath)]];
  if (target.testsPath) {
    payload.push(['extensionTestsPath', remote(target.testsPath)]);
  }
  if (target.host === 'web') {
    payload.push(['extensionDevelopmentKind', 'web']);
  }
  const where = target.folder ? `folder=${encodeURIComponent(target.folder)}` : 'ew=true';
  return `${target.origin}/?${where}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Lines the offline workbench prints that say nothing about the extension. */
export function isNoise(line: string): boolean {
  return /authentication provider|AccountPolicyGate|getaddrinfo|ENOTFOUND|Service Worker|marketplace|open-vsx|openvsx|github\.com|microsoft\.com|visualstudio\.com|vscode-cdn|AgentHost|Failed to fetch|ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED|net::ERR_|update\.code|Long running operations|\[Extension Host\] (?!.*reflection)/i.test(line);
}

export interface WorkbenchHooks {
  /** The smoke-test driver calls this with the exit code when the extension's tests end. */
  readonly onExit?: (code: number) => void;
  /** Console output of the extension's tests. */
  readonly onLog?: (type: string, args: unknown[]) => void;
}

/** Opens the workbench in a new page and waits until its editor area is up. */
export async function openWorkbench(browser: Browser | BrowserContext, target: WorkbenchTarget, hooks: WorkbenchHooks = {}): Promise<Page> {
  const context = 'newContext' in browser ? await browser.newContext({ viewport: { width: 1400, height: 900 } }) : browser;
  const page = await context.newPage();
  await page.exposeFunction('codeAutomationExit', (code: number) => hooks.onExit?.(code));
  await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => hooks.onLog?.(type, args));
  await page.goto(workbenchUrl(target));
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  return page;
}
