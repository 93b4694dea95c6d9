import * as assert from 'node:assert/strict';
import { jsonForHtml } from '../../src/webview/jsonForHtml';

describe('a first paint written into the page\'s HTML', () => {
  const hostile = {
    headline: 'Leadership 40 % </script><script>alert(1)</script>',
    insights: [{ text: '<!-- a comment opens here', path: '2026/a&b.md' }, { text: 'line\u2028separator\u2029and >' }],
    points: [{ period: '2026-11', share: 0.4 }],
  };

  it('holds no character HTML could read as markup, so no text can end the data block', () => {
    const written = jsonForHtml(hostile);
    assert.doesNotMatch(written, /[<>&\u2028\u2029]/);
    assert.match(written, /\\u003c\/script\\u003e/);
  });

  it('parses back to the same value', () => {
    assert.deepEqual(JSON.parse(jsonForHtml(hostile)), hostile);
    assert.equal(jsonForHtml({ plain: 'a "quoted" \\ word' }), JSON.stringify({ plain: 'a "quoted" \\ word' }));
  });
});
