/**
 * A reading made small for the index (compactReading.ts) says exactly what it said before —
 * whether it was just read or parsed back from a saved index — while its empty lists and repeated
 * texts are shared, and a shared list cannot be changed through one entry.
 */
import * as assert from 'node:assert/strict';
import { compactReading } from '../../src/journal/entries/compactReading';
import { readEntry } from '../../src/journal/entries/entry';
import type { Reading } from '../../src/journal/entries/indexSnapshot';

const RICH = [
  '---',
  'date: 2026-11-20',
  'type: one-on-one',
  'person: Ana Lee',
  'people: [Kofi, Ana Lee]',
  'tags: [staffing, leadership/direction]',
  'hours: { management: 3, leadership: 1.5 }',
  'decisions:',
  '  - decision: hire a second lead',
  '    owner: Kofi',
  '    due: 2026-12-01',
  '    expect: the team ships on time',
  '    confidence: 70%',
  'bets:',
  '  - bet: pairing fixes onboarding',
  '    revisit: 2027-01-15',
  '---',
  '# One-on-one with Ana',
  'We talked about #motivation and #planning.',
  '',
  '## Follow-ups',
  '- [ ] send the offer',
  '',
].join('\n');

const PLAIN = '---\ndate: 2026-11-21\ntags: [planning]\n---\nNothing else.\n';

/** What a saved index gives back: a reading through JSON, as IndexStore writes and reads it. */
const throughJson = (reading: Reading): Reading => JSON.parse(JSON.stringify(reading)) as Reading;

describe('a reading made small for the index', () => {
  for (const [name, text] of [['a rich entry', RICH], ['a plain entry', PLAIN], ['a broken file', '---\ndate: [\n---\n']]) {
    it(`says the same as before, just read or loaded (${name})`, () => {
      const read = readEntry('2026/entry.md', text);
      const expected = throughJson(read);
      assert.deepEqual(throughJson(compactReading('2026/entry.md', readEntry('2026/entry.md', text))), expected);
      assert.deepEqual(throughJson(compactReading('2026/entry.md', throughJson(read))), expected);
    });
  }

  it('shares one frozen empty list between entries, and keeps the index key as the path', () => {
    const path = ['2026', '2026-11-21-plain.md'].join('/');
    const first = compactReading(path, throughJson(readEntry(path, PLAIN))).entry!;
    const second = compactReading('other.md', readEntry('other.md', PLAIN)).entry!;
    assert.equal(first.path, path);
    assert.equal(first.decisions, second.decisions);
    assert.equal(first.followUps, second.bets);
    assert.ok(Object.isFrozen(first.decisions));
    assert.throws(() => (first.decisions as unknown[]).push('x'), TypeError);
    assert.equal(second.decisions.length, 0);
  });

  it('keeps the lists an entry has, with their texts', () => {
    const entry = compactReading('a.md', throughJson(readEntry('a.md', RICH))).entry!;
    assert.deepEqual(entry.people, ['Kofi', 'Ana Lee']);
    assert.deepEqual(entry.inlineTags, ['motivation', 'planning']);
    assert.equal(entry.decisions[0].owner, 'Kofi');
    assert.equal(entry.decisions[0].status, 'open');
    assert.equal(entry.bets[0].revisit, '2027-01-15');
    assert.equal(entry.followUps[0].text, 'send the offer');
    assert.ok(!Object.isFrozen(entry.decisions));
  });
});
