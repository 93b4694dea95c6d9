/**
 * `npm start`: the extension in a real VS Code on a sample journal. Starts the VS Code Server of
 * the test bed with the extension installed, opens a fresh copy of sample/ (or the folder given:
 * `npm start -- ~/my-journal-repo`), and prints the URL to open in a browser.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cacheRoot, ensureTestbed } from './testbed/install';
import { startServer } from './testbed/server';
import { REPO } from './paths';


/** Copies what the .vsix would hold into the server's extensions folder. */
function installExtension(extensionsDir: string): void {
  const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
  rmSync(extensionsDir, { recursive: true, force: true });
  const target = join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  mkdirSync(target, { recursive: true });
  for (const item of ['package.json', 'dist', 'media', 'docs', 'README.md', 'CHANGELOG.md', 'LICENSE']) {
    if (existsSync(join(REPO, item))) {
      cpSync(join(REPO, item), join(target, item), { recursive: true });
    }
  }
}

function workspaceFolder(argument: string | undefined): string {
  if (argument) {
    const folder = resolve(argument);
    if (!existsSync(folder) || !statSync(folder).isDirectory()) {
      throw new Error(`${folder} is not a folder`);
    }
    return folder;
  }
  const copy = join(tmpdir(), 'reflection-journal-sample');
  rmSync(copy, { recursive: true, force: true });
  cpSync(join(REPO, 'sample'), copy, { recursive: true });
  return copy;
}

async function main(): Promise<void> {
  const testbed = ensureTestbed();
  const folder = workspaceFolder(process.argv[2]);
  const dataDir = join(cacheRoot(), 'start-data');
  const extensionsDir = join(dataDir, 'extensions');
  installExtension(extensionsDir);
  const server = await startServer(testbed, {
    dataDir,
    extensionsDir,
    smokeTestDriver: false,
    host: process.env.REFLECTION_HOST,
    port: process.env.REFLECTION_PORT ? Number(process.env.REFLECTION_PORT) : undefined,
  });
  const url = `${server.origin}/?folder=${encodeURIComponent(folder)}`;
  console.log(`
Reflection Journal is running in VS Code ${testbed.serverMain.includes('4.139') ? '1.139' : ''} on ${folder}
${process.argv[2] ? '' : '(a fresh copy of sample/; changes there are not kept)\n'}
  Open: ${url}

Try F1 → "Reflection: New Weekly Leadership Moments". Press Ctrl+C here to stop.
On another machine, forward the port first (ssh -L ${server.port}:127.0.0.1:${server.port} …),
or set REFLECTION_HOST=0.0.0.0 and REFLECTION_PORT to choose where it listens.`);
  const stop = (): void => {
    void server.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
