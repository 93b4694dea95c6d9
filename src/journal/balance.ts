/**
 * The balance metric (PRODUCT.md section 4): per period, how the logged hours and the tagged
 * entries split between management and leadership.
 */
import type { CalendarDate } from './dates';
import type { Entry } from './entry';
import { type Period, type PeriodUnit, periodOf, periodsBetween } from './periods';
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
export function tagWeights(entry: Entry, taxonomy: Taxonomy): TagWeights {
  let management = 0;
  let leadership = 0;
  const count = (tag: string): void => {
    const side = taxonomy.sideOf(tag);
    if (side === 'management') {
      management++;
    } else if (side === 'leadership') {
      leadership++;
    }
  };
  entry.tags.forEach(count);
  entry.inlineTags.forEach(count);
  return { management, leadership };
}

/** leadership / (management + leadership), or null when the sum is 0. */
export function shareOf(management: number, leadership: number): number | null {
  const total = management + leadership;
  return total > 0 ? leadership / total : null;
}

/** Whether an entry falls in a date range (both ends included). */
export function inRange(date: CalendarDate, range: DateRange): boolean {
  return (!range.from || date >= range.from) && (!range.to || date <= range.to);
}

/**
 * The balance per period: a gap-free list from the first to the last period with an entry in the
 * range (empty periods with zeros and null shares). Linear in the number of entries.
 */
export function balanceByPeriod(
  entries: readonly Entry[],
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

class PeriodSums {
  private entries = 0;
  private classified = 0;
  private hoursManagement = 0;
  private hoursLeadership = 0;
  private tagsManagement = 0;
  private tagsLeadership = 0;

  constructor(private readonly period: Period) {}

  add(entry: Entry, weights: TagWeights): void {
    this.entries++;
    let added = false;
    if (entry.hours && entry.hours.management + entry.hours.leadership > 0) {
      this.hoursManagement += entry.hours.management;
      this.hoursLeadership += entry.hours.leadership;
      added = true;
    }
    const tagged = weights.management + weights.leadership;
    if (tagged > 0) {
      this.tagsManagement += weights.management / tagged;
      this.tagsLeadership += weights.leadership / tagged;
      added = true;
    }
    if (added) {
      this.classified++;
    }
  }

  result(): PeriodBalance {
    return {
      period: this.period.label,
      start: this.period.start,
      end: this.period.end,
      entries: this.entries,
      classified: this.classified,
      hours: { management: this.hoursManagement, leadership: this.hoursLeadership, share: shareOf(this.hoursManagement, this.hoursLeadership) },
      tags: { management: this.tagsManagement, leadership: this.tagsLeadership, share: shareOf(this.tagsManagement, this.tagsLeadership) },
    };
  }
}
