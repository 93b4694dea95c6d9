import * as assert from 'node:assert/strict';
import { inlineTags } from '../../src/journal/entries/inlineTags';

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
});
