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

/**
 * Whether files written into the workspace and into each of its folders (a journal is one) are
 * all reported to a recursive watcher within 10 s. (When the server stops, it stops for a folder
 * written by the suites while the workspace's top level still reports.)
 */
async function fileEventsArrive(): Promise<boolean> {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!root) {
    return true;
  }
  const folders = [root, ...(await vscode.workspace.fs.readDirectory(root))
    .filter(([name, type]) => type === vscode.FileType.Directory && !name.startsWith('.'))
    .map(([name]) => vscode.Uri.joinPath(root, name))];
  const probes = folders.map((folder) => vscode.Uri.joinPath(folder, '.reflection-watch-probe'));
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(root, '**'));
  try {
    const heard = new Set<string>();
    const seen = new Promise<boolean>((resolve) => {
      watcher.onDidCreate((uri) => {
        const probe = probes.find((folder) => uri.path.startsWith(`${folder.path}/`));
        heard.add(probe?.path ?? '');
        if (probes.every((folder) => heard.has(folder.path))) {
          resolve(true);
        }
      });
      setTimeout(() => resolve(false), 10_000);
    });
    for (const probe of probes) {
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(probe, `${Date.now()}.md`), new Uint8Array([10]));
    }
    const arrived = await seen;
    console.log(`[reflection] after a failed test, file events ${arrived ? 'still arrive' : `arrive from ${heard.size} of ${probes.length} folders`}`);
    return arrived;
  } finally {
    watcher.dispose();
    for (const probe of probes) {
      await vscode.workspace.fs.delete(probe, { recursive: true }).then(undefined, () => undefined);
    }
  }
}
