import * as assert from 'node:assert/strict';
import { auditEnd, auditSummarySource, summarizeAudit, workingMinutesBetween } from '../../src/journal/timeAudit/audit';
import { parseCalendarDate } from '../../src/journal/base/dates';
import { DurationError, formatMinutes, minutesToHours, parseDuration } from '../../src/journal/base/duration';
import { type Entry, readEntry } from '../../src/journal/entries/entry';
import { EditRefused } from '../../src/journal/text/frontmatterEdit';
import { addHours } from '../../src/journal/text/hoursEdit';
import { parseSnippet, snippetToText } from '../../src/journal/text/snippet';
import { appendTimeLogLine, parseTimeLog, timeLogLine } from '../../src/journal/entries/timeLogLines';

const day = (text: string) => parseCalendarDate(text)!;

describe('durations', () => {
  it('read the ways people write them', () => {
    const cases: Array<[string, number]> = [
      ['45m', 45], ['45 min', 45], ['45 minutes', 45], ['1.5h', 90], ['1,5h', 90], ['1h30', 90], ['1h 30m', 90],
      ['1:30', 90], ['0:15', 15], ['2 hours', 120], ['90 min', 90], ['  30M ', 30], ['1.25 h', 75],
    ];
    for (const [text, minutes] of cases) {
      assert.equal(parseDuration(text), minutes, text);
    }
  });

  it('refuse what they cannot read, saying how to write it', () => {
    for (const [text, message] of [
      ['45', /needs a unit: 45m or 45h/], ['', /give a duration/], ['soon', /not a duration/], ['3x', /no unit I know/],
      ['0m', /at least a minute/], ['25h', /more than a day/], ['1h30x', /no unit/],
    ] as Array<[string, RegExp]>) {
      assert.throws(() => parseDuration(text), (error: unknown) => error instanceof DurationError && message.test((error as Error).message), text);
    }
  });

  it('are shown and stored plainly', () => {
    assert.deepEqual([formatMinutes(45), formatMinutes(60), formatMinutes(90)], ['45 min', '1 h', '1 h 30 min']);
    assert.deepEqual([minutesToHours(45), minutesToHours(20), minutesToHours(90)], [0.75, 0.3333, 1.5]);
  });
});

describe('adding logged hours to an entry', () => {
  const HAND = `---
type: leadership-moments   # mine
date: 2026-11-18
hours:
  # rough numbers
  management: 19   # incl. hiring
tags: [leadership]
---

# Body
`;

  it('adds to a side, keeping comments, or adds the side when it is missing', () => {
    const more = addHours(HAND, 'management', 45);
    assert.equal(more, HAND.replace('  management: 19   # incl. hiring', '  management: 19.75   # incl. hiring'));
    const lead = addHours(HAND, 'leadership', 90);
    assert.equal(lead, HAND.replace('  management: 19   # incl. hiring\n', '  management: 19   # incl. hiring\n  leadership: 1.5\n'));
  });

  it('works with a flow mapping, with CRLF, and when there are no hours yet', () => {
    const flow = '---\ndate: 2026-11-18\nhours: { management: 19, leadership: 13 } # week\n---\n';
    assert.equal(addHours(flow, 'leadership', 15), flow.replace('leadership: 13', 'leadership: 13.25'));
    assert.equal(addHours('---\ndate: 2026-11-18\nhours: { management: 2 }\n---\n', 'leadership', 60), '---\ndate: 2026-11-18\nhours: { management: 2, leadership: 1 }\n---\n');
    const crlf = HAND.replace(/\n/g, '\r\n');
    assert.equal(addHours(crlf, 'management', 60), crlf.replace('management: 19 ', 'management: 20 '));
    assert.equal(addHours('---\ndate: 2026-11-18\n---\nbody\n', 'management', 30), '---\ndate: 2026-11-18\nhours:\n  management: 0.5\n---\nbody\n');
  });

  it('keeps totals clean (0.1 + 0.2 is 0.3) and refuses hours it cannot follow', () => {
    const once = addHours('---\ndate: 2026-11-18\nhours:\n  management: 0.1\n---\n', 'management', 12);
    assert.match(once, /management: 0\.3\n/);
    assert.throws(() => addHours('---\ndate: 2026-11-18\nhours: 5\n---\n', 'management', 60), EditRefused);
  });
});

describe('the time log', () => {
  const item = { date: day('2026-11-21'), time: '14:05', minutes: 45, tag: 'leadership/alignment', note: 'walked the team\nthrough the Q1 bet' };

  it('writes one readable line per log and reads it back', () => {
    const line = timeLogLine(item);
    assert.equal(line, '- 2026-11-21 14:05 · 45 min · leadership/alignment · walked the team through the Q1 bet');
    const body = `# Week\n\n## Time log\n\n${line}\n- 2026-11-21 15:00 · 1 h 30 min · management\nnot a log line\n\n## After\n- 2026-11-21 16:00 · 1 h · management · not in the section\n`;
    assert.deepEqual(parseTimeLog(body).map((i) => [i.time, i.minutes, i.tag, i.note]), [
      ['14:05', 45, 'leadership/alignment', 'walked the team through the Q1 bet'],
      ['15:00', 90, 'management', ''],
    ]);
  });

  it('appends to the section, or creates it at the end, leaving everything else', () => {
    const line = timeLogLine(item);
    assert.equal(appendTimeLogLine('# Week\n\nText.\n', line), `# Week\n\nText.\n\n## Time log\n\n${line}\n`);
    const existing = `# Week\n\n## Time log\n\n- first\n\n## Notes\n\nMore.\n`;
    assert.equal(appendTimeLogLine(existing, line), `# Week\n\n## Time log\n\n- first\n${line}\n\n## Notes\n\nMore.\n`);
    assert.equal(appendTimeLogLine('## Time log\n', line), `## Time log\n\n${line}\n`);
    assert.equal(appendTimeLogLine('A\r\nB', line), `A\r\nB\r\n\r\n## Time log\r\n\r\n${line}\r\n`);
  });
});

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
