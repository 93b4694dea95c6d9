/**
 * The integration suites as one script for the browser's extension host, which loads a test
 * entry the way it loads an extension: a single CommonJS file that may require only `vscode`.
 * Every `*.spec.ts` but the `*.desktop.spec.ts` (they need Node: git, symlinks, the CLI) is in it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { REPO } from '../paths';

const SUITES = join(REPO, 'test', 'integration');

/** Bundles the suites into `out/test/web/suites.js`; returns its path. */
export async function bundleWebSuites(today: string, grep: string | undefined): Promise<string> {
  const specs = readdirSync(SUITES).filter((name) => name.endsWith('.spec.ts') && !name.endsWith('.desktop.spec.ts')).sort();
  const outfile = join(REPO, 'out', 'test', 'web', 'suites.js');
  await esbuild.build({
    stdin: {
      contents: [
        "import { runInBrowser } from './web/suites';",
        `export const run = () => runInBrowser(${JSON.stringify({ today, ...(grep ? { grep } : {}) })}, () => {`,
        ...specs.map((spec) => `  require('./${spec.replace(/\.ts$/, '')}');`),
        '});',
      ].join('\n'),
      resolveDir: SUITES,
      sourcefile: 'web-suites.ts',
      loader: 'ts',
    },
    bundle: true,
    outfile,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    mainFields: ['browser', 'module', 'main'],
    alias: { 'node:assert/strict': join(SUITES, 'web', 'assert.ts') },
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return outfile;
}
