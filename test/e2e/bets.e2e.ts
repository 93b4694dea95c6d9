import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUT, useWorkbench } from './workbench';

describe('revisiting a leadership bet from the palette', function () {
  this.timeout(180_000);
  const workbench = useWorkbench({ folder: true, journal: 'sample' });

  it('F1, pick the due bet, say how it went: a review opens and the bet keeps the outcome', async () => {
    const { page } = workbench();
    await workbench().runCommand('Reflection: Revisit Leadership Bet');
    await workbench().waitForPrompt('Which bet?');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Priya presents the routing design' }).click();
    await workbench().waitForPrompt('How did it turn out?');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'unclear' }).click();

    const fileName = '2026-11-21-after-action-review-bet-priya-presents-the-routing-design-to-the-directors.md';
    await workbench().waitForNewEntry(fileName);
    await page.locator('.view-lines', { hasText: 'Outcome so far: **unclear**' }).waitFor();
    await workbench().screenshot('e2e-revisit-bet');

    const original = readFileSync(join(workbench().workspace!, 'journal', '2026', '2026-W42-leadership-moments.md'), 'utf8');
    assert.match(original, / {4}revisit: 2026-11-13\n {4}expect: .*\n {4}confidence: 70%\n {4}outcome: unclear\n {4}revisited: 2026\/2026-11-21-after-action-review-bet-priya/);
  });

  it('lists what is waiting in the Decisions view next to the Balance view', async () => {
    const { page } = workbench();
    await page.locator('.activitybar [aria-label^="Reflection"]').first().click();
    await workbench().balancePage().locator('#insights li').first().waitFor();
    const overdue = page.locator('.monaco-list-row', { hasText: 'Finance signs off the adapter vendor' });
    await overdue.waitFor();
    assert.match(await overdue.innerText(), /Lena · 20 days overdue/);
    // At the default window and side-bar size, with Decisions expanded, the chart shows whole.
    const view = (await page.locator('iframe.webview.ready[src*="extensionId=reflection-journal.reflection-journal"]').boundingBox())!;
    const chart = (await workbench().balancePage().locator('canvas#chart').boundingBox())!;
    assert.ok(chart.y >= view.y && chart.y + chart.height <= view.y + view.height && chart.height >= 150,
      `the chart (${Math.round(chart.y)}–${Math.round(chart.y + chart.height)} px) lies inside the Balance view (${Math.round(view.y)}–${Math.round(view.y + view.height)} px)`);
    await page.mouse.move(700, 450);
    await page.screenshot({ path: join(OUTPUT, 'reflection-sidebar.png'), clip: (await page.locator('.part.sidebar').boundingBox())! });
  });
});
