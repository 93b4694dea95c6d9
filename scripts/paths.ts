/**
 * Where things are in the repository, for the scripts and the tests (all compiled into out/,
 * where this file is out/scripts/paths.js).
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(__dirname, '..', '..');
/** The bundled command-line tool (`npm run build`). */
export const CLI = join(REPO, 'dist', 'cli.js');
/** The sample journal `npm start` opens. */
export const SAMPLE = join(REPO, 'sample');
/** The workspace the VS Code suites open (a journal folder and its settings). */
export const FIXTURE_WORKSPACE = join(REPO, 'test', 'fixtures', 'workspace');

/** A fresh copy of the fixture workspace in a new temporary folder; returns the copy's path. */
export function copyFixtureWorkspace(scratch = mkdtempSync(join(tmpdir(), 'reflection-workspace-'))): string {
  const workspace = join(scratch, 'workspace');
  cpSync(FIXTURE_WORKSPACE, workspace, { recursive: true });
  return workspace;
}
