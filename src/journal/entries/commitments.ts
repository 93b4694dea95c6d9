/**
 * Decisions and leadership bets in an entry's frontmatter (PRODUCT.md section 3): dated moves
 * with owners, and moves whose result is only known weeks later. Malformed items are warnings;
 * the rest of the entry still counts.
 */
import { type CalendarDate, parseCalendarDate } from '../base/dates';
import { preview } from '../text/boundedValue';
import { detach } from '../base/strings';
import { type Expectation, readExpectation } from './expectation';

export type DecisionStatus = 'open' | 'made' | 'dropped';
export const DECISION_STATUSES: readonly DecisionStatus[] = ['open', 'made', 'dropped'];
export type BetOutcome = 'better' | 'worse' | 'unclear';
export const BET_OUTCOMES: readonly BetOutcome[] = ['better', 'worse', 'unclear'];

export interface Decision extends Expectation {
  readonly decision: string;
  readonly owner: string | null;
  readonly due: CalendarDate | null;
  /** Missing means open. */
  readonly status: DecisionStatus;
  /** When it was made or dropped (written by Mark Decision Made / Dropped). */
  readonly decided: CalendarDate | null;
  /** Position in the entry's `decisions` list. */
  readonly index: number;
  /** 1-based file line of the item (the `decisions:` line for a flow list). */
  readonly line: number;
}

export interface Bet extends Expectation {
  readonly bet: string;
  readonly revisit: CalendarDate | null;
  readonly outcome: BetOutcome | null;
  /** Path of the after-action review written when the bet was revisited. */
  readonly revisited: string | null;
  readonly index: number;
  readonly line: number;
}

type Warn = (key: string, message: string) => void;

interface ItemContext {
  readonly warn: Warn;
  /** 1-based file line of each item, when the list is a block list. */
  readonly lines: readonly number[];
  /** 1-based file line of the key, for flow lists. */
  readonly keyLine: number;
}

function text(value: unknown): string | null {
  if (typeof value === 'string') {
    return value.trim() === '' ? null : detach(value.trim());
  }
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;
}

function day(value: unknown, what: string, warn: () => (message: string) => void): CalendarDate | null {
  if (value === undefined || value === null || value === '') {
    return null;
  }
  const date = typeof value === 'string' ? parseCalendarDate(value) : undefined;
  if (!date) {
    warn()(`${what} ${preview(value)} is not a YYYY-MM-DD day; it was ignored`);
  }
  return date ?? null;
}

function items(value: unknown, key: string, context: ItemContext): Array<[Record<string, unknown>, number, number]> {
  if (value === undefined || value === null) {
    return [];
  }
  if (!Array.isArray(value)) {
    context.warn(key, `${key} must be a list of "- ${key === 'decisions' ? 'decision' : 'bet'}: …" items; it was ignored`);
    return [];
  }
  const result: Array<[Record<string, unknown>, number, number]> = [];
  value.forEach((item, index) => {
    const line = context.lines[index] ?? context.keyLine;
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      result.push([item as Record<string, unknown>, index, line]);
    } else {
      context.warn(key, `${key} item ${index + 1} is not a "key: value" item; it was ignored`);
    }
  });
  return result;
}

/** Reads each item whose `textKey` has text; an item without it is a warning and is skipped. */
function readItems<T>(
  value: unknown,
  key: 'decisions' | 'bets',
  context: ItemContext,
  build: (item: Record<string, unknown>, text: string, warn: () => (message: string) => void) => T,
): Array<T & { readonly index: number; readonly line: number }> {
  const noun = key === 'decisions' ? 'decision' : 'bet';
  const result: Array<T & { index: number; line: number }> = [];
  for (const [item, index, line] of items(value, key, context)) {
    const warnAt = () => (message: string) => context.warn(key, `${noun} ${index + 1}: ${message}`);
    const itemText = text(item[noun]);
    if (!itemText) {
      warnAt()(`it has no "${noun}:" text; it was ignored`);
      continue;
    }
    result.push({ ...build(item, itemText, warnAt), index, line });
  }
  return result;
}

/** One of `allowed`, or `fallback` when missing or not one of them (then with a warning). */
function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T | null, what: string, warn: () => (message: string) => void): T | null {
  if (value === undefined || value === null || value === '') {
    return fallback;
  }
  if ((allowed as readonly unknown[]).includes(value)) {
    return value as T;
  }
  warn()(`${what} ${preview(value)} is not ${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}; ${fallback ? `it counts as ${fallback}` : 'it was ignored'}`);
  return fallback;
}

/** The decisions of an entry's frontmatter. */
export function readDecisions(value: unknown, context: ItemContext): Decision[] {
  return readItems(value, 'decisions', context, (item, decision, warnAt) => {
    const status = oneOf(item.status, DECISION_STATUSES, 'open', 'status', warnAt)!;
    return {
      decision, owner: text(item.owner), due: day(item.due, 'due', warnAt), status, decided: day(item.decided, 'decided', warnAt),
      ...readExpectation(item, warnAt),
    };
  });
}

/** The leadership bets of an entry's frontmatter. */
export function readBets(value: unknown, context: ItemContext): Bet[] {
  return readItems(value, 'bets', context, (item, bet, warnAt) => {
    const outcome = oneOf(item.outcome, BET_OUTCOMES, null, 'outcome', warnAt);
    return { bet, revisit: day(item.revisit, 'revisit', warnAt), outcome, revisited: text(item.revisited), ...readExpectation(item, warnAt) };
  });
}
