import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { OUTPUT, useWorkbench } from './workbench';

describe('a one-on-one from the People view', function () {
  this.timeout(180_000);
  const workbench = useWorkbench({ folder: true, journal: 'sample' });

  it('starts the next one-on-one with Marco, and last time\'s open follow-up is in it', async () => {
    const { page } = workbench();
    await page.locator('.activitybar [aria-label^="Reflection"]').first().click();
    const header = page.locator('.pane-header', { hasText: 'People' });
    await header.click();
    const pane = page.locator('.pane', { has: header });
    const marco = pane.locator('.monaco-list-row', { hasText: 'Marco' });
    await marco.waitFor();
    assert.match(await marco.innerText(), /1:1 16 d ago · 2 in 90 d/);
    await marco.hover();
    await marco.locator('.action-label[aria-label="New One-on-One…"]').click();

    await workbench().waitForNewEntry('2026-11-21-one-on-one-marco.md');
    await page.locator('.view-lines', { hasText: 'Pair Marco with Lena on the adapter vendor call' }).waitFor();
    await page.locator('.view-lines', { hasText: 'A decision Marco owns, due 2026-12-05' }).waitFor();
    await page.mouse.move(700, 450);
    await page.screenshot({ path: join(OUTPUT, 'one-on-one.png') });
    // Met today: Marco is no longer the one waiting longest.
    await pane.locator('.monaco-list-row', { hasText: '1:1 today' }).waitFor();
  });
});
