/**
 * Moments and wall-clock times in a named time zone, with the platform's own zone data (Intl):
 * where a calendar's events fall on the person's days, and what a wall time written for another
 * zone (a TZID the file does not define) means as a moment.
 */
import type { CalendarDate } from '../base/dates';

export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(zone, format);
  }
  return format;
}

/** The machine's time zone (an IANA name), where the person's days are. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Whether the platform knows a zone by this name (`Europe/Berlin` yes, `W. Europe Standard Time` no). */
export function isKnownZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** The wall time in `zone` at a moment (milliseconds since 1970 UTC). */
export function wallTimeAt(epochMs: number, zone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') {
      parts[part.type] = Number(part.value);
    }
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

const asUtc = (wall: WallTime): number => Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);

/**
 * The moment a wall time in `zone` names. In the hour skipped when clocks go forward, the time
 * after the jump; in the hour repeated when they go back, the first of the two.
 */
export function momentOf(wall: WallTime, zone: string): number {
  const guess = asUtc(wall);
  const offsetAt = (moment: number): number => asUtc(wallTimeAt(moment, zone)) - moment;
  // The zone's offsets a day either side: no zone changes offset twice within two days.
  const before = guess - offsetAt(guess - DAY_MS);
  const after = guess - offsetAt(guess + DAY_MS);
  const names = (moment: number): boolean => asUtc(wallTimeAt(moment, zone)) === guess;
  const valid = [before, after].filter(names);
  // None names it: a skipped hour, read with the offset before the jump (so it lands after it).
  return valid.length === 0 ? before : Math.min(...valid);
}

const DAY_MS = 86_400_000;

/** `2026-11-16` and `09:05` of a moment in `zone`. */
export function localDayAndTime(epochMs: number, zone: string): { date: CalendarDate; time: string } {
  const wall = wallTimeAt(epochMs, zone);
  const two = (value: number): string => String(value).padStart(2, '0');
  return { date: `${String(wall.year).padStart(4, '0')}-${two(wall.month)}-${two(wall.day)}` as CalendarDate, time: `${two(wall.hour)}:${two(wall.minute)}` };
}
