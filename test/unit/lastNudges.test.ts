import * as assert from 'node:assert/strict';
import { lastNudges } from '../../src/nudges/lastNudges';
import { memoryMemento } from './memoryMemento';

const shown = { text: '$(pulse) 38 %  $(warning) 2', tooltip: 'Leadership 38 %\n\n2 decisions are past due — [see them](command:x)', links: ['x'], label: 'Leadership 38 %. 2 decisions are past due' };
const shownFor = ['file:///j', '2026-11-21', 0.4, 14, 'friday'];

describe('the status-bar item\'s last text', () => {
  it('comes back for the same journal, day and settings, in its own shape, and for nothing else', async () => {
    const store = memoryMemento();
    const last = lastNudges(store);
    last.saveSoon(shownFor, shown);
    assert.equal(last.load(shownFor), undefined, 'saved a moment after the change, not at once');
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const loaded = lastNudges(store).load(shownFor);
    assert.deepEqual(loaded && { text: loaded.text, tooltip: loaded.tooltip, links: loaded.links, label: loaded.label }, shown);
    for (const at of [0, 1, 2, 3, 4]) {
      const other = [...shownFor];
      other[at] = 'other';
      assert.equal(last.load(other), undefined, `another ${at}`);
    }
    await store.update('reflection.nudges.lastShown', { version: 2, for: JSON.stringify(shownFor), value: { text: 'x', tooltip: 'y', label: 'z', links: [1] } });
    assert.equal(lastNudges(store).load(shownFor), undefined, 'links that are not command names are ignored');
    await store.update('reflection.nudges.lastShown', { version: 1, for: JSON.stringify(shownFor), value: shown });
    assert.equal(last.load(shownFor), undefined, 'another version is ignored');
    last.dispose();
  });
});
