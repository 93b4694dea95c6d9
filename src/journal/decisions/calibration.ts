/**
 * How good a person's judgement is (PRODUCT.md section 9): over every decision and bet with both
 * a `confidence` and a `happened`, the Brier score (the mean squared gap between the chance you
 * gave and what happened, scored 1 / 0.5 / 0) and a calibration curve — for each tenth of
 * confidence, how often it really happened.
 */
import { percent } from '../base/format';
import type { CalendarDate } from '../base/dates';
import type { Entry } from '../entries/entry';
import { HAPPENED_SCORE } from '../entries/expectation';

export interface CalibrationBucket {
  /** The tenth `[from, to)`; the last one, `[0.9, 1.0]`, holds 1.0 too. */
  readonly from: number;
  readonly to: number;
  readonly count: number;
  readonly meanConfidence: number;
  /** The mean score of the bucket's items: how often it happened. */
  readonly hitRate: number;
}

export interface Calibration {
  readonly asOf: CalendarDate;
  readonly reviewed: number;
  /** Mean of (confidence − score)², or null when nothing is reviewed. */
  readonly brier: number | null;
  /** Only the tenths that hold items, ascending. */
  readonly buckets: readonly CalibrationBucket[];
}

/** The calibration of every decision and bet in entries dated up to `asOf`. */
export function calibration(entries: readonly Entry[], asOf: CalendarDate): Calibration {
  const items: Array<{ confidence: number; score: number }> = [];
  for (const entry of entries) {
    if (entry.date > asOf) {
      continue;
    }
    for (const item of [...entry.decisions, ...entry.bets]) {
      if (item.confidence !== undefined && item.happened !== undefined) {
        items.push({ confidence: item.confidence, score: HAPPENED_SCORE[item.happened] });
      }
    }
  }
  const tenths = Array.from({ length: 10 }, () => ({ count: 0, confidence: 0, score: 0 }));
  let squares = 0;
  for (const { confidence, score } of items) {
    squares += (confidence - score) ** 2;
    // The epsilon keeps 0.3 (3.0000000000000004 tenths) and 0.7 in their own tenths.
    const tenth = tenths[Math.min(9, Math.floor(confidence * 10 + 1e-9))];
    tenth.count++;
    tenth.confidence += confidence;
    tenth.score += score;
  }
  return {
    asOf,
    reviewed: items.length,
    brier: items.length > 0 ? squares / items.length : null,
    buckets: tenths.flatMap((tenth, i) => (tenth.count === 0 ? [] : [{
      from: i / 10, to: (i + 1) / 10, count: tenth.count, meanConfidence: tenth.confidence / tenth.count, hitRate: tenth.score / tenth.count,
    }])),
  };
}

/** Exactly the `decisions --calibration --json` shape. */
export function calibrationJson(result: Calibration): string {
  return JSON.stringify({
    asOf: result.asOf,
    reviewed: result.reviewed,
    brier: result.brier,
    buckets: result.buckets.map((b) => ({ from: b.from, to: b.to, count: b.count, meanConfidence: b.meanConfidence, hitRate: b.hitRate })),
  }, null, 2);
}

/** A bucket's confidences as a person reads them: `80–89 %`, and the last one `90–100 %`. */
export function bucketRange(bucket: { readonly from: number; readonly to: number }): string {
  return `${Math.round(bucket.from * 100)}–${bucket.to === 1 ? 100 : Math.round(bucket.to * 100) - 1} %`;
}

/** The curve in words a person reads: "When you said 80–89 % (4 times), it happened 55 % of the time." */
export function calibrationInWords(result: Calibration): string[] {
  if (result.reviewed === 0) {
    return ['Nothing is reviewed yet: give decisions and bets a confidence, then say what happened when you look back.'];
  }
  const lines = result.buckets.map((b) => {
    return `When you said ${bucketRange(b)} (${b.count} ${b.count === 1 ? 'time' : 'times'}), it happened ${percent(b.hitRate)} of the time.`;
  });
  const brier = Math.round(result.brier! * 1000) / 1000;
  return [...lines, `Brier score ${brier}: 0 is perfect, and saying 50 % every time would score 0.25.`];
}
