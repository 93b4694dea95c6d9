/** The record as `reflection-journal review --json` prints it (PRODUCT.md section 8, and `people` from section 10). */
import type { SeriesValues } from '../balance/balance';
import type { PeriodRecord } from './periodRecord';

const values = (series: SeriesValues) => ({ management: series.management, leadership: series.leadership, share: series.share });

/** Entries per type, the types in alphabetical order (an entry without a type counts as `untyped`). */
export function entriesByType(record: PeriodRecord): Record<string, number> {
  const counts = new Map<string, number>();
  for (const entry of record.entries) {
    const type = entry.type || 'untyped';
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Exactly the `review --json` shape: keys in this order, numbers not rounded. */
export function recordJson(record: PeriodRecord): string {
  const { decisions, bets } = record;
  return JSON.stringify({
    unit: record.unit, period: record.period.label, start: record.period.start, end: record.period.end, asOf: record.asOf,
    entries: record.entries.length,
    byType: entriesByType(record),
    hours: values(record.balance.hours),
    tags: values(record.balance.tags),
    previous: { period: record.previous.period, hoursShare: record.previous.hours.share, tagsShare: record.previous.tags.share },
    decisions: {
      made: decisions.made.map((d) => d.text), dropped: decisions.dropped.map((d) => d.text), opened: decisions.opened.map((d) => d.text),
      openAtEnd: decisions.openAtEnd.length, overdueAtEnd: decisions.overdueAtEnd.length,
      debtAtStart: decisions.debtAtStart, debtAtEnd: decisions.debtAtEnd,
    },
    bets: {
      placed: bets.placed.map((b) => b.text), due: bets.due.map((b) => b.text),
      revisited: bets.revisited.map((b) => ({ bet: b.text, outcome: b.outcome })),
    },
    followUps: record.followUps.map((f) => ({ path: f.path, text: f.text, ageDays: f.ageDays })),
    lessons: record.lessons.map((l) => ({ path: l.path, text: l.text })),
    people: {
      oneOnOnes: record.people.oneOnOnes.map((o) => ({ name: o.name, count: o.count })),
      moments: { withGroup: record.people.moments.withGroup, withOnePerson: record.people.moments.withOnePerson },
    },
  }, null, 2);
}
