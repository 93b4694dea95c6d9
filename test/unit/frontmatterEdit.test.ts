import * as assert from 'node:assert/strict';
import { EditRefused, appendListItem, setListItemFields } from '../../src/journal/text/frontmatterEdit';

// Written by hand, the way people do: comments, odd spacing, quotes, a flow list elsewhere.
const HAND_WRITTEN = `---
type: leadership-moments   # my weekly one
date: 2026-11-18
tags: [leadership,   alignment]
hours: { management: 19, leadership: 13 }
decisions:
    # the big one first
    -   decision: "Retry library moves: to payments"
        owner: Marco   # he agreed on Tuesday
        due: 2026-12-05

    - decision: Second reviewer on flag changes
      due: 2026-11-20
      status: open    # chased twice
bets:
  - bet: Q1 without a big-bang release
    revisit: 2027-02-01
---

# Body stays as it is
- [ ] follow-up
`;

function changedLines(before: string, after: string): Array<[number, string, string]> {
  const a = before.split('\n');
  const b = after.split('\n');
  const changes: Array<[number, string, string]> = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      changes.push([i + 1, a[i], b[i]]);
    }
  }
  return changes;
}

describe('editing frontmatter lists in place', () => {
  it('marks a decision made by changing only its status line and adding decided', () => {
    const after = setListItemFields(HAND_WRITTEN, 'decisions', 1, [['status', 'made'], ['decided', '2026-11-21']]);
    assert.deepEqual(changedLines(HAND_WRITTEN, after).slice(0, 2), [
      [14, '      status: open    # chased twice', '      status: made    # chased twice'],
      [15, 'bets:', '      decided: 2026-11-21'],
    ]);
    assert.equal(after, HAND_WRITTEN.replace('      status: open    # chased twice\n', '      status: made    # chased twice\n      decided: 2026-11-21\n'));
  });

  it('adds fields to an item with odd indentation, after its last line and before the blank line', () => {
    const after = setListItemFields(HAND_WRITTEN, 'decisions', 0, [['status', 'dropped'], ['decided', '2026-11-21']]);
    assert.equal(after, HAND_WRITTEN.replace('        due: 2026-12-05\n', '        due: 2026-12-05\n        status: dropped\n        decided: 2026-11-21\n'));
  });

  it('writes a bet\'s outcome and a path that YAML needs quoted', () => {
    const after = setListItemFields(HAND_WRITTEN, 'bets', 0, [['outcome', 'better'], ['revisited', '2027/2027-02-01-after-action-review-q1: big bang.md']]);
    assert.equal(after, HAND_WRITTEN.replace('    revisit: 2027-02-01\n', '    revisit: 2027-02-01\n    outcome: better\n    revisited: "2027/2027-02-01-after-action-review-q1: big bang.md"\n'));
  });

  it('keeps CRLF line endings and a byte-order mark', () => {
    const crlf = `\ufeff${HAND_WRITTEN.replace(/\n/g, '\r\n')}`;
    const after = setListItemFields(crlf, 'decisions', 1, [['status', 'made']]);
    assert.equal(after, crlf.replace('status: open    # chased twice', 'status: made    # chased twice'));
  });

  it('appends a decision to an existing list, to an empty one, and creates the list when missing', () => {
    const item: Array<[string, string]> = [['decision', 'Move the offsite'], ['owner', 'me'], ['due', '2026-12-01']];
    assert.equal(appendListItem(HAND_WRITTEN, 'decisions', item), HAND_WRITTEN.replace(
      '      status: open    # chased twice\n',
      '      status: open    # chased twice\n    - decision: Move the offsite\n      owner: me\n      due: 2026-12-01\n'));
    assert.equal(appendListItem('---\ndate: 2026-11-21\ndecisions: []\n---\nbody\n', 'decisions', item),
      '---\ndate: 2026-11-21\ndecisions:\n  - decision: Move the offsite\n    owner: me\n    due: 2026-12-01\n---\nbody\n');
    assert.equal(appendListItem('---\ndate: 2026-11-21\n# decisions:\n#   - decision: example\n---\nbody\n', 'decisions', item),
      '---\ndate: 2026-11-21\n# decisions:\n#   - decision: example\ndecisions:\n  - decision: Move the offsite\n    owner: me\n    due: 2026-12-01\n---\nbody\n');
  });

  it('refuses what it cannot change safely, and says so', () => {
    const flow = '---\ndate: 2026-11-21\ndecisions: [{ decision: A, due: 2026-12-01 }]\n---\n';
    assert.throws(() => setListItemFields(flow, 'decisions', 0, [['status', 'made']]), EditRefused);
    assert.throws(() => appendListItem(flow, 'decisions', [['decision', 'B']]), EditRefused);
    assert.throws(() => setListItemFields(HAND_WRITTEN, 'decisions', 5, [['status', 'made']]), /no item 6/);
    assert.throws(() => setListItemFields('no frontmatter', 'decisions', 0, [['status', 'made']]), /no frontmatter/);
    // An item written as a flow mapping: adding a line below it would change what YAML reads.
    const flowItem = '---\ndate: 2026-11-21\ndecisions:\n  - { decision: A, due: 2026-12-01 }\n---\n';
    assert.throws(() => setListItemFields(flowItem, 'decisions', 0, [['status', 'made']]), EditRefused);
  });
});
