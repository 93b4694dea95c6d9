// `npm test`: every check in order, a summary line at the end. Exit status 1 if any failed.
//   type check · bundle · lint · unit (plain Node) · fuzz (hostile journals) · integration (inside VS Code,
//   in the Node and in the browser extension host) · e2e (workbench in Chromium) · package
// Set REFLECTION_SKIP_VSCODE=1 to run only the steps that need no VS Code (not used by CI).
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { REPO, compileAndBuild, ensureDependencies } from './prepare.mjs';

const started = Date.now();
const results = [];

/** Runs one step, its output shown as it comes and kept, so that what failed is repeated at the end. */
async function step(name, command, args) {
  const begin = Date.now();
  console.log(`\n━━ ${name} ━━`);
  const { code, output } = await runShown(command, args);
  const seconds = ((Date.now() - begin) / 1000).toFixed(1);
  results.push({ name, ok: code === 0, seconds, failure: code === 0 ? '' : whatFailed(output) });
  return code === 0;
}

function runShown(command, args) {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    let kept = 0;
    const keep = (chunk, into) => {
      into.write(chunk);
      // Only the last few MB are kept: mocha's summary of failures is at the end.
      chunks.push(chunk);
      kept += chunk.length;
      while (kept > 4 * 1024 * 1024 && chunks.length > 1) {
        kept -= chunks.shift().length;
      }
    };
    child.stdout.on('data', (chunk) => keep(chunk, process.stdout));
    child.stderr.on('data', (chunk) => keep(chunk, process.stderr));
    child.on('error', (error) => resolveRun({ code: 1, output: String(error) }));
    child.on('close', (code) => resolveRun({ code: code ?? 1, output: Buffer.concat(chunks).toString('utf8') }));
  });
}

/** Mocha's list of failures (from "N failing" on), else the last lines of the step's output. */
function whatFailed(output) {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => /^\s*\d+ failing\s*$/.test(line));
  const picked = start >= 0 ? lines.slice(start) : lines.slice(-30);
  return picked.slice(0, 120).join('\n');
}

try {
  ensureDependencies();
  console.log('━━ type check, compile, bundle ━━');
  compileAndBuild();
  results.push({ name: 'types+build', ok: true });
} catch (error) {
  console.error(error.message);
  results.push({ name: 'types+build', ok: false });
}

if (results.every((result) => result.ok)) {
  await step('lint', 'npm', ['run', '--silent', 'lint']);
  await step('unit', 'npx', ['mocha', '--timeout', '10000', '--reporter', 'spec', 'out/test/unit/**/*.test.js']);
  // The fuzz suite at a small size (npm run fuzz runs 150 journals).
  await step('fuzz', 'node', ['out/scripts/fuzz/run.js', '--journals', '10']);
  if (process.env.REFLECTION_SKIP_VSCODE !== '1') {
    await step('integration (VS Code)', 'node', ['out/scripts/testbed/runIntegration.js']);
    // The same suites (but those that need Node) in the browser's extension host, as in vscode.dev.
    await step('integration (web host)', 'node', ['out/scripts/testbed/runIntegration.js', '--web']);
    await step('e2e (workbench)', 'npx', ['mocha', '--timeout', '180000', '--reporter', 'spec', 'out/test/e2e/**/*.e2e.js']);
  }
  // Last, because it replaces the bundles with minified ones: the .vsix must still build.
  if (await step('package', 'npm', ['run', '--silent', 'package']) && process.env.REFLECTION_SKIP_VSCODE !== '1') {
    // The .vsix installed as people install it, opened in both extension hosts.
    await step('installed package', 'node', ['out/scripts/testbed/installedPackage.js']);
  }
}

for (const result of results.filter((each) => each.failure)) {
  console.log(`\n━━ what failed in ${result.name} ━━\n${result.failure}`);
}
const minutes = Math.floor((Date.now() - started) / 60000);
const seconds = Math.round(((Date.now() - started) % 60000) / 1000);
const failed = results.filter((result) => !result.ok);
const line = results.map((result) => `${result.ok ? '✔' : '✘'} ${result.name}${result.seconds ? ` ${result.seconds}s` : ''}`).join(' · ');
console.log(`\n${failed.length === 0 ? 'PASS' : 'FAIL'}  ${line}  (${minutes}m${String(seconds).padStart(2, '0')}s, in ${REPO})`);
process.exitCode = failed.length === 0 ? 0 : 1;
