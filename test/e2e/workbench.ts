/**
 * A VS Code workbench for the end-to-end suites: its own server, a fresh copy of the fixture
 * workspace, the extension loaded, and a Chromium page to drive with the keyboard and mouse.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, FrameLocator, Page } from 'playwright-core';
import { ensureTestbed } from '../../scripts/testbed/install';
import { type RunningServer, TEST_TODAY, WEB_HOST_SETTINGS, startServer } from '../../scripts/testbed/server';

export { TEST_TODAY };
import { launchBrowser, openWorkbench } from '../../scripts/testbed/workbench';
import { REPO, SAMPLE, copyFixtureWorkspace } from '../../scripts/paths';

export { REPO };
export const OUTPUT = join(REPO, 'test-output');

export interface WorkbenchOptions {
  readonly folder: boolean;
  readonly journal?: 'fixture' | 'sample';
  readonly sampleSettings?: boolean;
  /** `web`: the extension runs in the browser's extension host (a web worker, as in vscode.dev). */
  readonly host?: 'node' | 'web';
}

export class E2EWorkbench {
  private constructor(
    readonly page: Page,
    /** The opened folder, or undefined for an empty window. */
    readonly workspace: string | undefined,
    /** A scratch folder the test may use; removed at the end. */
    readonly scratch: string,
    private readonly browser: Browser,
    private readonly server: RunningServer,
  ) {}

  /**
   * `journal: 'sample'` replaces the fixture workspace's journal with the sample journal;
   * `sampleSettings` also gives the workspace the sample's `.vscode/settings.json` (its calendar rules).
   */
  static async start(options: WorkbenchOptions): Promise<E2EWorkbench> {
    const scratch = mkdtempSync(join(tmpdir(), 'reflection-e2e-'));
    let workspace: string | undefined;
    if (options.folder) {
      workspace = copyFixtureWorkspace(scratch);
      if (options.journal === 'sample') {
        rmSync(join(workspace, 'journal'), { recursive: true });
        cpSync(join(SAMPLE, 'journal'), join(workspace, 'journal'), { recursive: true });
      }
      if (options.sampleSettings) {
        cpSync(join(SAMPLE, '.vscode'), join(workspace, '.vscode'), { recursive: true });
      }
    }
    const server = await startServer(ensureTestbed(), {
      dataDir: join(scratch, 'data'), env: { REFLECTION_TODAY: TEST_TODAY }, ...(options.host === 'web' ? { userSettings: WEB_HOST_SETTINGS } : {}),
    });
    const browser = await launchBrowser();
    const page = await openWorkbench(browser, { origin: server.origin, folder: workspace, extensionPath: REPO, host: options.host ?? 'node' });
    return new E2EWorkbench(page, workspace, scratch, browser, server);
  }

  /**
   * Opens the command palette with F1 and runs the command with this title, as a person would.
   * Right after the page loads the palette may not list extension commands yet; then it closes
   * the palette and tries again.
   */
  async runCommand(title: string, attempts = 12): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    // The row whose label is exactly the title (recently used commands can sit above it).
    const row = this.page.locator('.quick-input-list .monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) })
      .first();
    for (let attempt = 1; ; attempt++) {
      try {
        await this.page.keyboard.press('F1');
        await input.fill(`>${title}`, { timeout: 5000 });
        await row.waitFor({ timeout: 5000 });
        break;
      } catch (error) {
        if (attempt >= attempts) {
          throw error;
        }
        await this.page.keyboard.press('Escape');
      }
    }
    await row.click();
  }

  /** Waits for a quick input (pick or text box) whose title, prompt or placeholder contains `text`. */
  async waitForPrompt(text: string, timeoutMs = 30_000): Promise<void> {
    // Runs in the page (a string, so this Node-side file needs no DOM types).
    await this.page.waitForFunction(`(() => {
      const wanted = ${JSON.stringify(text)};
      const widget = document.querySelector('.quick-input-widget');
      const input = widget && widget.querySelector('input');
      return !!widget && widget.offsetParent !== null
        && (widget.innerText.includes(wanted) || (input ? input.placeholder : '').includes(wanted));
    })()`, undefined, { timeout: timeoutMs });
  }

  /**
   * Answers VS Code's own file dialog (the one a browser workbench shows): types `path`, then
   * presses `button` until `nextPrompt` shows. The dialog lists what is typed before it takes the
   * button, and a click while it lists is now and then ignored; so it is clicked again, at most
   * three times.
   */
  async chooseInFileDialog(path: string, button: string, nextPrompt: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    // It fills in the home folder once it has listed it: type after that.
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: '..' }).first().waitFor();
    await input.fill(path);
    await this.page.waitForFunction(`document.querySelector('.quick-input-widget input').value === ${JSON.stringify(path)}`);
    for (let attempt = 1; ; attempt++) {
      // (Gone once the dialog has closed: then only the next prompt is awaited.)
      await this.page.locator('.quick-input-widget .monaco-button', { hasText: button }).click({ timeout: 5_000 }).catch(() => undefined);
      try {
        await this.waitForPrompt(nextPrompt, 10_000);
        return;
      } catch (error) {
        if (attempt === 3) {
          throw error;
        }
      }
    }
  }

  /**
   * Waits until a new entry is ready to type in, as a person sees it: its tab is active, the
   * template is a live snippet (fields marked) and the file is saved (the tab is not dirty).
   * The tab shows up a moment before the snippet goes in; typing earlier would race it.
   */
  async waitForNewEntry(fileName: string): Promise<void> {
    await this.page.locator('.tab.active', { hasText: fileName }).waitFor();
    await this.page.locator('.monaco-editor .snippet-placeholder').first().waitFor();
    await this.page.locator('.tab.active:not(.dirty)', { hasText: fileName }).waitFor();
  }

  /** How many of the Balance chart's pixels are painted: 0 means nothing was drawn yet. */
  async paintedPixels(): Promise<number> {
    // Runs in the page (a string, so this Node-side file needs no DOM types).
    return this.balancePage().locator('canvas#chart').evaluate(`(() => {
      const canvas = document.querySelector('canvas#chart');
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) { painted += data[i] > 0 ? 1 : 0; }
      return painted;
    })()`);
  }

  /** The Balance view's page: a webview inside two iframes. */
  balancePage(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready[src*="extensionId=reflection-journal.reflection-journal"]').frameLocator('#active-frame');
  }

  /**
   * The page of a webview that shows `selector` — for an editor panel, whose frame is found by
   * what it holds rather than by position when several webviews are open.
   */
  async webviewFrame(selector: string, timeoutMs = 30_000): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (const frame of this.page.frames()) {
        if (await frame.$(selector).catch(() => null)) {
          return frame;
        }
      }
      if (Date.now() > deadline) {
        throw new Error(`no webview shows ${selector}`);
      }
      await this.page.waitForTimeout(200);
    }
  }

  /** Waits until a file on disk satisfies `ready` (a save reaches the disk a moment after the UI shows it). */
  async waitForFile(path: string, ready: (text: string) => boolean, timeoutMs = 15_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
      if (ready(text) || Date.now() > deadline) {
        return text;
      }
      await this.page.waitForTimeout(100);
    }
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync(OUTPUT, { recursive: true });
    await this.page.screenshot({ path: join(OUTPUT, `${name}.png`) });
  }

  /** For an afterEach hook: a screenshot named after a failed test, to see what the page showed. */
  async screenshotIfFailed(test: Mocha.Test | undefined): Promise<void> {
    if (test?.state === 'failed') {
      await this.screenshot(`failed-${test.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`);
    }
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.server.stop();
    rmSync(this.scratch, { recursive: true, force: true });
  }
}

/**
 * The hooks every e2e suite needs: a workbench started before its tests, a screenshot of each
 * failed test, the workbench closed after. Call inside `describe`; use the returned getter in tests.
 */
export function useWorkbench(options: WorkbenchOptions): () => E2EWorkbench {
  let workbench: E2EWorkbench | undefined;
  before(async () => {
    workbench = await E2EWorkbench.start(options);
  });
  afterEach(async function () {
    await workbench?.screenshotIfFailed(this.currentTest);
  });
  after(async () => {
    await workbench?.close();
  });
  return () => {
    if (!workbench) {
      throw new Error('the workbench did not start');
    }
    return workbench;
  };
}
