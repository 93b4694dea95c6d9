/**
 * The time audit (seed 003): for a week, or a number of working days, log every stretch of work
 * as management or leadership; then look at the split, where the hours went, and what the
 * leadership hours produced — "leadership hours should produce dated moves with owners".
 */
import { type CalendarDate, addDays, isoWeekday } from '../base/dates';
import { formatMinutes } from '../base/duration';
import type { Entry } from '../entries/entry';
import { type Weekday, WEEKDAYS } from '../base/weekdays';
import { escapeSnippetText } from '../text/snippet';
import { type TimeLogItem, minutesBySide, sideOfLogTag, timeLogLine } from '../entries/timeLogLines';
import { percent } from '../base/format';
import { TIME_AUDIT } from '../writing/entryNames';
import { type PeriodUnit, periodOf } from '../base/periods';
import { shareOf } from '../balance/balance';
import { delegationCandidates, minutesByEnergy } from './energy';

export interface AuditRange {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

/** The audit's last day: a week is seven days; otherwise the Nth working day from the start. */
export function auditEnd(start: CalendarDate, workingDays: number | 'week', workdays: readonly Weekday[]): CalendarDate {
  if (workingDays === 'week') {
    return addDays(start, 6);
  }
  const isWorkday = (day: CalendarDate) => workdays.includes(WEEKDAYS[isoWeekday(day) - 1]);
  let day = start;
  let counted = isWorkday(day) ? 1 : 0;
  while (counted < workingDays) {
    day = addDays(day, 1);
    counted += isWorkday(day) ? 1 : 0;
  }
  return day;
}

/** The time audits to mark in the chart: finished ones (their summary entries) and the one running. */
export function auditRanges(entries: readonly Entry[], running: AuditRange | undefined): AuditRange[] {
  const ranges: AuditRange[] = entries.flatMap((entry) => (entry.type === TIME_AUDIT && entry.audit ? [entry.audit] : []));
  return running ? [...ranges, running] : ranges;
}

/** How many time-log lines each period holds, by period label. */
export function logCountsByPeriod(entries: readonly Entry[], unit: PeriodUnit): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    for (const item of entry.timeLog) {
      const label = periodOf(item.date, unit).label;
      counts.set(label, (counts.get(label) ?? 0) + 1);
    }
  }
  return counts;
}

/** Every logged item dated within the range, oldest first. */
export function logsIn(entries: readonly Entry[], range: AuditRange): TimeLogItem[] {
  return entries
    .flatMap((entry) => entry.timeLog)
    .filter((item) => item.date >= range.from && item.date <= range.to)
    .sort((a, b) => (a.date === b.date ? (a.time < b.time ? -1 : a.time > b.time ? 1 : 0) : a.date < b.date ? -1 : 1));
}

export interface AuditSummary {
  readonly range: AuditRange;
  readonly items: readonly TimeLogItem[];
  readonly management: number;
  readonly leadership: number;
  /** Minutes by logged tag, largest first. */
  readonly byTag: ReadonlyArray<readonly [string, number]>;
  readonly previous?: { readonly range: AuditRange; readonly share: number | null };
}

export function summarizeAudit(entries: readonly Entry[], range: AuditRange): AuditSummary {
  const items = logsIn(entries, range);
  const byTag = new Map<string, number>();
  for (const item of items) {
    byTag.set(item.tag, (byTag.get(item.tag) ?? 0) + item.minutes);
  }
  const earlier = entries
    .filter((entry) => entry.type === TIME_AUDIT && entry.audit && entry.audit.to < range.from)
    .sort((a, b) => (a.audit!.to < b.audit!.to ? 1 : -1))[0]?.audit;
  const previous = earlier && (() => {
    const sides = minutesBySide(logsIn(entries, earlier));
    return { range: earlier, share: shareOf(sides.management, sides.leadership) };
  })();
  return {
    range,
    items,
    ...minutesBySide(items),
    byTag: [...byTag].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
    ...(previous ? { previous } : {}),
  };
}

/** At most this many decision prompts in a summary; the rest are listed. */
export const MAX_DECISION_PROMPTS = 20;

const hoursText = (minutes: number) => `${Math.round((minutes / 60) * 10) / 10} h`;

/**
 * The audit summary entry (type `time-audit`) in snippet syntax: the split against the target and
 * the previous audit, the facets, and, for each leadership log, a decision to fill in (owner, due)
 * in the frontmatter. It has no `hours` of its own: the hours already count in the weekly entries.
 */
export function auditSummarySource(summary: AuditSummary, target: number, date: CalendarDate): string {
  const total = summary.management + summary.leadership;
  const share = total > 0 ? summary.leadership / total : null;
  const lead = summary.items.filter((item) => sideOfLogTag(item.tag) === 'leadership');
  const prompts = lead.slice(-MAX_DECISION_PROMPTS);
  let stop = 1;
  const field = (text: string) => `\${${stop++}:${escapeSnippetText(text)}}`;
  const frontmatter = [
    '---', `type: ${TIME_AUDIT}`, `date: ${date}`, `tags: [${TIME_AUDIT}]`,
    'audit:', `  from: ${summary.range.from}`, `  to: ${summary.range.to}`,
  ];
  if (prompts.length > 0) {
    frontmatter.push('decisions:');
    for (const item of prompts) {
      frontmatter.push(
        escapeSnippetText(`  # ${item.date} ${item.time}, ${formatMinutes(item.minutes)} ${item.tag}${item.note ? `: ${item.note}` : ''}`),
        `  - decision: ${field('the decision it produced')}`,
        `    owner: ${field('me')}`,
        `    due: ${field(addDays(date, 7))}`,
      );
    }
  }
  frontmatter.push('---');
  const text = (value: string) => escapeSnippetText(value);
  const body = [
    '', text(`# Time audit, ${summary.range.from} to ${summary.range.to}`), '',
    '<!-- Written from your time log. The hours already count in your weekly entries; this entry has',
    'none of its own, so nothing counts twice. Tab moves through the decisions above. -->', '',
    '## The split', '',
    text(`- Logged: ${hoursText(total)} in ${summary.items.length} ${summary.items.length === 1 ? 'entry' : 'entries'} — management ${hoursText(summary.management)}, leadership ${hoursText(summary.leadership)}.`),
    text(share === null ? '- Nothing was logged.' : `- Leadership ${percent(share)} of the logged time; the target is ${percent(target)}.`),
    text(summary.previous
      ? `- The previous audit (${summary.previous.range.from} to ${summary.previous.range.to}): ${summary.previous.share === null ? 'nothing logged' : percent(summary.previous.share)}.`
      : '- This is the first audit in the journal.'),
    '', '## Where the hours went', '',
    '| logged as | hours | share |', '| --- | ---: | ---: |',
    ...summary.byTag.map(([tag, minutes]) => text(`| ${tag} | ${hoursText(minutes)} | ${total > 0 ? percent(minutes / total) : '–'} |`)),
    ...energyLines(summary.items).map(text),
    '', '## Leadership hours, and what they produced', '',
    '<!-- Leadership hours should produce dated moves with owners; management hours produce status.',
    'Each leadership log has a decision in the frontmatter to fill in, or to delete. -->', '',
    ...(lead.length === 0 ? ['- No leadership time was logged.'] : lead.map((item) => text(timeLogLine(item)))),
    ...(lead.length > prompts.length ? ['', text(`(Decision prompts for the last ${prompts.length} of ${lead.length}.)`)] : []),
    '', '## What I take from this', '',
    field('one change for the next weeks'),
    '$0',
  ];
  return `${frontmatter.join('\n')}\n${body.join('\n')}\n`;
}

/** "How the hours felt", when any log carries an energy mark: side × energy, and what to hand off. */
function energyLines(items: readonly TimeLogItem[]): string[] {
  if (!items.some((item) => item.energy)) {
    return [];
  }
  const split = minutesByEnergy(items);
  const row = (side: 'management' | 'leadership') => `| ${side} | ${hoursText(split[side].energising)} | ${hoursText(split[side].neutral)} | ${hoursText(split[side].draining)} |`;
  const candidates = delegationCandidates(items);
  return [
    '', '## How the hours felt', '',
    '| | energising (+) | neutral | draining (−) |', '| --- | ---: | ---: | ---: |', row('management'), row('leadership'), '',
    ...(candidates.length === 0
      ? ['- No management time felt draining this week.']
      : ['Management work that drained you is often what someone else would take as a step up. Worth a thought, not a verdict:', '',
        ...candidates.map((c) => `- ${c.tag}, ${hoursText(c.minutes)}${c.notes.length > 0 ? `: ${c.notes.slice(0, 3).join('; ')}${c.notes.length > 3 ? '; …' : ''}` : ''}`)]),
  ];
}

/**
 * Working minutes between two moments: only on working days, within working hours (`HH:MM`
 * strings, local time). For the reminder when nothing was logged for a while.
 */
export function workingMinutesBetween(from: Date, to: Date, hours: { start: string; end: string }, workdays: readonly Weekday[]): number {
  const [startMinute, endMinute] = [hours.start, hours.end].map((clock) => {
    const [h, m] = clock.split(':').map(Number);
    return h * 60 + m;
  });
  let total = 0;
  const day = new Date(from.getFullYear(), from.getMonth(), from.getDate());
  while (day <= to) {
    const weekday = WEEKDAYS[(day.getDay() + 6) % 7];
    if (workdays.includes(weekday)) {
      const open = new Date(day.getFullYear(), day.getMonth(), day.getDate(), 0, startMinute).getTime();
      const close = new Date(day.getFullYear(), day.getMonth(), day.getDate(), 0, endMinute).getTime();
      const a = Math.max(open, from.getTime());
      const b = Math.min(close, to.getTime());
      total += Math.max(0, b - a) / 60_000;
    }
    day.setDate(day.getDate() + 1);
  }
  return Math.round(total);
}
