/**
 * Entry point of the suites that run inside a real VS Code (the extension host). The VS Code
 * Server test bed and @vscode/test-electron both load this module and call `run()`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    timeout: 30_000,
    color: false,
    reporter: 'spec',
    grep: process.env.REFLECTION_TEST_GREP,
  });
  for (const file of readdirSync(__dirname).filter((name) => name.endsWith('.spec.js')).sort()) {
    mocha.addFile(join(__dirname, file));
  }
  // scripts/testbed/runIntegration.ts shows the workbench's console from this line on.
  console.log('[reflection] VS Code suites start');
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) {
    throw new Error(`${failures} VS Code test${failures === 1 ? '' : 's'} failed`);
  }
}
