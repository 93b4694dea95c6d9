/**
 * Section 9 by hand. Confidence in every written form; the tenths' edges; the Brier score of a
 * small set worked out on paper; when a decision is due for a look back.
 */
import * as assert from 'node:assert/strict';
import { Taxonomy } from '../../src/journal/balance/taxonomy';
import { insights } from '../../src/journal/balance/insights';
import { bucketRange, calibration, calibrationInWords, calibrationJson } from '../../src/journal/decisions/calibration';
import { lookBacksDue } from '../../src/journal/decisions/lookBacks';
import { parseConfidence } from '../../src/journal/entries/expectation';
import { readEntry } from '../../src/journal/entries/entry';
import { day, entry } from './helpers';

const item = (text: string, confidence: string, happened: string) =>
  `  - decision: ${text}\n    status: made\n    decided: 2026-10-01\n    confidence: ${confidence}\n    happened: ${happened}\n`;

describe('calibration', () => {
  it('reads confidence written as 0.7, 70, 70% or "70 %", and nothing else', () => {
    for (const [written, chance] of [[0.7, 0.7], [70, 0.7], ['70%', 0.7], ['70 %', 0.7], ['0.7', 0.7], [1, 1], ['1%', 0.01], [100, 1], [0, 0], ['95%', 0.95]] as const) {
      assert.equal(parseConfidence(written), chance, String(written));
    }
    for (const bad of [101, -5, '150%', 'likely', '', null, true, [70], '70%%', Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.equal(parseConfidence(bad), undefined, String(bad));
    }
  });

  it('warns about values it cannot read, naming them, and keeps the decision', () => {
    const reading = readEntry('a.md', '---\ndate: 2026-11-02\ndecisions:\n  - decision: A\n    confidence: very\n    happened: maybe\n    review: soon\n    expect: Fewer pages\n---\n');
    assert.deepEqual(reading.findings.map((f) => [f.line, f.message]), [
      [3, 'decision 1: confidence "very" is not a chance from 0 to 100 % (write 0.7, 70 or 70%); it was ignored'],
      [3, 'decision 1: happened "maybe" is not yes, partly or no; it was ignored'],
      [3, 'decision 1: review "soon" is not a YYYY-MM-DD day; it was ignored'],
    ]);
    assert.equal(reading.entry!.decisions[0].expect, 'Fewer pages');
    assert.equal(reading.entry!.decisions[0].confidence, undefined);
  });

  it('puts 0.1 in the second tenth, 0.95 and 1.0 in the last, and scores by hand', () => {
    // (0.1 - 0)² = 0.01, (0.95 - 1)² = 0.0025, (1 - 0.5)² = 0.25, (0.7 - 1)² = 0.09, (0.75 - 0)² = 0.5625:
    // the sum 0.915 over 5 items is a Brier score of 0.183.
    const journal = [entry('2026/a.md', `---\ndate: 2026-10-01\ndecisions:\n${item('A', '0.1', 'no')}${item('B', '95%', 'yes')}${item('C', '100', 'partly')}${item('D', '70', 'yes')}${item('E', '0.75', 'no')}---\n`)];
    const result = calibration(journal, day('2026-11-21'));
    assert.deepEqual(JSON.parse(calibrationJson(result)), {
      asOf: '2026-11-21', reviewed: 5, brier: 0.183,
      buckets: [
        { from: 0.1, to: 0.2, count: 1, meanConfidence: 0.1, hitRate: 0 },
        { from: 0.7, to: 0.8, count: 2, meanConfidence: 0.725, hitRate: 0.5 },
        { from: 0.9, to: 1, count: 2, meanConfidence: 0.975, hitRate: 0.75 },
      ],
    });
    assert.deepEqual(calibrationInWords(result), [
      'When you said 10–19 % (1 time), it happened 0 % of the time.',
      'When you said 70–79 % (2 times), it happened 50 % of the time.',
      'When you said 90–100 % (2 times), it happened 75 % of the time.',
      'Brier score 0.183: 0 is perfect, and saying 50 % every time would score 0.25.',
    ]);
    // The one label the CLI table, the words and the Decision Record panel all use.
    assert.deepEqual(result.buckets.map(bucketRange), ['10–19 %', '70–79 %', '90–100 %']);
    assert.equal(bucketRange({ from: 0, to: 0.1 }), '0–9 %');
  });

  it('has no score with nothing reviewed, and leaves out what was written after as-of', () => {
    const journal = [entry('2026/a.md', `---\ndate: 2026-12-01\ndecisions:\n${item('A', '0.8', 'yes')}---\n`)];
    assert.deepEqual(JSON.parse(calibrationJson(calibration(journal, day('2026-11-21')))), { asOf: '2026-11-21', reviewed: 0, brier: null, buckets: [] });
  });

  it('makes a decision with an expectation due on its review day, else 30 days after it was made', () => {
    const journal = [entry('2026/a.md', '---\ndate: 2026-10-01\ndecisions:\n'
      + '  - decision: Reviewed on a day\n    expect: x\n    review: 2026-11-10\n'
      + '  - decision: Thirty days after\n    expect: x\n    status: made\n    decided: 2026-10-20\n'
      + '  - decision: No expectation\n    status: made\n    decided: 2026-10-01\n'
      + '  - decision: Not made yet\n    expect: x\n'
      + '  - decision: Looked back at\n    expect: x\n    review: 2026-10-10\n    happened: yes\n'
      + 'bets:\n  - bet: Due bet\n    revisit: 2026-11-18\n---\n')];
    // 2026-10-20 + 30 days is 2026-11-19.
    assert.deepEqual(lookBacksDue(journal, day('2026-11-21')).map((row) => [row.kind, row.text, row.dueOn, row.dueDays]), [
      ['decision', 'Reviewed on a day', '2026-11-10', 11],
      ['bet', 'Due bet', '2026-11-18', 3],
      ['decision', 'Thirty days after', '2026-11-19', 2],
    ]);
    assert.deepEqual(lookBacksDue(journal, day('2026-11-18')).map((row) => [row.text, row.dueDays]), [['Reviewed on a day', 8], ['Due bet', 0]]);
  });

  it('says so when confident calls happen 20 points less often, over 8 or more, and when look-backs pile up', () => {
    const sure = Array.from({ length: 8 }, (_, i) => item(`S${i}`, '90%', i < 5 ? 'yes' : 'no')).join('');
    const journal = [entry('2026/a.md', `---\ndate: 2026-10-01\ndecisions:\n${sure}---\n`)];
    const found = insights(journal, Taxonomy.default, { unit: 'month', series: 'hours', target: 0.4, today: day('2026-11-21') });
    assert.deepEqual(found.map((i) => i.id), ['over-confident']);
    assert.equal(found[0].text, 'You were over-confident: when you were 80 % sure or more (8 times, 90 % on average), it happened 63 % of the time. What do you tend to miss when you feel sure?');
    const seven = [entry('2026/a.md', `---\ndate: 2026-10-01\ndecisions:\n${sure.split('  - decision: S7')[0]}---\n`)];
    assert.deepEqual(insights(seven, Taxonomy.default, { unit: 'month', series: 'hours', target: 0.4, today: day('2026-11-21') }).map((i) => i.id), []);
    const waiting = [entry('2026/b.md', '---\ndate: 2026-10-01\nbets:\n  - bet: One\n    revisit: 2026-11-01\n  - bet: Two\n    revisit: 2026-11-02\n'
      + 'decisions:\n  - decision: Three\n    expect: fewer pages\n    review: 2026-11-03\n---\n')];
    const piled = insights(waiting, Taxonomy.default, { unit: 'month', series: 'hours', target: 0.4, today: day('2026-11-21') });
    assert.equal(piled.find((i) => i.id === 'look-backs-waiting')?.text,
      '3 decisions and bets are waiting for a look back (the oldest: "One", since 2026-11-01). Saying what happened is how judgement improves: Reflection: Review Outcome.');
  });
});
