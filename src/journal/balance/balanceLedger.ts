/**
 * The balance series kept current one entry at a time. When an entry changes, it leaves the
 * sums of its old periods and joins those of its new ones; the sums are order-independent
 * (see PeriodSums), so the series is identical to a full computation, bit for bit, at a cost
 * that does not grow with the journal.
 */
import { type PeriodBalance, PeriodSums, emptyBalance, tagWeights } from './balance';
import type { Entry } from '../entries/entry';
import { type Period, PERIOD_UNITS, type PeriodUnit, periodOf, periodsBetween } from '../base/periods';
import type { Taxonomy } from './taxonomy';

interface PeriodSlot {
  readonly period: Period;
  readonly sums: PeriodSums;
}

export class BalanceLedger {
  private readonly slots = new Map<PeriodUnit, Map<string, PeriodSlot>>(PERIOD_UNITS.map((unit) => [unit, new Map()]));
  /** The last series built per unit, and where each period sits in it: patched in place on updates. */
  private readonly built = new Map<PeriodUnit, { series: PeriodBalance[]; at: Map<string, number> }>();

  constructor(private readonly taxonomy: Taxonomy, entries: readonly Entry[] = []) {
    for (const entry of entries) {
      this.apply(entry, 1);
    }
  }

  /** Takes an entry change: `before` leaves its periods, `after` joins its own. */
  update(before: Entry | undefined, after: Entry | undefined): void {
    if (before) {
      this.apply(before, -1);
    }
    if (after) {
      this.apply(after, 1);
    }
  }

  private apply(entry: Entry, sign: 1 | -1): void {
    const weights = tagWeights(entry, this.taxonomy);
    // Indexed loops here and below: this runs three times for every entry of the journal.
    for (let u = 0; u < PERIOD_UNITS.length; u++) {
      const unit = PERIOD_UNITS[u];
      const slots = this.slots.get(unit)!;
      const period = periodOf(entry.date, unit);
      let slot = slots.get(period.label);
      if (!slot) {
        slot = { period, sums: new PeriodSums(period) };
        slots.set(period.label, slot);
      }
      slot.sums.add(entry, weights, sign);
      if (slot.sums.size === 0) {
        slots.delete(period.label);
      }
      this.patch(unit, slot);
    }
  }

  /** Keeps a built series current: a period inside it is replaced; one at or past its ends rebuilds it. */
  private patch(unit: PeriodUnit, slot: PeriodSlot): void {
    const built = this.built.get(unit);
    const at = built?.at.get(slot.period.label);
    if (!built || at === undefined || at === 0 || at === built.series.length - 1) {
      this.built.delete(unit);
      return;
    }
    built.series[at] = slot.sums.size === 0 ? emptyBalance(slot.period) : slot.sums.result();
  }

  /** The gap-free series of `unit`, as `balanceByPeriod` gives it for all entries (a fresh array). */
  series(unit: PeriodUnit): PeriodBalance[] {
    let built = this.built.get(unit);
    if (!built) {
      const series = this.build(unit);
      built = { series, at: new Map(series.map((period, i) => [period.period, i])) };
      this.built.set(unit, built);
    }
    return [...built.series];
  }

  private build(unit: PeriodUnit): PeriodBalance[] {
    const slots = this.slots.get(unit)!;
    let first: Period | undefined;
    let last: Period | undefined;
    for (const slot of slots.values()) {
      first = !first || slot.period.start < first.start ? slot.period : first;
      last = !last || slot.period.start > last.start ? slot.period : last;
    }
    if (!first || !last) {
      return [];
    }
    return periodsBetween(first.start, last.start, unit).map((period) => slots.get(period.label)?.sums.result() ?? emptyBalance(period));
  }
}
