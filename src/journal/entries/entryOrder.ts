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
