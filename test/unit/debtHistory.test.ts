import * as assert from 'node:assert/strict';
import { addDays, parseCalendarDate } from '../../src/journal/base/dates';
import { debtHistory } from '../../src/journal/decisions/debtHistory';
import { type Entry } from '../../src/journal/entries/entry';
import { day, entry } from './helpers';

describe('decision debt history, against its plain definition', () => {
  it('agrees with counting decision by decision for random journals', () => {
    let state = 7;
    const next = () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const dayIn = (from: string, span: number) => addDays(parseCalendarDate(from)!, Math.floor(next() * span));
    for (let round = 0; round < 30; round++) {
      const entries: Entry[] = [];
      for (let e = 0; e < 8; e++) {
        const date = dayIn('2026-09-01', 90);
        const items = Array.from({ length: 1 + Math.floor(next() * 3) }, (_, i) => {
          const status = ['open', 'made', 'dropped'][Math.floor(next() * 3)];
          const lines = [`  - decision: D${e}.${i}`, `    status: ${status}`];
          if (next() < 0.8) {
            lines.push(`    due: ${dayIn('2026-09-01', 100)}`);
          }
          if (status !== 'open' && next() < 0.7) {
            lines.push(`    decided: ${dayIn('2026-09-01', 110)}`);
          }
          return lines.join('\n');
        });
        entries.push(entry(`e${e}.md`, `---\ndate: ${date}\ndecisions:\n${items.join('\n')}\n---\n`));
      }
      const asOf = day('2026-12-20');
      for (const unit of ['week', 'month'] as const) {
        const expected = debtHistory(entries, unit, asOf).map((point) => {
          let open = 0;
          let overdue = 0;
          for (const item of entries) {
            for (const d of item.decisions) {
              const isOpen = item.date <= point.day && (d.status === 'open' || (d.decided !== null && d.decided > point.day));
              open += isOpen ? 1 : 0;
              overdue += isOpen && d.due && d.due < point.day ? 1 : 0;
            }
          }
          return { ...point, open, overdue };
        });
        assert.deepEqual(debtHistory(entries, unit, asOf), expected, `round ${round}, ${unit}`);
      }
    }
  });
});
