/** Entries in date order, then path order: how the index keeps them and every list shows them. */
import type { Entry } from './entry';

/** Where an entry is (or belongs) in a list ordered by date then path: a binary search. */
export function positionInOrder(sorted: readonly Entry[], entry: Entry): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (byDateThenPath(sorted[middle], entry) < 0) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}

/** Orders entries by date, then path (plain code-unit order, the same on every machine). */
export function byDateThenPath(a: Entry, b: Entry): number {
  return a.date === b.date ? compareText(a.path, b.path) : compareText(a.date, b.date);
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The entry of the same type right before or after the one at `path` (by date, then path),
 * however far away: gaps are skipped. Undefined at either end, or when `path` is no entry.
 */
export function neighbourOfSameType(sorted: readonly Entry[], path: string, direction: -1 | 1): Entry | undefined {
  const at = sorted.findIndex((entry) => entry.path === path);
  if (at === -1) {
    return undefined;
  }
  for (let i = at + direction; i >= 0 && i < sorted.length; i += direction) {
    if (sorted[i].type === sorted[at].type) {
      return sorted[i];
    }
  }
  return undefined;
}
