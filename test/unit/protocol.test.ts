import * as assert from 'node:assert/strict';
import { parsePageMessage } from '../../src/webview/protocol';

describe('messages from the Balance page', () => {
  it('accepts the messages the page sends', () => {
    assert.deepEqual(parsePageMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parsePageMessage({ type: 'settings', settings: { unit: 'week', series: 'tags', range: 'all', extra: 1 } }),
      { type: 'settings', settings: { unit: 'week', series: 'tags', range: 'all' } });
    assert.deepEqual(parsePageMessage({ type: 'select', period: '2026-W47' }), { type: 'select', period: '2026-W47' });
    assert.deepEqual(parsePageMessage({ type: 'select', period: null }), { type: 'select', period: null });
    assert.deepEqual(parsePageMessage({ type: 'open', path: '2026/a.md' }), { type: 'open', path: '2026/a.md' });
    assert.deepEqual(parsePageMessage({ type: 'newEntry', template: 'after-action-review' }), { type: 'newEntry', template: 'after-action-review' });
  });

  it('drops anything malformed or unexpected', () => {
    for (const raw of [
      null, 'ready', 42, {}, { type: 'eval', code: 'x' },
      { type: 'settings', settings: { unit: 'day', series: 'hours', range: 'all' } },
      { type: 'settings' },
      { type: 'select', period: '../../etc' },
      { type: 'open', path: 7 },
      { type: 'open', path: 'x'.repeat(5000) },
      { type: 'newEntry', template: 'rm -rf' },
      { type: 'newEntry', template: 'constructor' },
    ]) {
      assert.equal(parsePageMessage(raw), undefined, JSON.stringify(raw));
    }
  });
});
