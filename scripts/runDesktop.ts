/**
 * `npm run test:desktop`: the same integration suites in a desktop VS Code, through
 * @vscode/test-electron. It downloads VS Code unless VSCODE_EXECUTABLE names an installed one;
 * machines without access to Microsoft's update service use the VS Code Server test bed instead.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { REPO, copyFixtureWorkspace } from './paths';


async function main(): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'reflection-desktop-'));
  const workspace = copyFixtureWorkspace(scratch);
  try {
    await runTests({
      extensionDevelopmentPath: REPO,
      extensionTestsPath: join(REPO, 'out', 'test', 'integration', 'index.js'),
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE,
      version: process.env.VSCODE_EXECUTABLE ? undefined : '1.95.0',
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', join(scratch, 'user')],
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
