/**
 * Hostile journals for the fuzz suite: ordinary entries mutated at random, plus every class of
 * attack issue 9 found — alias chains, deep nesting, huge lines, broken templates, links in every
 * position, unreadable and too-deep folders, code in frontmatter, control characters in names.
 * Seeded: the same seed writes the same journal. Returns what the checks need to know.
 */
import { chmodSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Random = () => number;

/** A small seeded generator (LCG): enough for picking mutations, the same on every machine. */
export function seeded(seed: number): Random {
  let state = (seed * 2654435761) >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface HostileJournal {
  /** Every `*.md` the walk should reach (relative, `/`), each of which must be an entry or a problem. */
  readonly reachable: string[];
  /** Folders the tool cannot read (or must not walk): each must be a problem of its own. */
  readonly badFolders: string[];
  readonly bytes: number;
  readonly classes: string[];
}

const BASE = [
  '---\ntype: leadership-moments\ndate: 2026-11-18\ntags: [leadership, alignment]\nhours:\n  management: 19   # hiring\n  leadership: 13\ndecisions:\n  - decision: Freeze the mobile API\n    owner: me\n    due: 2026-12-05\n    status: open\nbets:\n  - bet: Structured interviews\n    revisit: 2027-02-01\n---\n# Week\n\nA #leadership/alignment moment, `#not` and <!-- #hidden -->.\n\n## Follow-ups\n\n- [ ] Send the notes\n\n## Time log\n\n- 2026-11-18 09:00 · 45 min · leadership · kickoff\n',
  '---\ntype: monthly-reflection\ndate: 2026-10-31\ntags: planning, staffing\nhours: { management: 30, leadership: 10 }\n---\n# October\n\n```js\n#code\n```\n~~~\n#more\n~~~\n',
  '---\ntype: after-action-review\ndate: 2026-10-20\ndecisions:\n  - decision: Split the team   # why\n    status: made\n    decided: 2026-10-21\n    expect: "Two teams ship weekly"\n    confidence: 80%\n    review: 2026-11-20\n    happened: partly\n    reviewed: 2026-11-21\n    learned: One ships weekly; one, every two weeks\nbets:\n  - bet: Marco runs the retro\n    revisit: 2026-11-01\n    expect: Two changes named\n    confidence: 0.6\n    happened: "no"\n---\n# Split\n',
  '\ufeff---yaml\r\ntype: after-action-review\r\ndate: 2026-11-03T09:00:00-05:00\r\ntags:\r\n  - management\r\n  - "#leadership"\r\n---\r\n# Outage\r\n',
];
const NOISE = ['-', ':', '#', '&', '*', '[', ']', '{', '}', '|', '>', "'", '"', '\n', '\r', '\t', '\u0000', '\u202e', '\ufeff', '`', '$', '\\', '---\n', ' ', 'é', '\uD800'];

export function mutate(text: string, next: Random): string {
  let result = text;
  const edits = 1 + Math.floor(next() * 6);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(next() * (result.length + 1));
    const lines = result.split('\n');
    const line = Math.floor(next() * lines.length);
    switch (Math.floor(next() * 6)) {
      case 0: result = result.slice(0, at) + NOISE[Math.floor(next() * NOISE.length)] + result.slice(at); break;
      case 1: result = result.slice(0, at) + result.slice(at + 1 + Math.floor(next() * 8)); break;
      case 2: lines.splice(line, 0, lines[line]); result = lines.join('\n'); break;
      case 3: lines.splice(line, 1); result = lines.join('\n'); break;
      case 4: result = result.slice(0, at); break;
      default: result = result.replace(/\n/g, () => (next() < 0.1 ? '\r\n' : '\n'));
    }
  }
  return result;
}

function aliasChain(levels: number, last: string): string {
  const lines = ['---', 'a0: &a0 [x, y]'];
  for (let i = 1; i <= levels; i++) {
    lines.push(`a${i}: &a${i} [*a${i - 1}, *a${i - 1}]`);
  }
  return `${lines.join('\n')}\n${last}\n---\n`;
}

function backtickLine(length: number): string {
  const parts: string[] = [];
  let size = 0;
  // Runs of 1, 2, 3 … backticks: none closes another (a pattern that searched ahead went quadratic).
  for (let i = 0; size < length; i++) {
    const part = `${'`'.repeat(i + 1)} w #t `;
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

/** Writes a hostile journal into `dir` (empty), with links into `outside`; `large` adds megabyte lines. */
export function writeHostileJournal(dir: string, outside: string, seed: number, large: boolean): HostileJournal {
  const next = seeded(seed);
  const reachable: string[] = [];
  const badFolders: string[] = [];
  const classes: string[] = [];
  let bytes = 0;
  const write = (path: string, text: string | Buffer): void => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
    bytes += text.length;
    const parts = path.split('/');
    if (path.toLowerCase().endsWith('.md') && !parts.some((part) => part.startsWith('.'))) {
      reachable.push(path);
    }
  };
  const chance = (p: number): boolean => next() < p;

  for (let i = 0; i < 6 + Math.floor(next() * 10); i++) {
    write(`2026/2026-11-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}-mutant-${i}.md`, mutate(BASE[i % BASE.length], next));
  }
  if (chance(0.5)) {
    classes.push('aliases');
    write('2026/2026-11-02-alias-tags.md', aliasChain(31, 'date: 2026-11-02\ntags: [*a31]'));
    write('2026/2026-11-02-alias-date.md', aliasChain(26, 'date: *a26'));
  }
  if (chance(0.5)) {
    classes.push('nesting');
    write('2026/2026-11-04-nested.md', `---\ndate: 2026-11-04\ntags: ${'['.repeat(27)}x${']'.repeat(27)}\nhours: ${'{a: '.repeat(30)}1${'}'.repeat(30)}\n---\n`);
    write('2026/2026-11-04-very-nested.md', `---\ndate: 2026-11-04\ntags: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n---\n`);
  }
  if (chance(0.5)) {
    classes.push('long lines');
    const length = large ? 3_900_000 : 200_000;
    write('2026/2026-11-05-backticks.md', `---\ndate: 2026-11-05\n---\n${backtickLine(length)}\n`);
    write('2026/2026-11-05-heading.md', `# a${' '.repeat(length)}b\n<!-- ${'-'.repeat(length / 4)}`);
    write('2026/2026-11-05-oversized.md', `---\ndate: 2026-11-05\n---\n${'x'.repeat(large ? 4_300_000 : 10)}`);
  }
  if (chance(0.5)) {
    classes.push('templates');
    write('.templates/broken.md', `---\ntype: broken\ndate: {{date}}\ntitle: {{title}}\ntags: [x, {{title}}]\n---\n${'${1:'.repeat(40)}${'${2|a,'.repeat(40)}\n`);
    write('.templates/nested.md', `---\ndate: {{date}}\n---\n${'${1:'.repeat(20_000)}x${'}'.repeat(20_000)}\n`);
    write('.templates/Bad Name.md', 'x');
  }
  if (chance(0.5)) {
    classes.push('links');
    writeFileSync(join(outside, 'target.md'), '---\ndate: 2026-11-20\n---\nsecret\n');
    mkdirSync(join(outside, 'folder'), { recursive: true });
    mkdirSync(join(dir, '2026'), { recursive: true });
    symlinkSync(join(outside, 'target.md'), join(dir, '2026', '2026-11-20-link.md'));
    symlinkSync(join(outside, 'target.md'), join(dir, '2026', '2026-W47-leadership-moments.md'));
    symlinkSync(join(outside, 'folder'), join(dir, '2025'));
    symlinkSync('loop-b.md', join(dir, '2026', 'loop-a.md'));
    symlinkSync('loop-a.md', join(dir, '2026', 'loop-b.md'));
    if (chance(0.5) || existsSync(join(dir, '.templates'))) {
      symlinkSync(join(outside, 'folder'), join(dir, '.templates-link'));
      mkdirSync(join(dir, '.templates'), { recursive: true });
      symlinkSync(join(outside, 'target.md'), join(dir, '.templates', 'monthly-reflection.md'));
    } else {
      symlinkSync(join(outside, 'folder'), join(dir, '.templates'));
    }
  }
  if (chance(0.4)) {
    classes.push('unreadable');
    write('2026/locked/2026-11-06-hidden.md', '---\ndate: 2026-11-06\n---\n');
    reachable.pop();
    chmodSync(join(dir, '2026/locked'), 0o000);
    badFolders.push('2026/locked');
    write('2026/2026-11-06-unreadable.md', '---\ndate: 2026-11-06\n---\n');
    chmodSync(join(dir, '2026/2026-11-06-unreadable.md'), 0o000);
  }
  if (chance(0.4)) {
    classes.push('deep folders');
    const deep = Array.from({ length: 40 }, (_, i) => `d${i}`).join('/');
    write(`${deep}/2026-11-07-deep.md`, '---\ndate: 2026-11-07\n---\n');
    reachable.pop();
    badFolders.push(Array.from({ length: 33 }, (_, i) => `d${i}`).join('/'));
  }
  if (chance(0.5)) {
    classes.push('code in frontmatter');
    const marker = JSON.stringify(join(outside, 'executed'));
    write('2026/2026-11-08-js.md', `---js\n{ date: (require('fs').writeFileSync(${marker}, 'x'), '2026-11-08') }\n---\n`);
    write('2026/2026-11-08-javascript.md', `---javascript\nrequire('fs').writeFileSync(${marker}, 'x')\n---\n`);
    write('2026/2026-11-08-yaml-js.md', '---\nrun: !!js/function "function () { require(\'fs\') }"\n---\n');
  }
  if (chance(0.5)) {
    classes.push('names and numbers');
    write('2026/2026-11-09-\u001b[31mred\nline\u202e.md', '---\ndate: 2026-11-09\nhours:\n  leadership: .nan\n  management: 1.7e308\n---\n');
    mkdirSync(join(dir, '2026', '2026-12-monthly-reflection.md'), { recursive: true });
    if (chance(0.3)) {
      // A report from here to 9999 spans 416,000 weeks: bounded by the calendar, but slow to print.
      write('9999/9999-12-31-end.md', '---\ndate: 9999-12-31\ntags: [leadership]\n---\n');
    }
    write('2062/2062-11-02-typo.md', '---\ndate: 2062-11-02\nhours: { management: 60 }\n---\n');
    const decisions = Array.from({ length: large ? 20_000 : 2_000 }, (_, i) => `  - decision: d${i}\n    due: 2026-01-01`).join('\n');
    write('2026/2026-11-10-many.md', `---\ndate: 2026-11-10\ndecisions:\n${decisions}\n---\n`);
    write('2026/2026-11-11-bytes.md', Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a, 0xc3]));
  }
  if (chance(0.5)) {
    classes.push('forecasts');
    // Confidence, happened and the days in every wrong shape, and a thousand reviewed items.
    const odd = ['confidence: 1e308', 'confidence: -5', 'confidence: eighty', 'confidence: [0.8]', `confidence: ${'9'.repeat(5000)}`,
      'happened: {yes: 1}', 'happened: maybe', 'reviewed: 2026-02-30', 'review: [2026-11-01]', `expect: ${'x'.repeat(200_000)}`, `learned: ${'['.repeat(40)}`];
    write('2026/2026-11-12-odd-forecasts.md', `---\ndate: 2026-11-12\ndecisions:\n${odd.map((field, i) => `  - decision: odd ${i}\n    status: made\n    decided: 2026-10-01\n    expect: e\n    ${field}`).join('\n')}\n---\n`);
    const reviewed = Array.from({ length: large ? 20_000 : 1_000 }, (_, i) =>
      `  - decision: r${i}\n    status: made\n    decided: 2026-10-01\n    expect: e\n    confidence: ${(i % 101) / 100}\n    happened: ${['yes', 'partly', '"no"'][i % 3]}`).join('\n');
    write('2026/2026-11-13-reviewed.md', `---\ndate: 2026-11-13\ndecisions:\n${reviewed}\n---\n`);
  }
  if (chance(0.5)) {
    classes.push('people');
    // Names in every wrong shape, one person in many spellings, and many people on one entry.
    const odd = ['person: [Priya]', 'person: {a: 1}', `person: ${'P'.repeat(5000)}`, 'person: "  priya  "', 'person: PRIYA', 'person: me', 'person: 42',
      `people: ${Array.from({ length: large ? 50_000 : 5_000 }, (_, i) => `p${i}`).join(', ')}`, 'people: [[a], {b: 1}, null, "", Marco]', `people: ${'['.repeat(40)}`];
    odd.forEach((field, i) => write(`2026/2026-11-${String(14 + (i % 10)).padStart(2, '0')}-one-on-one-odd-${i}.md`,
      `---\ntype: one-on-one\ndate: 2026-11-${String(14 + (i % 10)).padStart(2, '0')}\n${field}\ndecisions:\n  - decision: d\n    owner: " Priya "\n    due: 2026-11-01\n---\n## Follow-ups\n\n- [ ] x\n`));
  }
  return { reachable, badFolders, bytes, classes };
}
