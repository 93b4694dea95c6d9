/**
 * Synthetic journals for measurements: realistic entries (the three templates, tags, inline tags,
 * hours, decisions, bodies of 1–4 KB, a few broken files), spread over the weeks before a date.
 * Deterministic for a given size and seed, so runs can be compared.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CalendarDate, addDays, parseCalendarDate } from '../../src/journal/base/dates';
import { entryPathFor } from '../../src/journal/writing/entryNames';

const TAGS = ['leadership', 'management', 'planning', 'alignment', 'staffing', 'direction', 'controlling', 'motivation', 'uncertainty', 'offsite', 'hiring', 'incident'];
const INLINE = ['#leadership/alignment', '#leadership/direction', '#management/staffing', '#management/controlling', '#planning', '#motivation'];
const WORDS = 'the team plan review hiring roadmap incident decision owner budget quarter customer design risk alignment direction feedback process metric launch retro'.split(' ');

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface GeneratedJournal {
  readonly files: number;
  readonly broken: number;
  readonly bytes: number;
}

/** Writes `count` entry files into `dir` (which should be empty), ending at `lastDay`. */
export function generateJournal(dir: string, count: number, seed = 1, lastDay = '2026-11-21'): GeneratedJournal {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const end = parseCalendarDate(lastDay)!;
  // About five entries a week for one person; a large journal is a team's: at most ten years,
  // with more entries a week.
  const spanDays = Math.min(3650, Math.max(7, Math.ceil((count / 5) * 7)));
  let broken = 0;
  let bytes = 0;
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    const date: CalendarDate = addDays(end, -Math.floor(next() * spanDays));
    const kind = pick(['after-action-review', 'leadership-moments', 'monthly-reflection', 'one-on-one', 'after-action-review'] as const);
    let path = entryPathFor(kind, date, `${pick(WORDS)} ${pick(WORDS)} ${i}`);
    if (used.has(path)) {
      path = path.replace(/\.md$/, `-${i}.md`);
    }
    used.add(path);
    let text: string;
    if (next() < 0.01) {
      broken++;
      text = next() < 0.5 ? `---\ndate: ${date}\ntags: [leadership\n---\nbroken YAML\n` : 'No frontmatter and no date in the name.\n';
      path = `notes/broken-${i}.md`;
    } else {
      text = entryText(kind, date, next, pick);
    }
    const file = join(dir, ...path.split('/'));
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  return { files: count, broken, bytes };
}

const PEOPLE = ['Dana', 'Marco', 'Priya', 'Lena', 'Sam', 'Ana Lee', 'Kofi', 'Mei'];

function entryText(kind: string, date: CalendarDate, next: () => number, pick: <T>(items: readonly T[]) => T): string {
  const tags = [...new Set([pick(TAGS), pick(TAGS), pick(TAGS)].slice(0, 1 + Math.floor(next() * 3)))];
  const lines = ['---', `type: ${kind}`, `date: ${date}`, `tags: [${tags.join(', ')}]`];
  if (kind === 'one-on-one') {
    lines.push(`person: ${pick(PEOPLE)}`);
  } else if (next() < 0.2) {
    lines.push(`people: [${pick(PEOPLE)}, ${pick(PEOPLE)}]`);
  }
  if (kind !== 'after-action-review' && kind !== 'one-on-one') {
    lines.push('hours:', `  management: ${Math.round(next() * 30)}`, `  leadership: ${Math.round(next() * 15 * 2) / 2}`);
  }
  if (next() < 0.3) {
    lines.push('decisions:', `  - decision: ${pick(WORDS)} ${pick(WORDS)} by the end of the month`, `    owner: ${pick(['me', ...PEOPLE])}`,
      `    due: ${addDays(date, 7 + Math.floor(next() * 30))}`);
    const status = pick(['open', 'made', 'open', 'dropped']);
    lines.push(`    status: ${status}`);
    if (status === 'made' && next() < 0.7) {
      // A forecast, looked back at: what the Decision Record and the calibration read.
      lines.push(`    decided: ${addDays(date, 3)}`, `    expect: ${pick(WORDS)} ${pick(WORDS)} improves`,
        `    confidence: ${pick(['50%', '60%', '70%', '80%', '90%', '0.95'])}`, `    happened: ${pick(['yes', 'partly', '"no"'])}`);
    }
  }
  lines.push('---', '', `# ${kind.replace(/-/g, ' ')} ${date}`, '');
  const target = 1024 + Math.floor(next() * 3072);
  let body = '';
  while (body.length < target) {
    const sentence = Array.from({ length: 8 + Math.floor(next() * 10) }, () => pick(WORDS)).join(' ');
    body += next() < 0.15 ? `- ${sentence} ${pick(INLINE)}\n` : next() < 0.05 ? `\n\`\`\`\n#not-a-tag ${sentence}\n\`\`\`\n` : `${sentence}.\n`;
    if (next() < 0.1) {
      body += `\n## ${pick(WORDS)}\n\n<!-- ${sentence} #hidden -->\n`;
    }
  }
  return `${lines.join('\n')}\n${body}`;
}

if (require.main === module) {
  const [dir, count, seed] = process.argv.slice(2);
  if (!dir || !count) {
    console.error('usage: node out/scripts/bench/generate.js DIR COUNT [SEED]');
    process.exit(2);
  }
  console.log(generateJournal(dir, Number(count), Number(seed ?? 1)));
}
