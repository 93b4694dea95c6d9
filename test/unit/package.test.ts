/**
 * What a marketplace expects of the package, checked from the manifest and the files: the icon,
 * the changelog of this version, images the README shows that travel inside the .vsix, a browser
 * entry, no proposed APIs, and an `engines.vscode` the API types hold it to.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './helpers';

interface Manifest {
  version: string;
  icon: string;
  galleryBanner: { color: string; theme: string };
  categories: string[];
  keywords: string[];
  engines: { vscode: string };
  main: string;
  browser: string;
  enabledApiProposals?: string[];
  devDependencies: Record<string, string>;
}

const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as Manifest;
const MARKETPLACE_CATEGORIES = ['AI', 'Azure', 'Chat', 'Data Science', 'Debuggers', 'Education', 'Extension Packs', 'Formatters', 'Keymaps',
  'Language Packs', 'Linters', 'Machine Learning', 'Notebooks', 'Other', 'Programming Languages', 'SCM Providers', 'Snippets', 'Testing',
  'Themes', 'Visualization'];

describe('the package', () => {
  it('has a 128×128 PNG icon and a banner', () => {
    const png = readFileSync(join(REPO, manifest.icon));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
    assert.match(manifest.galleryBanner.color, /^#[0-9a-f]{6}$/i);
    assert.ok(['dark', 'light'].includes(manifest.galleryBanner.theme));
  });

  it('has marketplace categories and at most 30 keywords', () => {
    assert.ok(manifest.categories.every((category) => MARKETPLACE_CATEGORIES.includes(category)), manifest.categories.join());
    assert.ok(manifest.keywords.length > 0 && manifest.keywords.length <= 30);
  });

  it('has a changelog entry for its version', () => {
    assert.match(readFileSync(join(REPO, 'CHANGELOG.md'), 'utf8'), new RegExp(`^## ${manifest.version.replace(/\./g, '\\.')}\\b`, 'm'));
  });

  it('shows only README images that exist and are in the .vsix', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)|<img [^>]*src="([^"]+)"/g)].map((match) => match[1] ?? match[2]);
    assert.ok(images.length >= 5, `${images.length} images`);
    const ignore = readFileSync(join(REPO, '.vscodeignore'), 'utf8');
    for (const image of images) {
      assert.ok(!/^[a-z]+:/.test(image), `${image} is in the package, not on the web`);
      assert.ok(existsSync(join(REPO, image)), `${image} exists`);
      assert.ok(ignore.includes(`!${image.split('/')[0]}/`), `${image} is in the .vsix`);
    }
  });

  it('runs in the browser too, on stable API only, for the VS Code versions it says', () => {
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.browser, './dist/browser.js');
    assert.equal(manifest.enabledApiProposals, undefined);
    // The API types are the oldest VS Code it claims: what compiles against them runs there.
    assert.equal(manifest.engines.vscode, `^${manifest.devDependencies['@types/vscode']}`);
  });
});
