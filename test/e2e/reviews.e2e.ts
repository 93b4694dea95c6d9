import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { OUTPUT, useWorkbench } from './workbench';

describe('a quarterly review from the palette', function () {
  this.timeout(180_000);
  const workbench = useWorkbench({ folder: true, journal: 'sample' });

  it('opens with the quarter\'s record, whose hours are the Balance panel\'s', async () => {
    const { page } = workbench();
    await workbench().runCommand('Reflection: New Quarterly Review');
    await workbench().waitForPrompt('Which quarter is this about?');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'This quarter' }).first().click();
    const file = join(workbench().workspace!, 'journal', '2026', '2026-Q4-quarterly-review.md');
    const text = await workbench().waitForFile(file, (saved) => saved.includes('## The record of Q4 2026'));
    const hours = /- Hours: management ([\d.]+) h, leadership ([\d.]+) h — leadership (\d+) %/.exec(text);
    assert.ok(hours, text.slice(0, 2000));

    await page.locator('.activitybar [aria-label^="Reflection"]').first().click();
    const panel = workbench().balancePage();
    await panel.getByRole('button', { name: 'Quarters' }).click();
    await panel.locator('#headline', { hasText: 'over the last 4 quarters' }).waitFor();
    const row = panel.locator('#table tbody tr', { hasText: '2026-Q4' });
    await row.locator('td').nth(1).filter({ hasText: new RegExp(`^${hours[1]}$`) }).waitFor({ state: 'attached' });
    assert.deepEqual(await row.locator('td').allTextContents(), [await row.locator('td').first().textContent(), hours[1], hours[2], `${hours[3]} %`]);
    // The new review is that quarter's: the table links to it.
    assert.equal(await row.locator('button.review').getAttribute('title'), '2026/2026-Q4-quarterly-review.md');
    await page.screenshot({ path: join(OUTPUT, 'quarterly-review.png') });
  });
});
