/**
 * The integration suites in the browser's extension host (a web worker, as in vscode.dev): mocha's
 * browser build, reporting through the console as in Node. The bundle scripts/testbed/webSuites.ts
 * makes loads the suites that need no Node (all but `*.desktop.spec.ts`) after mocha is set up.
 */
import 'mocha/mocha.js';

export async function runInBrowser(options: { today: string; grep?: string }, loadSuites: () => void): Promise<void> {
  // No environment in a web worker: the extension's clock reads the pinned day from here.
  (globalThis as Record<string, unknown>).REFLECTION_TODAY = options.today;
  mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 30_000, color: false, ...(options.grep ? { grep: options.grep } : {}) });
  loadSuites();
  console.log('[reflection] VS Code suites start');
  // mocha.run() of the browser build reads the page's location, which a worker here lacks: run the core's.
  const failures = await new Promise<number>((resolve) => Mocha.prototype.run.call(mocha, resolve));
  if (failures > 0) {
    throw new Error(`${failures} VS Code test${failures === 1 ? '' : 's'} failed`);
  }
}
