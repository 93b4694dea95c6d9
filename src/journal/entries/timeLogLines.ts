/**
 * The time log of a week (seed 003: "for one week, log every hour as management or leadership"):
 * one plain markdown line per log under a "Time log" heading, which a person can read and edit
 * and the audit summary is computed from:
 *
 *     - 2026-11-21 14:05 · 45 min · leadership/alignment · walked the team through the Q1 bet
 *     - 2026-11-21 16:00 · 1 h · management/reporting - · the weekly status deck
 *
 * A `+` or `-` after the tag marks how the time felt: energising or draining (none: neutral).
 */
import { type CalendarDate, parseCalendarDate } from '../base/dates';
import { formatMinutes } from '../base/duration';
import { Refusal } from '../base/refusal';
import type { Side } from './tags';

export const TIME_LOG_HEADING = '## Time log';

export interface TimeLogItem {
  readonly date: CalendarDate;
  /** `HH:MM`, local time of day. */
  readonly time: string;
  readonly minutes: number;
  /** `management`, `leadership`, or `side/facet`. */
  readonly tag: string;
  readonly note: string;
  /** `+` energising, `-` draining; left out when neutral. */
  readonly energy?: Energy;
}

export type Energy = '+' | '-';

/** One log line. The note is kept to one line. */
export function timeLogLine(item: TimeLogItem): string {
  const note = item.note.replace(/\s+/g, ' ').trim();
  return `- ${item.date} ${item.time} · ${formatMinutes(item.minutes)} · ${item.tag}${item.energy ? ` ${item.energy}` : ''}${note ? ` · ${note}` : ''}`;
}

const LINE = /^- (\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}) · (?:(\d+) h)? ?(?:(\d+) min)? · ([a-z0-9/_-]+)(?: ([+-]))?(?: · (.*))?$/;

/** The log lines under the body's "Time log" heading (lines that do not parse are skipped). */
export function parseTimeLog(body: string): TimeLogItem[] {
  const start = body.indexOf(`${TIME_LOG_HEADING}\n`) === -1 ? body.indexOf(`${TIME_LOG_HEADING}\r\n`) : body.indexOf(`${TIME_LOG_HEADING}\n`);
  if (start === -1) {
    return [];
  }
  const items: TimeLogItem[] = [];
  for (const raw of body.slice(start).split(/\r?\n/).slice(1)) {
    if (/^#{1,2} /.test(raw)) {
      break;
    }
    const match = LINE.exec(raw.trimEnd());
    const date = match && parseCalendarDate(match[1]);
    const minutes = match ? Number(match[3] ?? 0) * 60 + Number(match[4] ?? 0) : 0;
    if (match && date && minutes > 0) {
      items.push({ date, time: match[2], minutes, tag: match[5], note: match[7] ?? '', ...(match[6] ? { energy: match[6] as Energy } : {}) });
    }
  }
  return items;
}

/** Minutes logged on each side. */
export function minutesBySide(items: readonly TimeLogItem[]): { management: number; leadership: number } {
  const minutes = { management: 0, leadership: 0 };
  for (const item of items) {
    minutes[sideOfLogTag(item.tag)] += item.minutes;
  }
  return minutes;
}

/** The side a logged tag counts for: its part before `/`. */
export function sideOfLogTag(tag: string): Side {
  return tag.startsWith('leadership') ? 'leadership' : 'management';
}

/**
 * Adds a line at the end of the "Time log" section, creating the section at the end of the file
 * when there is none. Every other line stays as it is, its line ending included.
 */
export function appendTimeLogLine(text: string, line: string): string {
  // Lines with their own endings; a new line takes the ending most of the file uses.
  const parts = text.split(/(?<=\n)/).map((part) => ({ text: part.replace(/\r?\n$/, ''), eol: part.match(/\r?\n$/)?.[0] ?? '' }));
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (parts.length > 0 && parts[parts.length - 1].eol === '') {
    parts[parts.length - 1].eol = eol;
  }
  const added = (content: string) => ({ text: content, eol });
  const heading = parts.findIndex((part) => part.text.trimEnd() === TIME_LOG_HEADING);
  if (heading === -1) {
    while (parts.length > 0 && parts[parts.length - 1].text.trim() === '') {
      parts.pop();
    }
    parts.push(added(''), added(TIME_LOG_HEADING), added(''), added(line));
  } else {
    let last = heading;
    for (let i = heading + 1; i < parts.length && !/^#{1,2} /.test(parts[i].text); i++) {
      if (parts[i].text.trim() !== '') {
        last = i;
      }
    }
    if (last === heading) {
      // An empty section: keep one blank line under the heading.
      if (parts[heading + 1]?.text === '') {
        parts.splice(heading + 2, 0, added(line));
      } else {
        parts.splice(heading + 1, 0, added(''), added(line));
      }
    } else {
      parts.splice(last + 1, 0, added(line));
    }
  }
  return parts.map((part) => part.text + part.eol).join('');
}

/** A log tag from what was typed: `leadership`, `management/hiring`, `#Leadership/Alignment`. */
export function logTagOf(input: string): string {
  const tag = input.trim().replace(/^#/, '').toLowerCase();
  if (!/^(management|leadership)(\/[a-z0-9][a-z0-9_-]*)?$/.test(tag)) {
    throw new Refusal(`log time as management or leadership, optionally with a facet (leadership/alignment); got "${input.trim()}"`);
  }
  return tag;
}
