/**
 * The integration suites in the browser's extension host (a web worker, as in vscode.dev): mocha's
 * browser build, reporting through the console as in Node. The bundle scripts/testbed/webSuites.ts
 * makes loads the suites that need no Node (all but `*.desktop.spec.ts`) after mocha is set up.
 */
import 'mocha/mocha.js';
import * as vscode from 'vscode';
import { NO_FILE_EVENTS } from '../../../scripts/testbed/markers';

export async function runInBrowser(options: { today: string; grep?: string }, loadSuites: () => void): Promise<void> {
  // No environment in a web worker: the extension's clock reads the pinned day from here.
  (globalThis as Record<string, unknown>).REFLECTION_TODAY = options.today;
  mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 30_000, color: false, ...(options.grep ? { grep: options.grep } : {}) });
  loadSuites();
  // The VS Code Server of the test bed now and then stops delivering file events to the browser's
  // host — to every watcher, the workbench's own too, for the rest of the session (about 1 run in
  // 10, during the Balance suite): then the tests that watch the disk cannot pass, whatever the
  // extension does. After a failed test a fresh watcher is asked; when it hears nothing either,
  // the run says so, and scripts/testbed/runIntegration.ts starts it again on a fresh server.
  let deaf = false;
  mocha.suite.afterEach(async function () {
    if (!deaf && this.currentTest?.state === 'failed' && !await fileEventsArrive()) {
      deaf = true;
      console.log(NO_FILE_EVENTS);
    }
  });
  console.log('[reflection] VS Code suites start');
  // mocha.run() of the browser build reads the page's location, which a worker here lacks: run the core's.
  const failures = await new Promise<number>((resolve) => Mocha.prototype.run.call(mocha, resolve));
  if (failures > 0) {
    throw new Error(`${failures} VS Code test${failures === 1 ? '' : 's'} failed`);
  }
}

/** Whether a file written into a folder of the workspace is reported to a recursive watcher within 10 s. */
async function fileEventsArrive(): Promise<boolean> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) {
    return true;
  }
  const probes = vscode.Uri.joinPath(folder, '.reflection-watch-probe');
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**'));
  try {
    const seen = new Promise<boolean>((resolve) => {
      watcher.onDidCreate((uri) => {
        if (uri.path.includes('/.reflection-watch-probe/')) {
          resolve(true);
        }
      });
      setTimeout(() => resolve(false), 10_000);
    });
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(probes, `${Date.now()}.md`), new Uint8Array([10]));
    return await seen;
  } finally {
    watcher.dispose();
    await vscode.workspace.fs.delete(probes, { recursive: true }).then(undefined, () => undefined);
  }
}
