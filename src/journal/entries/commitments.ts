/**
 * Decisions and leadership bets in an entry's frontmatter (PRODUCT.md section 3): dated moves
 * with owners, and moves whose result is only known weeks later. Malformed items are warnings;
 * the rest of the entry still counts.
 */
import { type CalendarDate, parseCalendarDate } from '../base/dates';
import { preview } from '../text/boundedValue';
import { detach } from '../base/strings';

export type DecisionStatus = 'open' | 'made' | 'dropped';
export const DECISION_STATUSES: readonly DecisionStatus[] = ['open', 'made', 'dropped'];
export type BetOutcome = 'better' | 'worse' | 'unclear';
export const BET_OUTCOMES: readonly BetOutcome[] = ['better', 'worse', 'unclear'];

export interface Decision {
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

export interface Bet {
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

/** The decisions of an entry's frontmatter. */
export function readDecisions(value: unknown, context: ItemContext): Decision[] {
  const decisions: Decision[] = [];
  for (const [item, index, line] of items(value, 'decisions', context)) {
    const warnAt = () => (message: string) => context.warn('decisions', `decision ${index + 1}: ${message}`);
    const decision = text(item.decision);
    if (!decision) {
      warnAt()('it has no "decision:" text; it was ignored');
      continue;
    }
    let status: DecisionStatus = 'open';
    if (item.status !== undefined && item.status !== null && item.status !== '') {
      if ((DECISION_STATUSES as readonly unknown[]).includes(item.status)) {
        status = item.status as DecisionStatus;
      } else {
        warnAt()(`status ${preview(item.status)} is not open, made or dropped; it counts as open`);
      }
    }
    decisions.push({
      decision,
      owner: text(item.owner),
      due: day(item.due, 'due', warnAt),
      status,
      decided: day(item.decided, 'decided', warnAt),
      index,
      line,
    });
  }
  return decisions;
}

/** The leadership bets of an entry's frontmatter. */
export function readBets(value: unknown, context: ItemContext): Bet[] {
  const bets: Bet[] = [];
  for (const [item, index, line] of items(value, 'bets', context)) {
    const warnAt = () => (message: string) => context.warn('bets', `bet ${index + 1}: ${message}`);
    const bet = text(item.bet);
    if (!bet) {
      warnAt()('it has no "bet:" text; it was ignored');
      continue;
    }
    let outcome: BetOutcome | null = null;
    if (item.outcome !== undefined && item.outcome !== null && item.outcome !== '') {
      if ((BET_OUTCOMES as readonly unknown[]).includes(item.outcome)) {
        outcome = item.outcome as BetOutcome;
      } else {
        warnAt()(`outcome ${preview(item.outcome)} is not better, worse or unclear; it was ignored`);
      }
    }
    bets.push({ bet, revisit: day(item.revisit, 'revisit', warnAt), outcome, revisited: text(item.revisited), index, line });
  }
  return bets;
}
