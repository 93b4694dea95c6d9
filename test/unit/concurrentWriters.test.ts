/**
 * Issue 9, finding 2, with real processes: two `log` commands at the same moment, and `log`
 * against an editor saving the same file, never lose a line or an hour. (Before the fix, 20
 * rounds of two logs kept 37 of 41 lines, and every run said "logged".)
 */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEntry } from '../../src/journal/entries/entry';
import { CLI } from '../../scripts/paths';

const WEEK = join('2026', '2026-W48-leadership-moments.md');

/** Runs a program to its end; resolves to its exit status and what it printed on stderr. */
function run(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('close', (code) => done({ code, stderr }));
  });
}

const log = (dir: string, side: string, duration: string, note: string) =>
  run([CLI, 'log', side, duration, '--dir', dir, '--date', '2026-11-25', '--note', note]);

// An editor saving: read, change the body, check nothing changed meanwhile (as editors compare the
// file's time before saving), then write in place — truncate and write, as VS Code does.
const EDITOR = `
const fs = require('fs');
const [path, rounds] = [process.argv[1], Number(process.argv[2])];
(async () => {
  for (let i = 0; i < rounds; i++) {
    for (;;) {
      const before = fs.readFileSync(path, 'utf8');
      await new Promise((r) => setTimeout(r, Math.random() * 15));
      if (fs.readFileSync(path, 'utf8') !== before) continue;
      fs.writeFileSync(path, before.replace(/^# Leadership moments.*$/m, (heading) => heading + '\\n\\neditor line ' + i));
      break;
    }
  }
})();`;

describe('writers at the same moment', function () {
  this.timeout(120_000);
  let dir: string;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rj-race-'));
    // The week's entry exists first, so every run below changes the same file.
    const created = await run([CLI, 'new', 'leadership-moments', '--dir', dir, '--date', '2026-11-25']);
    assert.equal(created.code, 0, created.stderr);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every line and every minute of 12 pairs of log run at once', async () => {
    for (let round = 0; round < 12; round++) {
      const results = await Promise.all([
        log(dir, 'leadership', '1m', `lead ${round}`),
        log(dir, 'management', '7m', `manage ${round}`),
      ]);
      results.forEach((result) => assert.equal(result.code, 0, result.stderr));
    }
    const text = readFileSync(join(dir, WEEK), 'utf8');
    const entry = readEntry(WEEK, text).entry!;
    assert.equal(entry.timeLog.length, 24);
    for (let round = 0; round < 12; round++) {
      assert.ok(text.includes(`· lead ${round}\n`) && text.includes(`· manage ${round}\n`), `round ${round}`);
    }
    assert.deepEqual(entry.hours, { management: 1.4, leadership: 0.2 });
  });

  it('keeps both the logs and an editor\'s saves when they race on one file', async () => {
    const editor = run(['-e', EDITOR, join(dir, WEEK), '15']);
    const logs: Array<Promise<{ code: number | null; stderr: string }>> = [];
    for (let i = 0; i < 15; i++) {
      logs.push(log(dir, 'leadership', '2m', `race ${i}`));
      await new Promise((next) => setTimeout(next, 10));
    }
    const results = await Promise.all([editor, ...logs]);
    results.forEach((result) => assert.equal(result.code, 0, result.stderr));
    const text = readFileSync(join(dir, WEEK), 'utf8');
    for (let i = 0; i < 15; i++) {
      assert.ok(text.includes(`editor line ${i}\n`), `editor line ${i}`);
      assert.ok(text.includes(`· race ${i}\n`), `log ${i}`);
    }
    assert.equal(readEntry(WEEK, text).entry?.hours?.leadership, 0.5);
  });
});
