import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');

interface Run { code: number | null; stdout: string; stderr: string }

function cli(args: string[], cwd?: string): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the reflection-journal command', () => {
  let dir: string;

  before(() => {
    assert.ok(existsSync(CLI), `${CLI} is missing: run "npm run build" first`);
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rj-cli-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const write = (path: string, text: string): void => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };

  it('starts an entry from a template and prints its path', () => {
    const run = cli(['new', 'after-action-review', '--dir', dir, '--date', '2026-11-21', '--title', 'Checkout outage']);
    assert.equal(run.code, 0, run.stderr);
    const path = join(dir, '2026', '2026-11-21-after-action-review-checkout-outage.md');
    assert.equal(run.stdout, `${path}\n`);
    assert.match(readFileSync(path, 'utf8'), /^---\ntype: after-action-review\ndate: 2026-11-21\n/);
  });

  it('defaults --dir to the current directory, and a periodic entry is found again, not overwritten', () => {
    const first = cli(['new', 'leadership-moments', '--date', '2027-01-01'], dir);
    assert.equal(first.stdout, join('2026', '2026-W53-leadership-moments.md') + '\n');
    writeFileSync(join(dir, '2026', '2026-W53-leadership-moments.md'), 'my notes');
    const again = cli(['new', 'leadership-moments', '--date', '2026-12-28'], dir);
    assert.equal(again.code, 0);
    assert.equal(again.stdout, first.stdout);
    assert.match(again.stderr, /already exists/);
    assert.equal(readFileSync(join(dir, '2026', '2026-W53-leadership-moments.md'), 'utf8'), 'my notes');
  });

  it('uses a template from .templates', () => {
    write('.templates/one-on-one.md', '---\ntype: one-on-one\ndate: {{date}}\n---\n# 1:1 with {{title}}\n');
    const run = cli(['new', 'one-on-one', '--dir', dir, '--date', '2026-11-21', '--title', 'Priya']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(readFileSync(join(dir, '2026', '2026-11-21-one-on-one-priya.md'), 'utf8'), '---\ntype: one-on-one\ndate: 2026-11-21\n---\n# 1:1 with Priya\n');
  });

  it('rejects bad arguments with one line and exit status 2', () => {
    const cases: string[][] = [
      [], ['frobnicate'], ['new'], ['new', 'no-such-template', '--dir', dir], ['new', 'monthly-reflection', '--dir', dir, '--date', '2026-02-30'],
      ['new', 'after-action-review', '--dir', dir], ['check', '--dir', join(dir, 'missing')], ['check', '--bogus'], ['check', 'extra'],
    ];
    for (const args of cases) {
      const run = cli(args, dir);
      assert.equal(run.code, 2, args.join(' '));
      if (args.length > 0) {
        assert.equal(run.stderr.trim().split('\n').length, 1, `${args.join(' ')}: ${run.stderr}`);
        assert.match(run.stderr, /^reflection-journal: /);
      }
    }
  });

  it('check passes a clean journal', () => {
    write('2026/2026-11-21-note.md', '---\ndate: 2026-11-21\n---\nok');
    const run = cli(['check', '--dir', dir]);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /1 entry, 0 problems, 0 warnings/);
  });

  it('check lists problems and warnings as path:line: message, and exits 1 on problems', () => {
    write('2026/2026-11-01-broken.md', '---\ndate: 2026-11-01\ntags: [a, b\n---\n');
    write('2026/2026-11-02-hours.md', '---\ndate: 2026-11-02\nhours: lots\n---\n');
    write('notes/undated.md', 'no date here');
    write('.git/ignored.md', 'not read');
    write('node_modules/x/readme.md', 'not read');
    const run = cli(['check', '--dir', dir]);
    assert.equal(run.code, 1);
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.length, 3, run.stdout);
    assert.match(lines[0], /^2026\/2026-11-01-broken\.md:\d+: the frontmatter is not valid YAML/);
    assert.match(lines[1], /^2026\/2026-11-02-hours\.md:3: warning: hours must be/);
    assert.match(lines[2], /^notes\/undated\.md:1: no date/);

    const json = JSON.parse(cli(['check', '--dir', dir, '--json']).stdout);
    assert.equal(json.entries, 1);
    assert.equal(json.problems, 2);
    assert.equal(json.warnings, 1);
    assert.deepEqual(Object.keys(json.findings[0]), ['path', 'line', 'severity', 'message']);
  });

  it('check reports a ---js entry as a problem and never runs it', () => {
    const marker = join(dir, 'marker-written-by-journal');
    write('2026/2026-11-21-hostile.md',
      `---js\n{ date: (require('fs').writeFileSync(${JSON.stringify(marker)}, 'pwned'), '2026-11-21') }\n---\n# hi\n`);
    const run = cli(['check', '--dir', dir]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^2026\/2026-11-21-hostile\.md:1: .*only YAML/m);
    assert.equal(existsSync(marker), false);
  });
});
