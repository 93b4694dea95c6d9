// `npm test`: every check in order, a summary line at the end. Exit status 1 if any failed.
//   type check · bundle · lint · unit (plain Node) · fuzz (hostile journals) · integration (inside VS Code,
//   in the Node and in the browser extension host) · e2e (workbench in Chromium) · package
// Set REFLECTION_SKIP_VSCODE=1 to run only the steps that need no VS Code (not used by CI).
import { REPO, compileAndBuild, ensureDependencies, run } from './prepare.mjs';

const started = Date.now();
const results = [];

function step(name, command, args, { count = false } = {}) {
  const begin = Date.now();
  console.log(`\n━━ ${name} ━━`);
  const result = run(command, args);
  const seconds = ((Date.now() - begin) / 1000).toFixed(1);
  results.push({ name, ok: result.code === 0, seconds, count });
  return result.code === 0;
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
  step('lint', 'npm', ['run', '--silent', 'lint']);
  step('unit', 'npx', ['mocha', '--reporter', 'spec', 'out/test/unit/**/*.test.js']);
  // The fuzz suite at a small size (npm run fuzz runs 150 journals).
  step('fuzz', 'node', ['out/scripts/fuzz/run.js', '--journals', '10']);
  if (process.env.REFLECTION_SKIP_VSCODE !== '1') {
    step('integration (VS Code)', 'node', ['out/scripts/testbed/runIntegration.js']);
    // The same suites (but those that need Node) in the browser's extension host, as in vscode.dev.
    step('integration (web host)', 'node', ['out/scripts/testbed/runIntegration.js', '--web']);
    step('e2e (workbench)', 'npx', ['mocha', '--timeout', '180000', '--reporter', 'spec', 'out/test/e2e/**/*.e2e.js']);
  }
  // Last, because it replaces the bundles with minified ones: the .vsix must still build.
  if (step('package', 'npm', ['run', '--silent', 'package']) && process.env.REFLECTION_SKIP_VSCODE !== '1') {
    // The .vsix installed as people install it, opened in both extension hosts.
    step('installed package', 'node', ['out/scripts/testbed/installedPackage.js']);
  }
}

const minutes = Math.floor((Date.now() - started) / 60000);
const seconds = Math.round(((Date.now() - started) % 60000) / 1000);
const failed = results.filter((result) => !result.ok);
const line = results.map((result) => `${result.ok ? '✔' : '✘'} ${result.name}${result.seconds ? ` ${result.seconds}s` : ''}`).join(' · ');
console.log(`\n${failed.length === 0 ? 'PASS' : 'FAIL'}  ${line}  (${minutes}m${String(seconds).padStart(2, '0')}s, in ${REPO})`);
process.exitCode = failed.length === 0 ? 0 : 1;
