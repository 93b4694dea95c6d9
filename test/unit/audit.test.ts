import * as assert from 'node:assert/strict';
import { auditEnd, auditSummarySource, summarizeAudit, workingMinutesBetween } from '../../src/journal/timeAudit/audit';
import { type Entry, readEntry } from '../../src/journal/entries/entry';
import { parseSnippet, snippetToText } from '../../src/journal/text/snippet';
import { day } from './helpers';

describe('the time audit', () => {
  const week = (path: string, date: string, lines: string[]): Entry => readEntry(path, `---\ntype: leadership-moments\ndate: ${date}\n---\n\n## Time log\n\n${lines.join('\n')}\n`).entry!;

  it('ends after a week, or after N working days (skipping the weekend)', () => {
    const workdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;
    assert.equal(auditEnd(day('2026-11-19'), 'week', workdays), '2026-11-25');
    assert.equal(auditEnd(day('2026-11-19'), 5, workdays), '2026-11-25'); // Thu, Fri, Mon, Tue, Wed
    assert.equal(auditEnd(day('2026-11-21'), 1, workdays), '2026-11-23'); // a Saturday start: Monday
  });

  it('sums an audit that crosses a week boundary, from both weeks\' entries', () => {
    // Thursday to Wednesday: the logs sit in the W47 and W48 entries.
    const entries = [
      week('2026/2026-W47-leadership-moments.md', '2026-11-16', [
        '- 2026-11-18 09:00 · 1 h · management · before the audit',
        '- 2026-11-19 09:00 · 2 h · management/coordination · status meeting',
        '- 2026-11-20 14:00 · 45 min · leadership/alignment · Q1 bet with the team',
      ]),
      week('2026/2026-W48-leadership-moments.md', '2026-11-23', [
        '- 2026-11-24 10:00 · 1 h 30 min · management/coordination · planning',
        '- 2026-11-25 16:00 · 15 min · leadership · named the API freeze',
        '- 2026-11-26 09:00 · 1 h · leadership · after the audit',
      ]),
    ];
    const summary = summarizeAudit(entries, { from: day('2026-11-19'), to: day('2026-11-25') });
    assert.equal(summary.items.length, 4);
    assert.deepEqual([summary.management, summary.leadership], [210, 60]);
    assert.deepEqual(summary.byTag, [['management/coordination', 210], ['leadership/alignment', 45], ['leadership', 15]]);
  });

  it('writes a summary entry with a decision prompt per leadership log, and compares with the previous audit', () => {
    const entries = [
      week('2026/2026-W38-leadership-moments.md', '2026-09-14', ['- 2026-09-15 09:00 · 3 h · management', '- 2026-09-16 09:00 · 1 h · leadership']),
      readEntry('2026/2026-09-20-time-audit.md', '---\ntype: time-audit\ndate: 2026-09-20\naudit:\n  from: 2026-09-14\n  to: 2026-09-20\n---\n').entry!,
      week('2026/2026-W47-leadership-moments.md', '2026-11-16', [
        '- 2026-11-17 09:00 · 3 h · management/coordination',
        '- 2026-11-18 10:00 · 1 h · leadership/alignment · offsite: prep $5k budget',
      ]),
    ];
    const summary = summarizeAudit(entries, { from: day('2026-11-16'), to: day('2026-11-22') });
    assert.deepEqual(summary.previous, { range: { from: '2026-09-14', to: '2026-09-20' }, share: 0.25 });
    const source = auditSummarySource(summary, 0.4, day('2026-11-22'));
    const text = snippetToText(parseSnippet(source));
    const reading = readEntry('2026/2026-11-22-time-audit.md', text);
    assert.deepEqual(reading.findings, []);
    assert.equal(reading.entry?.type, 'time-audit');
    assert.deepEqual(reading.entry?.audit, { from: '2026-11-16', to: '2026-11-22' });
    assert.equal(reading.entry?.hours, undefined, 'no hours of its own: nothing counts twice');
    assert.deepEqual(reading.entry?.decisions.map((d) => [d.decision, d.owner, d.due]), [['the decision it produced', 'me', '2026-11-29']]);
    assert.match(text, / {2}# 2026-11-18 10:00, 1 h leadership\/alignment: offsite: prep \$5k budget\n/);
    assert.match(text, /- Leadership 25 % of the logged time; the target is 40 %\./);
    assert.match(text, /- The previous audit \(2026-09-14 to 2026-09-20\): 25 %\./);
    assert.match(text, /\| management\/coordination \| 3 h \| 75 % \|/);
  });

  it('counts only working minutes when deciding to remind', () => {
    const hours = { start: '09:00', end: '17:00' };
    const workdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;
    // Friday 16:00 to Monday 10:00: one hour on Friday, one on Monday.
    assert.equal(workingMinutesBetween(new Date(2026, 10, 20, 16, 0), new Date(2026, 10, 23, 10, 0), hours, workdays), 120);
    assert.equal(workingMinutesBetween(new Date(2026, 10, 21, 10, 0), new Date(2026, 10, 21, 15, 0), hours, workdays), 0, 'a Saturday');
    assert.equal(workingMinutesBetween(new Date(2026, 10, 23, 7, 0), new Date(2026, 10, 23, 8, 30), hours, workdays), 0, 'before hours');
  });
});
