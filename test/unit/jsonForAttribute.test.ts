import * as assert from 'node:assert/strict';
import { jsonForAttribute } from '../../src/webview/jsonForAttribute';

/** What a browser gives back for the attribute's text (the five references jsonForAttribute writes). */
const attributeValue = (written: string): string => written.replace(/&(amp|quot|#39|lt|gt);/g, (_, name: string) => ({ amp: '&', quot: '"', '#39': '\'', lt: '<', gt: '>' })[name]!);

describe('a first paint written into an attribute of the page\'s HTML', () => {
  const hostile = {
    headline: 'Leadership 40 % "/><script>alert(1)</script>',
    insights: [{ text: '<!-- a comment opens here \' and &amp; stays text', path: '2026/a&b.md' }, { text: 'line\u2028separator\u2029and >' }],
    points: [{ period: '2026-11', share: 0.4 }],
  };

  it('holds no character that could end the attribute or the element', () => {
    const written = jsonForAttribute(hostile);
    assert.doesNotMatch(written, /["'<>]/);
    assert.doesNotMatch(written.replace(/&(amp|quot|#39|lt|gt);/g, ''), /&/);
  });

  it('gives back the same value through the attribute', () => {
    assert.deepEqual(JSON.parse(attributeValue(jsonForAttribute(hostile))), hostile);
    assert.equal(jsonForAttribute({ plain: 'a word' }), '{&quot;plain&quot;:&quot;a word&quot;}');
  });
});
