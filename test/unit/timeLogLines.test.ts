import * as assert from 'node:assert/strict';
import { appendTimeLogLine, parseTimeLog, timeLogLine } from '../../src/journal/entries/timeLogLines';
import { day } from './helpers';

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
