import * as assert from 'node:assert/strict';
import { readEntry } from '../../src/journal/entries/entry';
import { entry } from './helpers';

describe('reading an entry', () => {
  it('takes type, date, tags, hours and the title', () => {
    const read = entry('2026/x.md', '---\ntype: after-action-review\ndate: 2026-11-21\ntags: [Leadership, "#alignment", leadership]\nhours:\n  management: 6\n  leadership: 2.5\n---\n# Launch review\n');
    assert.deepEqual(read, {
      path: '2026/x.md', type: 'after-action-review', date: '2026-11-21', dateLine: 3, title: 'Launch review',
      tags: ['leadership', 'alignment'], inlineTags: [], hours: { management: 6, leadership: 2.5 }, decisions: [], bets: [], followUps: [], timeLog: [], people: [],
    });
  });

  it('splits a tags string on commas and white space', () => {
    assert.deepEqual(entry('a.md', '---\ndate: 2026-11-21\ntags: "management, planning  #staffing"\n---\n').tags,
      ['management', 'planning', 'staffing']);
  });

  it('takes the date part of a date-time as written, whatever its offset', () => {
    assert.equal(entry('a.md', '---\ndate: 2026-11-21T23:30:00-05:00\n---\n').date, '2026-11-21');
    assert.equal(entry('a.md', '---\ndate: "2026-12-31T23:59:59+14:00"\n---\n').date, '2026-12-31');
  });

  it('falls back to the date that starts the file name, with a warning if the frontmatter date is wrong', () => {
    assert.equal(entry('2026/2026-11-02-note.md', 'No frontmatter at all.').date, '2026-11-02');
    const reading = readEntry('2026/2026-11-02-note.md', '---\ndate: last tuesday\n---\n');
    assert.equal(reading.entry?.date, '2026-11-02');
    assert.deepEqual(reading.findings.map((f) => [f.severity, f.line]), [['warning', 2]]);
  });

  it('is a problem when there is no date anywhere', () => {
    const reading = readEntry('notes/ideas.md', '---\ntags: [leadership]\n---\n');
    assert.equal(reading.entry, undefined);
    assert.equal(reading.findings[0].severity, 'problem');
    assert.match(reading.findings[0].message, /no date/);
  });

  it('ignores invalid hours with a warning on their line, and keeps the entry', () => {
    for (const hours of ['hours: 5', 'hours:\n  management: -1', 'hours:\n  leadership: lots', 'hours: [1, 2]']) {
      const reading = readEntry('a.md', `---\ndate: 2026-11-21\n${hours}\n---\n`);
      assert.equal(reading.entry?.hours, undefined, hours);
      assert.deepEqual(reading.findings.map((f) => [f.severity, f.line]), [['warning', 3]], hours);
    }
  });

  it('counts a missing side of the hours as 0', () => {
    assert.deepEqual(entry('a.md', '---\ndate: 2026-11-21\nhours:\n  leadership: 3\n---\n').hours, { management: 0, leadership: 3 });
  });

  it('reports broken YAML as a problem on its line', () => {
    const reading = readEntry('a.md', '---\ndate: 2026-11-21\ntags: [a, b\n---\n');
    assert.equal(reading.entry, undefined);
    assert.equal(reading.findings[0].severity, 'problem');
  });

  it('uses the file name as the title when there is no heading', () => {
    assert.equal(entry('2026/2026-11-21-one-on-one.md', 'text').title, '2026-11-21-one-on-one');
  });
});
