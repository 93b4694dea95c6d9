import * as assert from 'node:assert/strict';
import { LastPaint, type PaintFor } from '../../src/webview/lastPaint';
import type { BalanceState } from '../../src/webview/protocol';
import { memoryMemento as memento } from './memoryMemento';

const state = {
  settings: { unit: 'month', series: 'hours', range: 'recent' }, target: 0.4, headline: 'Leadership 30 %', points: [],
  hiddenPeriods: 0, entryCount: 17, problemCount: 0, insights: [],
} as BalanceState;
const paintFor: PaintFor = { root: 'file:///j', settings: state.settings, target: 0.4, day: '2026-11-21' };

describe('the Balance view\'s last paint', () => {
  it('comes back for the same journal, settings, target and day, and for nothing else', async () => {
    const store = memento();
    const paint = new LastPaint(store);
    paint.saveSoon(paintFor, state, '30 % leadership · target 40 %');
    assert.equal(paint.load(paintFor), undefined, 'saved a moment after the change, not at once');
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    assert.deepEqual(new LastPaint(store).load(paintFor), { state, title: '30 % leadership · target 40 %' });
    for (const other of [{ root: 'file:///other' }, { day: '2026-11-22' }, { target: 0.5 }, { settings: { ...state.settings, unit: 'week' as const } }]) {
      assert.equal(paint.load({ ...paintFor, ...other }), undefined, JSON.stringify(other));
    }
    await store.update('reflection.balance.lastPaint', { version: 2, for: JSON.stringify(['file:///j', 'month', 'hours', 'recent', 0.4, '2026-11-21']), value: { state: { points: 'x' } } });
    assert.equal(paint.load(paintFor), undefined, 'a paint of another shape is ignored');
    paint.dispose();
  });
});
