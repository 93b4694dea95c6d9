// After `vsce package`: every bundle esbuild wrote (dist/*.js) and every media file is in the
// .vsix — a page whose script is left out would open blank only for people who installed it.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const listed = new Set(execFileSync('npx', ['vsce', 'ls', '--no-dependencies'], { encoding: 'utf8' }).split('\n').map((line) => line.trim()).filter(Boolean));
const wanted = [
  ...readdirSync('dist').filter((name) => name.endsWith('.js')).map((name) => `dist/${name}`),
  ...readdirSync('media', { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).split('\\').join('/')),
];
const missing = wanted.filter((path) => !listed.has(path));
if (missing.length > 0) {
  console.error(`the .vsix leaves out ${missing.join(', ')} (see .vscodeignore)`);
  process.exit(1);
}
console.log(`the .vsix holds all ${wanted.length} bundles and media files`);
