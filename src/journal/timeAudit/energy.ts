/**
 * The energy audit: how logged hours felt — `+` energising, `-` draining, no mark neutral — by
 * side; and the draining management work, which is where handing off usually starts (someone else
 * may find it a step up).
 */
import { type TimeLogItem, sideOfLogTag } from '../entries/timeLogLines';

export interface EnergySplit {
  readonly energising: number;
  readonly neutral: number;
  readonly draining: number;
}

/** Minutes by side and energy. */
export function minutesByEnergy(items: readonly TimeLogItem[]): { management: EnergySplit; leadership: EnergySplit } {
  const split = () => ({ energising: 0, neutral: 0, draining: 0 });
  const result = { management: split(), leadership: split() };
  for (const item of items) {
    const side = result[sideOfLogTag(item.tag)];
    side[item.energy === '+' ? 'energising' : item.energy === '-' ? 'draining' : 'neutral'] += item.minutes;
  }
  return result;
}

export interface DelegationCandidate {
  readonly tag: string;
  readonly minutes: number;
  /** What the logs said, each once, most time first. */
  readonly notes: readonly string[];
}

/** Draining management time by tag, most first: candidates to hand off. */
export function delegationCandidates(items: readonly TimeLogItem[]): DelegationCandidate[] {
  const byTag = new Map<string, { minutes: number; notes: Map<string, number> }>();
  for (const item of items) {
    if (item.energy !== '-' || sideOfLogTag(item.tag) !== 'management') {
      continue;
    }
    const entry = byTag.get(item.tag) ?? { minutes: 0, notes: new Map<string, number>() };
    entry.minutes += item.minutes;
    if (item.note) {
      entry.notes.set(item.note, (entry.notes.get(item.note) ?? 0) + item.minutes);
    }
    byTag.set(item.tag, entry);
  }
  return [...byTag]
    .map(([tag, entry]) => ({ tag, minutes: entry.minutes, notes: [...entry.notes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([note]) => note) }))
    .sort((a, b) => b.minutes - a.minutes || (a.tag < b.tag ? -1 : 1));
}
