/**
 * Issue 9, findings 4 and 8 through the real command: a bad folder is one problem, errors are one
 * line, journal text never reaches the terminal as control characters, and tables take any size.
 * Where a test needs a folder the tool cannot read, it runs the tool as `nobody` when the tests run
 * as root (root reads everything).
 */
import * as assert from 'node:assert/strict';
import { type SpawnSyncOptions, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decisionTable } from '../../src/cli/decisions';
import { statsTable } from '../../src/cli/stats';
import { describeFailure } from '../../src/cli/usage';
import { terminalSafe } from '../../src/cli/terminal';
import { CLI } from '../../scripts/paths';

const asRoot = process.getuid?.() === 0;

function cli(args: string[], options: SpawnSyncOptions = {}): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 20_000, ...options });
  return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** Runs the tool as someone a chmod 000 folder stops (nobody, when the tests run as root). */
function cliAsUser(args: string[], env: NodeJS.ProcessEnv = {}): ReturnType<typeof cli> {
  return cli(args, { ...(asRoot ? { uid: 65534, gid: 65534 } : {}), env: { ...process.env, ...env } });
}

describe('the command on a hostile journal', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rj-hostile-'));
    chmodSync(dir, 0o777);
  });
  afterEach(() => {
    chmodSync(dir, 0o777);
    for (const locked of ['2026/locked', '.templates']) {
      if (existsSync(join(dir, locked))) {
        chmodSync(join(dir, locked), 0o777);
      }
    }
    rmSync(dir, { recursive: true, force: true });
  });

  const write = (path: string, text: string): void => {
    mkdirSync(join(dir, path, '..'), { recursive: true, mode: 0o777 });
    writeFileSync(join(dir, path), text, { mode: 0o666 });
  };

  it('reports an unreadable folder and an unreadable .templates as findings, and still counts the rest', () => {
    write('2026/2026-11-02-a.md', '---\ndate: 2026-11-02\ntags: [leadership]\n---\n');
    write('2026/locked/2026-11-03-b.md', '---\ndate: 2026-11-03\n---\n');
    write('.templates/one-on-one.md', '---\ntype: one-on-one\n---\n');
    chmodSync(join(dir, '2026'), 0o777);
    chmodSync(join(dir, '2026/locked'), 0o000);
    chmodSync(join(dir, '.templates'), 0o000);
    const check = cliAsUser(['check', '--dir', dir]);
    assert.equal(check.code, 1, check.stderr);
    assert.match(check.stdout, /^\.templates:1: warning: the templates folder could not be read \(permission denied\)/m);
    assert.match(check.stdout, /^2026\/locked:1: the folder could not be read: permission denied$/m);
    const stats = cliAsUser(['stats', '--dir', dir, '--json']);
    assert.equal(stats.code, 0, stats.stderr);
    assert.deepEqual([JSON.parse(stats.stdout).entries, JSON.parse(stats.stdout).problems], [1, 1]);
  });

  it('prints one line for an unexpected failure, and the stack only with REFLECTION_DEBUG=1', () => {
    chmodSync(dir, 0o555);
    const run = cliAsUser(['new', 'monthly-reflection', '--dir', dir, '--date', '2026-11-02']);
    assert.equal(run.code, 3);
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    assert.match(run.stderr, /^reflection-journal: .*2026: permission denied\n$/);
    const debug = cliAsUser(['new', 'monthly-reflection', '--dir', dir, '--date', '2026-11-02'], { REFLECTION_DEBUG: '1' });
    assert.match(debug.stderr, /\n\s+at /);
  });

  it('escapes control characters from the journal in what it prints', () => {
    write('2026/2026-11-02-\u001b[31mred\nline.md', '---\ndate: 2026-11-02\nhours: x\n---\n');
    write('2026/2026-11-03-d.md', '---\ndate: 2026-11-03\ndecisions:\n  - decision: "Ship \\e[2J\\u202eit"\n    owner: "me\\nyou"\n---\n');
    const check = cli(['check', '--dir', dir]);
    // eslint-disable-next-line no-control-regex
    assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(check.stdout), JSON.stringify(check.stdout));
    assert.match(check.stdout, /2026-11-02-\\x1b\[31mred\\x0aline\.md:3: warning: hours must be/);
    const decisions = cli(['decisions', '--dir', dir, '--as-of', '2026-11-10']);
    assert.match(decisions.stdout, /me\\x0ayou {2}Ship \\x1b\[2J\\u202eit/);
    assert.ok(!decisions.stdout.includes('\u001b') && !decisions.stdout.includes('\u202e'));
  });

  it('takes a value that starts with "-", and says when a folder sits where an entry goes', () => {
    const dash = cli(['new', 'after-action-review', '--dir', dir, '--date', '2026-11-02', '--title', '-x']);
    assert.equal(dash.code, 0, dash.stderr);
    assert.ok(existsSync(join(dir, '2026', '2026-11-02-after-action-review-x.md')));
    mkdirSync(join(dir, '2026', '2026-11-monthly-reflection.md'));
    const blocked = cli(['new', 'monthly-reflection', '--dir', dir, '--date', '2026-11-02']);
    assert.equal(blocked.code, 1);
    assert.equal(blocked.stderr, 'reflection-journal: 2026/2026-11-monthly-reflection.md already exists and is not a file; nothing was written\n');
  });

  it('finishes check on a 728-byte alias chain and a template with 40 unclosed placeholders', () => {
    const chain = ['---', 'date: 2026-11-02', 'a0: &a0 [x, y]'];
    for (let i = 1; i <= 31; i++) {
      chain.push(`a${i}: &a${i} [*a${i - 1}, *a${i - 1}]`);
    }
    write('2026/2026-11-02-chain.md', `${chain.join('\n')}\ntags: [*a31]\n---\n`);
    write('.templates/broken.md', `---\ndate: {{date}}\n---\n${'${1:'.repeat(40)}\n`);
    const check = cli(['check', '--dir', dir]);
    assert.equal(check.code, 1);
    assert.match(check.stdout, /2026-11-02-chain\.md:2: the frontmatter/);
    const made = cli(['new', 'broken', '--dir', dir, '--date', '2026-11-02']);
    assert.equal(made.code, 0, made.stderr);
    const log = cli(['log', 'leadership', '30m', '--dir', dir, '--date', '2026-11-02']);
    assert.equal(log.code, 0, log.stderr);
    assert.deepEqual(readdirSync(join(dir, '2026')).sort(), ['2026-11-02-broken.md', '2026-11-02-chain.md', '2026-W45-leadership-moments.md']);
  });
});

describe('what the command prints', () => {
  it('draws tables of any length (stats over centuries, 200,000 decisions)', function () {
    this.timeout(20_000); // building 400,000 rows takes a moment on a busy machine
    const periods = Array.from({ length: 200_000 }, (_, i) => ({
      period: `p${i}`, start: '2026-01-01', end: '2026-01-07', entries: 1, classified: 1,
      hours: { management: 1, leadership: 1, share: 0.5 }, tags: { management: 0, leadership: 0, share: null },
    }));
    assert.ok(statsTable({ by: 'week', entries: 1, problems: 0, periods } as never, 0.4).length > 0);
    const decisions = Array.from({ length: 200_000 }, (_, i) => ({
      path: 'a.md', entryDate: '2026-01-01', decision: `d${i}`, owner: null, due: null, status: 'open', ageDays: 1, overdueDays: 0, index: i, line: 1,
    }));
    assert.ok(decisionTable({ asOf: '2026-11-30', open: 1, overdue: 0, decisions } as never).length > 0);
  });

  it('shows control and bidirectional characters as escapes', () => {
    assert.equal(terminalSafe('a\u001b[0mb\r\n\tc\u202e\u009b'), 'a\\x1b[0mb\\x0d\\x0a\tc\\u202e\\x9b');
  });

  it('says unexpected failures in one line', () => {
    const failure = describeFailure(new Error('first line\n    at somewhere (file.js:1:1)'));
    assert.deepEqual(failure, { message: 'first line (set REFLECTION_DEBUG=1 to see where it happened)', code: 3 });
  });
});
