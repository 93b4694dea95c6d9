// Gets a clone ready to run: installs npm dependencies when they are missing or older than the
// lock file, then type-checks and compiles (out/) and bundles (dist/). Used by `npm test` and
// `npm start`, so both work on a fresh clone.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs a command in the repository; returns its exit code and what it printed. */
export function run(command, args, { quiet = false } = {}) {
  const result = spawnSync(command, args, {
    cwd: REPO,
    encoding: 'utf8',
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

export function ensureDependencies() {
  const marker = join(REPO, 'node_modules', '.package-lock.json');
  const lock = join(REPO, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) {
    return;
  }
  console.log('Installing npm dependencies (npm ci) …');
  if (run('npm', ['ci', '--no-audit', '--no-fund']).code !== 0) {
    throw new Error('npm ci failed; see above');
  }
}

export function compileAndBuild() {
  for (const [script, what] of [['compile', 'type check and compile'], ['build', 'bundle']]) {
    const result = run('npm', ['run', '--silent', script], { quiet: true });
    if (result.code !== 0) {
      process.stdout.write(result.output);
      throw new Error(`${what} failed (npm run ${script})`);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    ensureDependencies();
    compileAndBuild();
  } catch (error) {
    console.error(error.message);
    process.exitCode = 1;
  }
}
