/**
 * Durations as people type them when logging time: `45m`, `1.5h`, `1h30`, `1:30`, `90 min`.
 * A bare number is refused (45 what?), and so is anything over a day.
 */
import { Refusal } from './refusal';

/** A duration that could not be read; the message says how to write one. */
export class DurationError extends Refusal {}

const UNIT_MINUTES: Readonly<Record<string, number>> = {
  m: 1, min: 1, mins: 1, minute: 1, minutes: 1,
  h: 60, hr: 60, hrs: 60, hour: 60, hours: 60,
};

const MAX_MINUTES = 24 * 60;

/** Minutes in a typed duration, rounded to whole minutes. */
export function parseDuration(input: string): number {
  const text = input.trim().toLowerCase().replace(/,/g, '.');
  if (text === '') {
    throw new DurationError('give a duration, like 45m or 1.5h');
  }
  let minutes: number | undefined;
  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(text);
  if (clock) {
    minutes = Number(clock[1]) * 60 + Number(clock[2]);
  } else if (/^\d+(\.\d+)?$/.test(text)) {
    throw new DurationError(`"${input.trim()}" needs a unit: ${text}m or ${text}h`);
  } else {
    // One or more "<number><unit>" parts: 1h30, 1h 30m, 90 min, 1.5 hours.
    const parts = [...text.matchAll(/(\d+(?:\.\d+)?)\s*([a-z]*)/g)];
    const rest = text.replace(/(\d+(?:\.\d+)?)\s*([a-z]*)/g, '').trim();
    if (parts.length === 0 || rest !== '') {
      throw new DurationError(`"${input.trim()}" is not a duration; write it like 45m, 1.5h, 1h30 or 1:30`);
    }
    minutes = 0;
    parts.forEach((part, i) => {
      // "1h30": a unitless last part after hours means minutes.
      const unit = part[2] === '' && i > 0 && parts[i - 1][2].startsWith('h') ? 'm' : part[2];
      const factor = UNIT_MINUTES[unit];
      if (factor === undefined) {
        throw new DurationError(`"${part[0].trim()}" has no unit I know; use m or h (45m, 1.5h)`);
      }
      minutes! += Number(part[1]) * factor;
    });
  }
  const rounded = Math.round(minutes);
  if (rounded <= 0) {
    throw new DurationError('a duration must be at least a minute');
  }
  if (rounded > MAX_MINUTES) {
    throw new DurationError(`${input.trim()} is more than a day; log each day on its own`);
  }
  return rounded;
}

/** `45 min`, `1 h`, `1 h 30 min`. */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) {
    return `${rest} min`;
  }
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** Hours for the frontmatter: minutes / 60, with at most four decimals (no 0.30000000000000004). */
export function minutesToHours(minutes: number): number {
  return Math.round((minutes / 60) * 10_000) / 10_000;
}

/** More hours than a leap year has: no entry's split can be larger, and no sum of them overflows. */
export const MAX_HOURS = 366 * 24;

/**
 * `current` hours plus `minutes`, with at most four decimals and without drift: a total that an
 * earlier log wrote (a whole number of minutes, rounded to four decimals of an hour) is taken as
 * those whole minutes, so sixty logs of 1 min make exactly 1 h.
 */
export function addMinutes(current: number, minutes: number): number {
  const currentMinutes = current * 60;
  const whole = Math.round(currentMinutes);
  // Four decimals of an hour are within 0.003 min of the whole minutes they were rounded from.
  const base = Math.abs(currentMinutes - whole) < 0.01 ? whole : currentMinutes;
  return Math.round(((base + minutes) / 60) * 10_000) / 10_000;
}
