// Bundles the extension, the command-line tool and the webview. Type checking is `npm run typecheck`.
// Usage: node esbuild.mjs [--production] [--watch] [--outdir DIR]  (DIR instead of dist/, for the bench)
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const outdirAt = process.argv.indexOf('--outdir');
const outdir = outdirAt > 0 ? process.argv[outdirAt + 1] : 'dist';

const shared = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'info',
  legalComments: 'none',
  // Prefer packages' ES module builds: they tree-shake, and jsonc-parser's UMD build cannot be bundled.
  mainFields: ['module', 'main'],
};

// proper-lockfile's default file system is graceful-fs, which patches Node's own fs module on load:
// in the extension host that module is every extension's. Plain fs does for a lock held a moment.
const nodeOnly = { alias: { 'graceful-fs': 'node:fs' } };
// The calendar reader (ical.js, re2js) is its own bundle, required from beside the one that needs it.
const calendarApart = { external: ['./calendar.js'] };

// The browser build (vscode.dev, github.dev: a web worker without Node): a module with a `.web.ts`
// sibling is replaced by it — the journal through workspace.fs only, the calendar reader bundled in.
/** @type {esbuild.Plugin} */
const webSiblings = {
  name: 'web-siblings',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const web = `${resolve(args.resolveDir, args.path)}.web.ts`;
      return !args.importer.endsWith('.web.ts') && existsSync(web) ? { path: web } : undefined;
    });
  },
};

/** @type {esbuild.BuildOptions[]} */
const builds = [
  {
    ...shared,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', ...calendarApart.external],
    ...nodeOnly,
  },
  {
    ...shared,
    entryPoints: ['src/cli.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    ...calendarApart,
    ...nodeOnly,
  },
  {
    ...shared,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/browser.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    mainFields: ['browser', 'module', 'main'],
    plugins: [webSiblings],
  },
  {
    ...shared,
    entryPoints: ['src/calendarReader.ts'],
    outfile: 'dist/calendar.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
];

// The pages (the Balance view, the Decision Record): browser bundles with their own tsconfig (DOM types).
// The Balance page's first script is small (headline, numbers, switches); chart.js comes after its first paint.
for (const [entry, outfile] of [['src/webview/page/main.ts', 'dist/webview.js'], ['src/webview/page/chartScript.ts', 'dist/balanceChart.js'], ['src/webview/page/record.ts', 'dist/record.js']]) {
  builds.push({
    ...shared,
    entryPoints: [entry],
    outfile,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    tsconfig: 'src/webview/page/tsconfig.json',
  });
}

for (const options of builds) {
  options.outfile = options.outfile.replace(/^dist\//, `${outdir}/`);
}

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
