/**
 * What a decision or a bet expected, and how it turned out (PRODUCT.md section 9): `expect` (what
 * you expect to happen), `confidence` (how sure: `0.7`, `70` or `70%`; a number above 1 is a
 * percent), `happened` (`yes`, `partly`, `no`), `reviewed` (the day it was looked back at), `review`
 * (the day to look back at a decision) and `learned` (a line written then). Bad values are warnings.
 */
import { type CalendarDate, parseCalendarDate } from '../base/dates';
import { detach } from '../base/strings';
import { preview } from '../text/boundedValue';

export type Happened = 'yes' | 'partly' | 'no';
export const HAPPENED: readonly Happened[] = ['yes', 'partly', 'no'];
/** How a result scores against a forecast: it happened (1), partly (0.5), or not (0). */
export const HAPPENED_SCORE: Readonly<Record<Happened, number>> = { yes: 1, partly: 0.5, no: 0 };

/** The fields a decision or bet has when written; left out (not null) when absent. */
export interface Expectation {
  readonly expect?: string;
  /** The probability that it happens, 0 to 1. */
  readonly confidence?: number;
  readonly happened?: Happened;
  readonly reviewed?: CalendarDate;
  readonly review?: CalendarDate;
  readonly learned?: string;
}

type WarnAt = () => (message: string) => void;

/** `0.7`, `70`, `70%` or `"70 %"` as a probability; undefined (with a warning) for anything else. */
export function parseConfidence(value: unknown): number | undefined {
  let number: number;
  let percent = false;
  if (typeof value === 'number') {
    number = value;
  } else if (typeof value === 'string') {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(value);
    if (!match) {
      return undefined;
    }
    number = Number(match[1]);
    percent = match[2] === '%';
  } else {
    return undefined;
  }
  const probability = percent || number > 1 ? number / 100 : number;
  return Number.isFinite(probability) && probability >= 0 && probability <= 1 ? probability : undefined;
}

/** The expectation fields of a `decisions` or `bets` item, warning about values that cannot be read. */
export function readExpectation(item: Record<string, unknown>, warn: WarnAt): Expectation {
  const present = (key: string): boolean => item[key] !== undefined && item[key] !== null && item[key] !== '';
  const result: { -readonly [K in keyof Expectation]: Expectation[K] } = {};
  if (present('expect')) {
    const text = typeof item.expect === 'string' || typeof item.expect === 'number' ? String(item.expect).trim() : '';
    if (text) {
      result.expect = detach(text);
    } else {
      warn()(`expect ${preview(item.expect)} is not a line of text; it was ignored`);
    }
  }
  if (present('confidence')) {
    const confidence = parseConfidence(item.confidence);
    if (confidence === undefined) {
      warn()(`confidence ${preview(item.confidence)} is not a chance from 0 to 100 % (write 0.7, 70 or 70%); it was ignored`);
    } else {
      result.confidence = confidence;
    }
  }
  if (present('happened')) {
    if ((HAPPENED as readonly unknown[]).includes(item.happened)) {
      result.happened = item.happened as Happened;
    } else {
      warn()(`happened ${preview(item.happened)} is not yes, partly or no; it was ignored`);
    }
  }
  for (const key of ['reviewed', 'review'] as const) {
    if (present(key)) {
      const day = typeof item[key] === 'string' ? parseCalendarDate(item[key] as string) : undefined;
      if (day) {
        result[key] = day;
      } else {
        warn()(`${key} ${preview(item[key])} is not a YYYY-MM-DD day; it was ignored`);
      }
    }
  }
  if (typeof item.learned === 'string' && item.learned.trim() !== '') {
    result.learned = detach(item.learned.trim());
  }
  return result;
}
