import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUT, useWorkbench } from './workbench';

describe('logging time from the palette', function () {
  this.timeout(180_000);
  const workbench = useWorkbench({ folder: true, journal: 'sample' });

  /** One log as a person does it: F1, Log Time, the side, a typed duration, a note, how it felt. */
  async function logTime(side: string, duration: string, note: string, energy = 'Neutral'): Promise<void> {
    const { page } = workbench();
    await workbench().runCommand('Reflection: Log Time');
    await workbench().waitForPrompt('What was it?');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: side }).first().click();
    await workbench().waitForPrompt('How long?');
    await page.keyboard.type(duration);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: `typed: ${duration}` }).waitFor();
    await page.keyboard.press('Enter');
    await workbench().waitForPrompt('A note, one line');
    await page.keyboard.type(note);
    await page.keyboard.press('Enter');
    await workbench().waitForPrompt('How did it feel?');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: energy }).first().click();
  }

  it('logs three times, then sees the hours in the Balance view', async () => {
    const file = join(workbench().workspace!, 'journal', '2026', '2026-W47-leadership-moments.md');
    await logTime('Leadership', '45m', 'walked the team through the Q1 bet');
    await workbench().waitForFile(file, (text) => text.includes('· 45 min · leadership · walked the team'));
    await logTime('Management', '1h30', 'quarterly numbers', 'Draining');
    await workbench().waitForFile(file, (text) => text.includes('· 1 h 30 min · management - · quarterly numbers'));
    await logTime('Leadership', '1.5h', 'named the API freeze');
    const text = await workbench().waitForFile(file, (saved) => saved.includes('named the API freeze'));
    // Sample W47: management 19, leadership 13; logged: +1.5 management, +2.25 leadership.
    assert.match(text, /hours:\n {2}management: 20\.5\n {2}leadership: 15\.25\n/);

    const { page } = workbench();
    await page.locator('.activitybar [aria-label^="Reflection"]').first().click();
    const panel = workbench().balancePage();
    await panel.getByRole('button', { name: 'Weeks' }).click();
    await panel.locator('#headline', { hasText: 'over the last 4 weeks' }).waitFor();
    const row = panel.locator('#table tbody tr', { hasText: '2026-W47' });
    await row.locator('td').nth(1).filter({ hasText: /^20\.5$/ }).waitFor({ state: 'attached' });
    assert.equal(await row.locator('td').nth(2).textContent(), '15.25');
    await page.mouse.move(700, 450);
    await page.screenshot({ path: join(OUTPUT, 'time-log.png') });
    assert.ok(readFileSync(file, 'utf8').endsWith('· 1 h 30 min · leadership · named the API freeze\n'));
  });
});
