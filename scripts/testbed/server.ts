/**
 * Starts the VS Code Server on a free local port, with its own user, server and extension
 * folders, and the smoke-test driver that lets a page load an extension and its tests.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Testbed } from './install';

export interface RunningServer {
  readonly origin: string;
  readonly port: number;
  /** Everything the server printed, for failure reports. */
  readonly output: () => string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  readonly dataDir: string;
  readonly host?: string;
  readonly port?: number;
  /** User settings (settings.json) to start with. */
  readonly userSettings?: Record<string, unknown>;
  /**
   * Lets a page load an extension and its tests from the URL (default true). The workbench then
   * also hides notification toasts, so `npm start` turns it off and installs the extension instead.
   */
  readonly smokeTestDriver?: boolean;
  /** Where extensions are installed (default: inside dataDir). */
  readonly extensionsDir?: string;
  /** Extra environment for the server and so for the extension host (e.g. REFLECTION_TODAY). */
  readonly env?: Record<string, string>;
}

/**
 * The day the test suites run "on" (REFLECTION_TODAY): the sample journal and the fixtures are
 * written around it, so "this week", "overdue" and "the last 4 months" mean the same on any date.
 */
export const TEST_TODAY = '2026-11-21';

/**
 * User settings that run the extension in the browser's extension host (a web worker, as in
 * vscode.dev) although a server is there. VS Code 1.139's web workbench reads the payload's
 * `extensionDevelopmentKind` into a property its extension-host placement never looks at
 * (`extensionDevelopmentLocationKind`), so the kind is set where placement does look.
 */
export const WEB_HOST_SETTINGS = { 'remote.extensionKind': { 'reflection-journal.reflection-journal': ['web'] } };

const DEFAULT_USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'git.openRepositoryInParentFolders': 'never',
};

export async function startServer(testbed: Testbed, options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? await freePort(host);
  const userDir = join(options.dataDir, 'user');
  mkdirSync(join(userDir, 'User'), { recursive: true });
  writeFileSync(join(userDir, 'User', 'settings.json'),
    JSON.stringify({ ...DEFAULT_USER_SETTINGS, ...options.userSettings }, null, 2));
  // The server keeps its machine settings here in a remote window.
  mkdirSync(join(options.dataDir, 'server', 'data', 'Machine'), { recursive: true });
  writeFileSync(join(options.dataDir, 'server', 'data', 'Machine', 'settings.json'),
    JSON.stringify({ ...DEFAULT_USER_SETTINGS, ...options.userSettings }, null, 2));

  const child = spawn(testbed.node, [
    testbed.serverMain,
    '--host', host, '--port', String(port),
    '--without-connection-token', '--accept-server-license-terms',
    ...(options.smokeTestDriver === false ? [] : ['--enable-smoke-test-driver']),
    '--disable-workspace-trust', '--disable-telemetry',
    '--user-data-dir', userDir,
    '--server-data-dir', join(options.dataDir, 'server'),
    '--extensions-dir', options.extensionsDir ?? join(options.dataDir, 'extensions'),
  ], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, VSCODE_CLI: undefined, ...options.env } });

  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('Extension host agent listening on')) {
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the VS Code Server exited (${code}) before it was ready:\n${output}`)));
  });
  await withTimeout(ready, 60_000, () => `the VS Code Server did not start within 60 s:\n${output}`);
  return {
    origin: `http://${host}:${port}`,
    port,
    output: () => output,
    stop: () => stopProcess(child),
  };
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

export async function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function withTimeout<T>(promise: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message())), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
