/**
 * Who a period's work was with, for its record: the one-on-ones held per person, and how many
 * leadership moments were with a group against with one person (leadership mostly happens with
 * groups, management with individuals: seed 002).
 */
import type { Entry } from '../entries/entry';
import { isMe, nameKey } from '../entries/personNames';
import { ONE_ON_ONE } from '../writing/entryNames';

export interface OneOnOnesHeld {
  /** The first spelling seen in the period. */
  readonly name: string;
  readonly count: number;
  /** The period's last one-on-one with them. */
  readonly lastPath: string;
}

export interface PeriodPeople {
  /** Most one-on-ones first, then by name. */
  readonly oneOnOnes: readonly OneOnOnesHeld[];
  readonly moments: { readonly withGroup: number; readonly withOnePerson: number };
}

/** For the entries of one period, in date order. */
export function periodPeople(entries: readonly Entry[]): PeriodPeople {
  const held = new Map<string, { name: string; count: number; lastPath: string }>();
  let withGroup = 0;
  let withOnePerson = 0;
  for (const entry of entries) {
    if (entry.type === ONE_ON_ONE && entry.person !== undefined && !isMe(entry.person)) {
      const key = nameKey(entry.person);
      const row = held.get(key) ?? { name: entry.person, count: 0, lastPath: entry.path };
      row.count++;
      row.lastPath = entry.path;
      held.set(key, row);
    }
    withGroup += entry.moments?.withGroup ?? 0;
    withOnePerson += entry.moments?.withOnePerson ?? 0;
  }
  const oneOnOnes = [...held.entries()]
    .sort(([aKey, a], [bKey, b]) => b.count - a.count || (aKey < bKey ? -1 : aKey > bKey ? 1 : 0))
    .map(([, row]) => row);
  return { oneOnOnes, moments: { withGroup, withOnePerson } };
}
