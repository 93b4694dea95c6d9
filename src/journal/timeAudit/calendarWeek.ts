/**
 * A week of a calendar as proposed logs (PRODUCT.md section 11): the events whose local start is in
 * the week (Monday 00:00 to Sunday 24:00 in the person's zone), all-day, cancelled and declined
 * ones skipped with the reason, overlapping minutes counted once for the event that started first
 * (one clipped to nothing is left out) and an event running past Sunday midnight counted up to it,
 * each classified by the first matching rule or left unclassified. Lists in start order, then title.
 */
import type { CalendarDate } from '../base/dates';
import type { Period } from '../base/periods';
import { type CalendarRule, ruleFor } from './calendarRules';
import { type SkipReason, calendarOccurrences } from './calendarFile';
import { localDayAndTime, momentOf } from './zonedTime';

export interface CalendarEventTime {
  /** The event's own local start, even when overlap clipping removed its first minutes. */
  readonly date: CalendarDate;
  readonly start: string;
  readonly minutes: number;
  readonly title: string;
}

export interface CalendarLog extends CalendarEventTime {
  readonly tag: string;
  /** The rule's pattern as written. */
  readonly rule: string;
}

export interface CalendarWeek {
  readonly week: string;
  readonly logs: readonly CalendarLog[];
  readonly unclassified: readonly CalendarEventTime[];
  readonly skipped: ReadonlyArray<{ readonly title: string; readonly reason: SkipReason }>;
}

export interface CalendarWeekOptions {
  readonly week: Period;
  readonly zone: string;
  readonly me?: string;
  readonly rules: readonly CalendarRule[];
}

const MINUTE_MS = 60_000;

/** The week's events from an `.ics` file's text. */
export function calendarWeek(text: string, options: CalendarWeekOptions): CalendarWeek {
  const midnight = (day: CalendarDate): number => {
    const [year, month, date] = day.split('-').map(Number);
    return momentOf({ year, month, day: date, hour: 0, minute: 0, second: 0 }, options.zone);
  };
  const from = midnight(options.week.start);
  const [endYear, endMonth, endDay] = options.week.end.split('-').map(Number);
  // Sunday 24:00 is the next Monday 00:00 (built from Sunday's date: the week's end may be 9999-12-31).
  const to = momentOf({ year: endYear, month: endMonth, day: endDay, hour: 23, minute: 59, second: 59 }, options.zone) + 1000;
  const occurrences = calendarOccurrences(text, { zone: options.zone, from, to, ...(options.me ? { me: options.me } : {}) })
    .sort((a, b) => a.start - b.start || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
  const logs: CalendarLog[] = [];
  const unclassified: CalendarEventTime[] = [];
  let coveredUntil = Number.NEGATIVE_INFINITY;
  for (const occurrence of occurrences.filter((o) => !o.skip)) {
    const start = Math.round(occurrence.start / MINUTE_MS);
    // An event running past Sunday midnight counts up to it: the rest belongs to the next week.
    const end = Math.round(Math.min(occurrence.end, to) / MINUTE_MS);
    const minutes = Math.max(0, end - Math.max(start, coveredUntil));
    coveredUntil = Math.max(coveredUntil, end);
    if (minutes === 0) {
      continue;
    }
    const local = localDayAndTime(occurrence.start, options.zone);
    const event: CalendarEventTime = { date: local.date, start: local.time, minutes, title: occurrence.title };
    const rule = ruleFor(options.rules, occurrence.title);
    if (rule) {
      logs.push({ ...event, tag: rule.tag, rule: rule.match });
    } else {
      unclassified.push(event);
    }
  }
  return {
    week: options.week.label,
    logs,
    unclassified,
    skipped: occurrences.filter((o) => o.skip).map((o) => ({ title: o.title, reason: o.skip! })),
  };
}

/** Exactly `log --from-ics --dry-run --json`. */
export function calendarWeekJson(week: CalendarWeek): string {
  return JSON.stringify({
    week: week.week,
    logs: week.logs.map((l) => ({ date: l.date, start: l.start, minutes: l.minutes, title: l.title, tag: l.tag, rule: l.rule })),
    unclassified: week.unclassified.map((u) => ({ date: u.date, start: u.start, minutes: u.minutes, title: u.title })),
    skipped: week.skipped.map((s) => ({ title: s.title, reason: s.reason })),
  }, null, 2);
}
