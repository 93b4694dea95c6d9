import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS, VIEWS, VIEW_CONTAINER } from '../../src/ids';
import { REPO } from './helpers';

interface Contributes {
  commands: Array<{ command: string }>;
  views: Record<string, Array<{ id: string }>>;
  viewsContainers: { activitybar: Array<{ id: string }> };
  menus: Record<string, Array<{ command: string }>>;
  walkthroughs: Array<{ id: string; steps: Array<{ id: string; description: string; media: { markdown?: string; image?: string }; completionEvents: string[] }> }>;
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

  it('has a walkthrough whose links, completions and media are real', () => {
    const known = new Set<string>(Object.values(COMMANDS));
    const ignore = readFileSync(join(REPO, '.vscodeignore'), 'utf8');
    const [walkthrough] = contributes.walkthroughs;
    assert.deepEqual(walkthrough.steps.map((step) => step.id), ['journalFolder', 'firstWeek', 'logTime', 'balance', 'commit']);
    for (const step of walkthrough.steps) {
      for (const [, command] of step.description.matchAll(/\(command:([\w.]+)/g)) {
        assert.ok(known.has(command) || command.startsWith('workbench.'), `${step.id} links to ${command}`);
      }
      assert.ok(step.completionEvents.length > 0, `${step.id} completes by an action`);
      for (const event of step.completionEvents) {
        const [kind, what] = event.split(':');
        assert.ok(kind === 'onCommand' ? known.has(what) : kind === 'onSettingChanged' && what.startsWith('reflection.'), `${step.id}: ${event}`);
      }
      const media = step.media.markdown ?? step.media.image!;
      assert.ok(existsSync(join(REPO, media)), `${step.id}: ${media} exists`);
      const folder = media.split('/')[0];
      assert.ok(ignore.includes(`!${folder}/`), `${step.id}: ${media} is in the .vsix (.vscodeignore)`);
    }
  });
});
