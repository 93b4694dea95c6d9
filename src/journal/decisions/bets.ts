/**
 * Leadership bets (seed 002: you won't know until you get there): which are due for a look back.
 */
import type { Bet } from '../entries/commitments';
import { type CalendarDate, daysBetween } from '../base/dates';
import { compareDue } from './decisionReport';
import type { Entry } from '../entries/entry';

export interface BetRow {
  readonly path: string;
  readonly entryDate: CalendarDate;
  readonly bet: string;
  readonly revisit: CalendarDate | null;
  readonly outcome: Bet['outcome'];
  readonly index: number;
  readonly line: number;
  /** Days since the revisit date (0 on the day itself), or null when not due. */
  readonly dueDays: number | null;
}

/**
 * Every bet, and whether it is due: its revisit day has come (on the day itself too) and it has
 * no outcome yet. Due bets first, longest-waiting first.
 */
export function betReport(entries: readonly Entry[], asOf: CalendarDate): BetRow[] {
  const rows: BetRow[] = [];
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e];
    for (let i = 0; i < entry.bets.length; i++) {
      const bet = entry.bets[i];
      const due = bet.outcome === null && bet.revisit !== null && bet.revisit <= asOf;
      rows.push({
        path: entry.path, entryDate: entry.date, bet: bet.bet, revisit: bet.revisit, outcome: bet.outcome,
        index: bet.index, line: bet.line, dueDays: due ? daysBetween(bet.revisit!, asOf) : null,
      });
    }
  }
  return rows.sort((a, b) => (b.dueDays ?? -1) - (a.dueDays ?? -1) || compareDue(a.revisit, b.revisit) || (a.path < b.path ? -1 : 1));
}
