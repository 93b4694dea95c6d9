import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS, VIEWS, VIEW_CONTAINER } from '../../src/ids';
import { REPO } from './helpers';

interface Contributes {
  commands: Array<{ command: string }>;
  views: Record<string, Array<{ id: string }>>;
  viewsContainers: { activitybar: Array<{ id: string }> };
  menus: Record<string, Array<{ command: string }>>;
}

const contributes = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { contributes: Contributes }).contributes;

describe('command and view ids', () => {
  it('names every command package.json contributes, and no other', () => {
    assert.deepEqual(Object.values(COMMANDS).sort(), contributes.commands.map((command) => command.command).sort());
  });

  it('names every view package.json contributes, in the Reflection container', () => {
    assert.deepEqual(Object.values(VIEWS).sort(), Object.values(contributes.views).flat().map((view) => view.id).sort());
    assert.deepEqual(Object.keys(contributes.views), [VIEW_CONTAINER]);
    assert.deepEqual(contributes.viewsContainers.activitybar.map((container) => container.id), [VIEW_CONTAINER]);
  });

  it('has menus only for commands it knows', () => {
    const known = new Set<string>(Object.values(COMMANDS));
    for (const [menu, items] of Object.entries(contributes.menus)) {
      for (const item of items) {
        assert.ok(known.has(item.command), `${menu}: ${item.command}`);
      }
    }
  });
});
