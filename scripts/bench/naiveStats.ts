/**
 * The naive floor for `stats` as a whole process: what anyone would write first — list every
 * `*.md`, read it, parse it with gray-matter, sum the frontmatter's hours by month, print JSON.
 * Run by scripts/bench/run.ts as a process of its own, beside the real `stats`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';

const dir = process.argv[2];
const months = new Map<string, { management: number; leadership: number }>();
const names = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.md') && !name.split('/').some((part) => part.startsWith('.')));
for (const name of names) {
  try {
    const data = matter(readFileSync(join(dir, name), 'utf8')).data as { date?: unknown; hours?: Record<string, unknown> };
    const date = data.date instanceof Date ? data.date.toISOString() : String(data.date ?? '');
    const month = months.get(date.slice(0, 7)) ?? { management: 0, leadership: 0 };
    month.management += Number(data.hours?.management) || 0;
    month.leadership += Number(data.hours?.leadership) || 0;
    months.set(date.slice(0, 7), month);
  } catch {
    // a broken file: the naive script skips it
  }
}
process.stdout.write(`${JSON.stringify(Object.fromEntries(months))}\n`);
