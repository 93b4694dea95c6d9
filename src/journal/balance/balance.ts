/**
 * The balance metric (PRODUCT.md section 4): per period, how the logged hours and the tagged
 * entries split between management and leadership.
 */
import type { CalendarDate } from '../base/dates';
import type { BalanceEntry } from '../entries/entry';
import { type Period, type PeriodUnit, periodOf, periodsBetween } from '../base/periods';
import type { Taxonomy } from './taxonomy';

export interface SeriesValues {
  readonly management: number;
  readonly leadership: number;
  /** leadership / (management + leadership), or null when both are 0. */
  readonly share: number | null;
}

export interface PeriodBalance {
  readonly period: string;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  /** Valid entries dated in the period. */
  readonly entries: number;
  /** Entries that added to the hours or the tags series. */
  readonly classified: number;
  readonly hours: SeriesValues;
  readonly tags: SeriesValues;
}

export interface DateRange {
  readonly from?: CalendarDate;
  readonly to?: CalendarDate;
}

export interface TagWeights {
  /** Distinct frontmatter tags plus inline occurrences on the management side. */
  readonly management: number;
  readonly leadership: number;
}

/** An entry's `m` and `l`: distinct frontmatter tags, plus every inline occurrence, per side. */
export function tagWeights(entry: BalanceEntry, taxonomy: Taxonomy): TagWeights {
  const weights = { management: 0, leadership: 0 };
  countSides(entry.tags, taxonomy, weights);
  countSides(entry.inlineTags, taxonomy, weights);
  return weights;
}

/** Adds one to the side of each tag that counts (a loop, not a closure: it runs for every entry). */
function countSides(tags: readonly string[], taxonomy: Taxonomy, weights: { management: number; leadership: number }): void {
  for (let i = 0; i < tags.length; i++) {
    const side = taxonomy.sideOf(tags[i]);
    if (side !== undefined) {
      weights[side]++;
    }
  }
}

/** leadership / (management + leadership), or null when the sum is 0. */
export function shareOf(management: number, leadership: number): number | null {
  const total = management + leadership;
  return total > 0 ? leadership / total : null;
}

/** Whether an entry falls in a date range (both ends included). */
function inRange(date: CalendarDate, range: DateRange): boolean {
  return (!range.from || date >= range.from) && (!range.to || date <= range.to);
}

/**
 * The balance per period: a gap-free list from the first to the last period with an entry in the
 * range (empty periods with zeros and null shares). Linear in the number of entries.
 */
export function balanceByPeriod(
  entries: readonly BalanceEntry[],
  taxonomy: Taxonomy,
  unit: PeriodUnit,
  range: DateRange = {},
): PeriodBalance[] {
  const included = entries.filter((entry) => inRange(entry.date, range));
  if (included.length === 0) {
    return [];
  }
  let first = included[0].date;
  let last = included[0].date;
  for (const entry of included) {
    first = entry.date < first ? entry.date : first;
    last = entry.date > last ? entry.date : last;
  }
  const sums = new Map(periodsBetween(first, last, unit).map((period) => [period.label, new PeriodSums(period)]));
  for (const entry of included) {
    sums.get(periodOf(entry.date, unit).label)!.add(entry, tagWeights(entry, taxonomy));
  }
  return [...sums.values()].map((period) => period.result());
}

/** The balance of one period (any length: a year too) from the entries dated in it. */
export function balanceOf(entries: readonly BalanceEntry[], taxonomy: Taxonomy, period: Period): PeriodBalance {
  const sums = new PeriodSums(period);
  for (const entry of entries) {
    if (entry.date >= period.start && entry.date <= period.end) {
      sums.add(entry, tagWeights(entry, taxonomy));
    }
  }
  return sums.result();
}

/** A period with nothing in it: zeros, and no share. */
export function emptyBalance(period: Period): PeriodBalance {
  return {
    period: period.label, start: period.start, end: period.end, entries: 0, classified: 0,
    hours: { management: 0, leadership: 0, share: null },
    tags: { management: 0, leadership: 0, share: null },
  };
}

/**
 * The sums of one period, kept as counts of distinct values — hours values, and tag weights as
 * (m, l) pairs — summed in sorted order. The result does not depend on the order entries were
 * added or removed in, so an incremental update gives exactly what a full computation gives.
 */
export class PeriodSums {
  private entries = 0;
  private classified = 0;
  private readonly hoursManagement = new Tally();
  private readonly hoursLeadership = new Tally();
  /** Tag weights by "m,l" (both integers): each entry adds m/(m+l) and l/(m+l). */
  private readonly tagWeights = new Map<string, number>();

  constructor(private readonly period: Period) {}

  get size(): number {
    return this.entries;
  }

  add(entry: BalanceEntry, weights: TagWeights, sign: 1 | -1 = 1): void {
    this.entries += sign;
    let added = false;
    if (entry.hours && entry.hours.management + entry.hours.leadership > 0) {
      this.hoursManagement.add(entry.hours.management, sign);
      this.hoursLeadership.add(entry.hours.leadership, sign);
      added = true;
    }
    if (weights.management + weights.leadership > 0) {
      const key = `${weights.management},${weights.leadership}`;
      const count = (this.tagWeights.get(key) ?? 0) + sign;
      if (count === 0) {
        this.tagWeights.delete(key);
      } else {
        this.tagWeights.set(key, count);
      }
      added = true;
    }
    if (added) {
      this.classified += sign;
    }
  }

  result(): PeriodBalance {
    let tagsManagement = 0;
    let tagsLeadership = 0;
    for (const key of [...this.tagWeights.keys()].sort()) {
      const count = this.tagWeights.get(key)!;
      const [m, l] = key.split(',').map(Number);
      tagsManagement += (count * m) / (m + l);
      tagsLeadership += (count * l) / (m + l);
    }
    const hoursManagement = this.hoursManagement.sum();
    const hoursLeadership = this.hoursLeadership.sum();
    return {
      period: this.period.label,
      start: this.period.start,
      end: this.period.end,
      entries: this.entries,
      classified: this.classified,
      hours: { management: hoursManagement, leadership: hoursLeadership, share: shareOf(hoursManagement, hoursLeadership) },
      tags: { management: tagsManagement, leadership: tagsLeadership, share: shareOf(tagsManagement, tagsLeadership) },
    };
  }
}

/** Counts of numbers; their sum, taken in ascending order of value. */
class Tally {
  private readonly counts = new Map<number, number>();

  add(value: number, sign: 1 | -1): void {
    const count = (this.counts.get(value) ?? 0) + sign;
    if (count === 0) {
      this.counts.delete(value);
    } else {
      this.counts.set(value, count);
    }
  }

  sum(): number {
    let total = 0;
    for (const value of [...this.counts.keys()].sort((a, b) => a - b)) {
      total += value * this.counts.get(value)!;
    }
    return total;
  }
}
