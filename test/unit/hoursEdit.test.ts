import * as assert from 'node:assert/strict';
import { EditRefused } from '../../src/journal/text/frontmatterEdit';
import { addHours } from '../../src/journal/text/hoursEdit';

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
