import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { OUTPUT, REPO, useWorkbench } from './workbench';

describe('a time audit from the calendar', function () {
  this.timeout(180_000);
  // The sample's rules in the workspace settings, as a journal repository would carry them.
  const workbench = useWorkbench({ folder: true, journal: 'sample', sampleSettings: true });

  it('imports the week from the palette, confirms it in one pass, and sees the hours in the Balance panel', async () => {
    const { page } = workbench();
    const calendar = join(REPO, 'sample', 'calendar-2026-W47.ics');

    await workbench().runCommand('Reflection: Import Calendar Week…');
    await workbench().waitForPrompt('Import Calendar Week: the calendar export');
    await workbench().chooseInFileDialog(calendar, 'Import', 'Which week of the calendar?');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'This week' }).click();

    // The confirming pass: 16 events checked by the rules, 3 without a rule (left out). Mark the
    // status report as draining (the energy button: neutral, energising, draining), then accept.
    await workbench().waitForPrompt('16 tagged by your rules, 3 without a rule, 3 skipped');
    const status = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Status report for the directors' });
    await status.hover();
    await status.locator('.action-label[aria-label^="How it felt"]').click();
    await status.locator('.action-label[aria-label^="How it felt: energising"]').click();
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'management/controlling -' }).waitFor();
    await page.screenshot({ path: join(OUTPUT, 'calendar-import.png') });
    await page.keyboard.press('Enter');

    const file = join(workbench().workspace!, 'journal', '2026', '2026-W47-leadership-moments.md');
    const text = await workbench().waitForFile(file, (saved) => saved.includes('Roadmap alignment with product'));
    assert.match(text, /- 2026-11-18 14:00 · 1 h · management\/controlling - · Status report for the directors\n/);
    // Sample W47: management 19, leadership 13; the calendar adds 5.25 and 8.
    assert.match(text, /hours:\n {2}management: 24\.25\n {2}leadership: 21\n/);

    await page.locator('.activitybar [aria-label^="Reflection"]').first().click();
    const panel = workbench().balancePage();
    await panel.getByRole('button', { name: 'Weeks' }).click();
    await panel.locator('#headline', { hasText: 'over the last 4 weeks' }).waitFor();
    const row = panel.locator('#table tbody tr', { hasText: '2026-W47' });
    await row.locator('td').nth(1).filter({ hasText: /^24\.25$/ }).waitFor({ state: 'attached' });
    assert.equal(await row.locator('td').nth(2).textContent(), '21');
  });
});
