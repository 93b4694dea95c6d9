/** Each period's review, where one was written: what the Balance panel links a period to. */
import { type PeriodUnit, periodOf } from '../base/periods';
import type { Entry } from '../entries/entry';
import { LEADERSHIP_MOMENTS, MONTHLY_REFLECTION, QUARTERLY_REVIEW } from '../writing/entryNames';

/** The entry type that reviews a period of each unit. */
export const REVIEW_TYPE: Readonly<Record<PeriodUnit, string>> = {
  week: LEADERSHIP_MOMENTS, month: MONTHLY_REFLECTION, quarter: QUARTERLY_REVIEW,
};

/** The path of each period's review, by period label (the first one written, when there are more). */
export function reviewsByPeriod(entries: readonly Entry[], unit: PeriodUnit): Map<string, string> {
  const reviews = new Map<string, string>();
  for (const entry of entries) {
    const label = periodOf(entry.date, unit).label;
    if (entry.type === REVIEW_TYPE[unit] && !reviews.has(label)) {
      reviews.set(label, entry.path);
    }
  }
  return reviews;
}
