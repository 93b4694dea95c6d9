import * as assert from 'node:assert/strict';
import { frontmatterTagSpans, isTagPosition } from '../../src/journal/text/frontmatterTags';

const spans = (text: string) => frontmatterTagSpans(text).map((s) => [s.tag, s.line, s.start, s.end]);

describe('tags in the frontmatter, for the editor', () => {
  it('finds tags in a flow list, with quotes and # removed', () => {
    assert.deepEqual(spans('---\ndate: 2026-11-21\ntags: [leadership, "#offsite", \'q4\']\n---\n#body'), [
      ['leadership', 2, 7, 17], ['offsite', 2, 21, 28], ['q4', 2, 32, 34],
    ]);
  });

  it('finds tags in a comma string and in a block list, and stops at a YAML comment', () => {
    assert.deepEqual(spans('---\ntags: planning, offsite # a comment\n---\n'), [['planning', 1, 6, 14], ['offsite', 1, 16, 23]]);
    assert.deepEqual(spans('---\ntags:\n  - leadership/alignment\n  - team offsite\nhours: 2\n---\n'), [
      ['leadership/alignment', 2, 4, 24], ['team offsite', 3, 4, 16],
    ]);
  });

  it('finds nothing outside a closed frontmatter', () => {
    assert.deepEqual(spans('tags: [a]\n'), []);
    assert.deepEqual(spans('---\ntags: [a]\n'), []);
  });

  it('knows where a tag is being written', () => {
    const text = '---\ndate: 2026-11-21\ntags: [lead\n---\n';
    assert.ok(isTagPosition(text, 2, 8));
    assert.ok(!isTagPosition(text, 2, 2), 'on the key itself');
    assert.ok(!isTagPosition(text, 1, 8), 'on another key');
    const block = '---\ntags:\n  - a\n  - \n---\n';
    assert.ok(isTagPosition(block, 3, 4));
  });
});
