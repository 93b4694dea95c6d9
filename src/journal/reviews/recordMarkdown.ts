/**
 * The record as markdown: headings, short lists and relative links, readable on any git host and
 * in Obsidian or Foam. Written into a review when it is created, so it is a snapshot ("as of").
 * Nothing in it counts twice: `#` in copied text is escaped (never a tag), follow-ups are links
 * (never `- [ ]`), and no heading is "Follow-ups" or "What to do differently".
 */
import type { PeriodBalance } from '../balance/balance';
import { percent } from '../base/format';
import { markdownLink } from '../base/journalPaths';
import { monthTitle } from '../base/dates';
import type { PeriodRecord, RecordBet, RecordDecision, ReviewUnit } from './periodRecord';
import { entriesByType } from './recordJson';
import type { Period } from '../base/periods';
import { escapeMarkdown } from '../text/markdownText';

export interface RecordOptions {
  /** The folder (journal-relative, `''` for the root) the links are relative to: where the review lives. */
  readonly linkFrom: string;
  /** The target leadership share. */
  readonly target: number;
}

/** `November 2026`, `Q4 2026`, `2026`. */
export function periodTitle(unit: ReviewUnit, period: Period): string {
  return unit === 'month' ? monthTitle(period.start) : unit === 'quarter' ? `${period.label.slice(5)} ${period.label.slice(0, 4)}` : period.label;
}

/** The record as markdown, starting with a `##` heading. */
export function recordMarkdown(record: PeriodRecord, options: RecordOptions): string {
  const link = (text: string, path: string): string => `[${escapeMarkdown(text)}](${markdownLink(options.linkFrom, path)})`;
  const previousTitle = periodTitle(record.unit, { label: record.previous.period, start: record.previous.start, end: record.previous.end });
  const lines: string[] = [
    `## The record of ${periodTitle(record.unit, record.period)}`,
    '',
    `<!-- Written by Reflection Journal from the journal as of ${record.asOf} (${record.period.start} to ${record.period.end}).`
      + ' It is a snapshot: change it freely; `reflection-journal review` computes it again. -->',
    '',
    '### Entries',
    '',
    ...entryLines(record, link),
    '',
    '### The balance',
    '',
    `- Hours: ${split(record.balance, 'hours', options.target, previousTitle, record.previous)}`,
    `- Tags: ${split(record.balance, 'tags', options.target, previousTitle, record.previous)}`,
    '',
    '### Decisions',
    '',
    ...listOf('Made', record.decisions.made, (d) => `${link(d.text, d.path)}${d.decided ? ` (${d.decided})` : ''}`),
    ...listOf('Dropped', record.decisions.dropped, (d) => `${link(d.text, d.path)}${d.decided ? ` (${d.decided})` : ''}`),
    ...listOf('Opened', record.decisions.opened, (d) => `${link(d.text, d.path)}${details(d)}`),
    ...listOf(`Still open ${record.period.end <= record.asOf ? 'at the end' : `on ${record.asOf}`}`, record.decisions.openAtEnd,
      (d) => `${link(d.text, d.path)}${details(d)}${record.decisions.overdueAtEnd.includes(d) ? ' — **overdue**' : ''}`),
    `- Decision debt (overdue decisions): ${record.decisions.debtAtStart} at the start, ${record.decisions.debtAtEnd} at the end`,
    '',
    '### Bets',
    '',
    ...listOf('Placed', record.bets.placed, (b) => `${link(b.text, b.path)}${b.revisit ? ` (look back ${b.revisit})` : ''}`),
    ...listOf('Due for a look back', record.bets.due, (b) => `${link(b.text, b.path)}${b.outcome ? ` — ${b.outcome}` : ' — not looked back at yet'}`),
    ...listOf('Looked back at', record.bets.revisited, (b) => revisited(b, link)),
    '',
    '### Promised, not done yet',
    '',
    ...(record.followUps.length === 0 ? ['Nothing open.'] : record.followUps.map((f) => `- ${link(f.text, f.path)} (${days(f.ageDays)})`)),
    '',
    '### Time audits',
    '',
    ...(record.audits.length === 0 ? ['None ran in this period.'] : record.audits.map((a) => `- ${a.from} to ${a.to}`)),
    '',
    '### People',
    '',
    ...peopleLines(record, link),
    '',
    '### Lessons from the after-action reviews',
    '',
    ...(record.lessons.length === 0 ? ['None written in this period.'] : record.lessons.map((l) => `- ${link(l.text, l.path)}`)),
  ];
  return `${lines.join('\n')}\n`;
}

function peopleLines(record: PeriodRecord, link: (text: string, path: string) => string): string[] {
  const { oneOnOnes, moments } = record.people;
  const held = oneOnOnes.length === 0 ? 'none' : oneOnOnes.map((o) => `${link(o.name, o.lastPath)} ${o.count}`).join(', ');
  const all = moments.withGroup + moments.withOnePerson;
  const share = all === 0 ? 'none said whom they were with' : `${moments.withGroup} with a group, ${moments.withOnePerson} with one person`
    + ` — ${percent(moments.withGroup / all)} with groups`;
  return [`- One-on-ones held: ${held}`, `- Leadership moments: ${share}`];
}

function entryLines(record: PeriodRecord, link: (text: string, path: string) => string): string[] {
  if (record.entries.length === 0) {
    return ['No entries in this period.'];
  }
  const counts = Object.entries(entriesByType(record)).map(([type, count]) => `${count} \`${type}\``).join(', ');
  return [`${record.entries.length} ${record.entries.length === 1 ? 'entry' : 'entries'}: ${counts}.`, '',
    ...record.entries.map((entry) => `- ${entry.date} · ${link(entry.title, entry.path)}`)];
}

function split(balance: PeriodBalance, series: 'hours' | 'tags', target: number, previousTitle: string, previous: PeriodBalance): string {
  const values = balance[series];
  const unit = series === 'hours' ? ' h' : '';
  if (values.share === null) {
    return `nothing ${series === 'hours' ? 'logged' : 'tagged'} (${previousTitle}: ${percent(previous[series].share)})`;
  }
  return `management ${round(values.management)}${unit}, leadership ${round(values.leadership)}${unit} — leadership ${percent(values.share)}`
    + ` (target ${percent(target)}; ${previousTitle}: ${percent(previous[series].share)})`;
}

function listOf<T>(label: string, items: readonly T[], line: (item: T) => string): string[] {
  return items.length === 0 ? [`- ${label}: none`] : [`- ${label}:`, ...items.map((item) => `  - ${line(item)}`)];
}

function details(decision: RecordDecision): string {
  const parts = [decision.owner ? escapeMarkdown(decision.owner) : 'no owner', decision.due ? `due ${decision.due}` : 'no due date', `written ${decision.entryDate}`];
  return ` (${parts.join(', ')})`;
}

function revisited(bet: RecordBet, link: (text: string, path: string) => string): string {
  return `${link(bet.text, bet.path)} — ${bet.outcome}${bet.revisited ? ` (${link('the review', bet.revisited)})` : ''}`;
}

const round = (value: number): string => String(Math.round(value * 100) / 100);
const days = (count: number): string => `${count} ${count === 1 ? 'day' : 'days'} old`;
