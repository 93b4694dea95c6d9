import * as assert from 'node:assert/strict';
import { inlineTags, tagMatches } from '../../src/journal/entries/inlineTags';

describe('inline tags', () => {
  it('finds #tag and #side/facet after white space, a line start or "("', () => {
    assert.deepEqual(inlineTags('#leadership at the start, then (#planning) and\ta #Management/Hiring.'),
      ['leadership', 'planning', 'management/hiring']);
  });

  it('counts each occurrence', () => {
    assert.deepEqual(inlineTags('#alignment here and #alignment there'), ['alignment', 'alignment']);
  });

  it('ignores headings, numbers, anchors and words with # inside', () => {
    assert.deepEqual(inlineTags('# Title\n## Sub title\n#123 and issue#4 and a.com/x#frag and C# and ##double'), []);
  });

  it('ignores fenced code blocks, with ``` or ~~~ and longer fences', () => {
    const body = 'a #one\n```js\n#two\n```\n~~~~\n#three\n~~~\nstill in?\n~~~~\n#four\n    ```\n#five\n    ```\n#six';
    assert.deepEqual(inlineTags(body), ['one', 'four', 'six']);
  });

  it('ignores inline code spans, including double-backtick ones', () => {
    assert.deepEqual(inlineTags('run `#notatag` and ``a ` #nope`` but #yes; unclosed ` #counted'), ['yes', 'counted']);
  });

  it('ignores HTML comments, also across lines', () => {
    assert.deepEqual(inlineTags('<!-- #hidden --> #shown <!--\n#hidden too\n--> #after'), ['shown', 'after']);
    assert.deepEqual(inlineTags('<!-- x -->#glued'), []);
  });

  it('trims trailing slashes and hyphens, and keeps letters of any script', () => {
    assert.deepEqual(inlineTags('#leadership/ and #führung-'), ['leadership', 'führung']);
  });

  it('reads CRLF bodies', () => {
    assert.deepEqual(inlineTags('```\r\n#no\r\n```\r\n#yes\r\n'), ['yes']);
  });

  it('finds exactly what the tag pattern matches, on random text of the characters that matter', () => {
    // The pattern the scan replaces: its matches, as (position of "#", name).
    const pattern = /(^|[\s(])#(\p{L}[\p{L}\p{N}_/-]*)/gmu;
    const alphabet = ['#', '#', '#', ' ', '(', 'a', 'Z', 'é', '1', '_', '-', '/', '\n', '\r', '\t', '\u00a0', '\u2028', '𝒜', '٣', '.', '`', ')'];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 3000; round++) {
      const text = Array.from({ length: random(24) }, () => alphabet[random(alphabet.length)]).join('');
      const expected = [...text.matchAll(pattern)].map((m) => ({ at: m.index + m[1].length, name: m[2] }));
      assert.deepEqual(tagMatches(text), expected, JSON.stringify(text));
    }
  });
});
