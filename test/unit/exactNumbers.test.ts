/**
 * Issue 9, findings 6 and 7: exact numbers and honest "now". Each case printed a wrong number,
 * lost a comment or a value, or slid the panel into the future before the fix.
 */
import * as assert from 'node:assert/strict';
import { balanceByPeriod } from '../../src/journal/balance/balance';
import { preview } from '../../src/journal/text/boundedValue';
import { addDays, parseCalendarDate } from '../../src/journal/base/dates';
import { futureEntryFindings, readEntry } from '../../src/journal/entries/entry';
import { EditRefused, setListItemFields } from '../../src/journal/text/frontmatterEdit';
import { addHours } from '../../src/journal/text/hoursEdit';
import { periodOf, periodsBetween } from '../../src/journal/base/periods';
import { Taxonomy } from '../../src/journal/balance/taxonomy';
import { renderTemplate, templateVariables } from '../../src/journal/writing/templates';
import { logTimeEdit } from '../../src/journal/timeAudit/logTime';
import { trends } from '../../src/journal/balance/trends';
import { day, entry } from './helpers';

const WEEK = '---\ndate: 2026-11-25\nhours:\n  management: 0\n  leadership: 0\n---\n# Week\n';

function logMany(times: number, minutes: number): string {
  let text = WEEK;
  for (let i = 0; i < times; i++) {
    text = logTimeEdit({ date: day('2026-11-25'), time: '09:00', minutes, tag: 'leadership', note: '' })(text);
  }
  return text;
}

describe('exact numbers', () => {
  it('adds time logs in whole minutes without drift: 60 × 1 min is 1 h, 30 × 7 min is 3.5 h', () => {
    assert.equal(entry('w.md', logMany(60, 1)).hours?.leadership, 1);
    assert.equal(entry('w.md', logMany(30, 7)).hours?.leadership, 3.5);
    assert.equal(entry('w.md', logMany(3, 20)).hours?.leadership, 1);
  });

  it('ignores hours too large to add up (1.7e308 twice was Infinity), with a warning', () => {
    const reading = readEntry('a.md', '---\ndate: 2026-11-02\nhours:\n  leadership: 1.7e308\n---\n');
    assert.equal(reading.entry?.hours, undefined);
    assert.match(reading.findings[0].message, /from 0 to 8784 \(found 1\.7e\+308\)/);
    const entries = [reading.entry!, entry('b.md', '---\ndate: 2026-11-03\nhours:\n  leadership: 2\n---\n')];
    const [period] = balanceByPeriod(entries, Taxonomy.default, 'month');
    assert.equal(period.hours.leadership, 2);
  });

  it('says .nan and .inf as written, not "null"', () => {
    const nan = readEntry('a.md', '---\ndate: 2026-11-02\nhours:\n  leadership: .nan\n---\n');
    assert.match(nan.findings[0].message, /found \.nan\)/);
    const inf = readEntry('a.md', '---\ndate: 2026-11-02\nhours:\n  management: .inf\n---\n');
    assert.match(inf.findings[0].message, /found \.inf\)/);
    assert.equal(preview(-Infinity), '-.inf');
    assert.equal(preview('x'.repeat(1000)).length, 43);
  });

  it('reads years 0001 to 9999, and a quarter of 9999 ends on 9999-12-31', () => {
    assert.equal(parseCalendarDate('0001-01-01'), '0001-01-01');
    assert.equal(parseCalendarDate('0099-03-01'), '0099-03-01');
    assert.equal(parseCalendarDate('0000-12-31'), undefined);
    assert.deepEqual(periodOf(day('9999-11-29'), 'quarter'), { label: '9999-Q4', start: '9999-10-01', end: '9999-12-31' });
    assert.equal(periodOf(day('9999-12-31'), 'week').end, '9999-12-31');
    assert.equal(addDays(day('9999-12-31'), 10), '9999-12-31');
    assert.equal(addDays(day('0001-01-01'), -1), '0001-01-01');
    assert.equal(addDays(day('0004-02-28'), 1), '0004-02-29');
    assert.deepEqual(periodsBetween(day('9999-12-01'), day('9999-12-31'), 'week').map((p) => p.label).slice(-1), ['9999-W52']);
    const report = balanceByPeriod([entry('z.md', '---\ndate: 9999-11-29\ntags: [leadership]\n---\n')], Taxonomy.default, 'quarter');
    assert.equal(report[0].end, '9999-12-31');
  });

  it('writes a title with a comma into a template\'s flow list as one quoted tag, never a counted one', () => {
    const source = '---\ntype: one-on-one\ndate: {{date}}\ntags: [one-on-one, {{title}}]\ntitle: "1:1 {{title}}"\nnote: \'{{title}}\'\n---\n';
    const { text } = renderTemplate(source, templateVariables(day('2026-11-02'), 'Priya, leadership "x" it\'s'));
    const read = entry('2026/x.md', text);
    assert.deepEqual(read.tags, ['one-on-one', 'priya, leadership "x" it\'s']);
    assert.equal(read.title, '1:1 Priya, leadership "x" it\'s');
    assert.deepEqual(balanceByPeriod([read], Taxonomy.default, 'month')[0].classified, 0);
  });

  it('refuses to log onto a quoted or oversized number, changing nothing', () => {
    assert.throws(() => addHours('---\nhours:\n  leadership: "5"\n---\n', 'leadership', 30), (error: unknown) =>
      error instanceof EditRefused && /hours\.leadership is "5"/.test((error as Error).message));
    assert.throws(() => addHours('---\nhours:\n  leadership: 12345678901234567890\n---\n', 'leadership', 30), EditRefused);
  });

  it('keeps a comment after hours: ~', () => {
    assert.equal(addHours('---\ndate: 2026-11-02\nhours: ~ # none yet\n---\n', 'leadership', 30),
      '---\ndate: 2026-11-02\nhours: # none yet\n  leadership: 0.5\n---\n');
  });

  it('replaces a quoted value with a # inside whole, keeping a real comment', () => {
    const text = '---\ndecisions:\n  - decision: Freeze\n    status: "open #1"   # why\n---\n';
    assert.equal(setListItemFields(text, 'decisions', 0, [['status', 'made']]), text.replace('"open #1"', 'made'));
  });
});

describe('today is today', () => {
  const journal = [
    entry('a.md', '---\ndate: 2026-11-10\nhours:\n  management: 40\n  leadership: 20\n---\n'),
    entry('typo.md', '---\ntype: note\ndate: 2062-11-02\nhours:\n  management: 1\n---\n'),
  ];

  it('keeps the headline and the recent range on today\'s period when an entry is dated in 2062', () => {
    const result = trends(journal, Taxonomy.default, { unit: 'month', series: 'hours', range: 'recent', today: day('2026-11-30'), target: 0.4 });
    assert.equal(result.points[result.points.length - 1].period, '2026-11');
    assert.match(result.headline, /this month 33 %/);
    assert.equal(result.hiddenPeriods, 1);
    const all = trends(journal, Taxonomy.default, { unit: 'month', series: 'hours', range: 'all', today: day('2026-11-30'), target: 0.4 });
    assert.equal(all.points[all.points.length - 1].period, '2062-11');
  });

  it('warns about an entry dated after today, at its date line', () => {
    assert.deepEqual(futureEntryFindings(journal, day('2026-11-30')), [{
      path: 'typo.md', line: 3, severity: 'warning', message: 'dated in the future (2062-11-02, after today 2026-11-30); it counts in that period',
    }]);
    assert.deepEqual(futureEntryFindings(journal, day('2062-11-02')), []);
  });
});
