/**
 * The extension in the browser's extension host (a web worker, as in vscode.dev and github.dev):
 * an entry written from the palette through workspace.fs, the Balance chart drawn, and the Git
 * command hidden rather than broken. The web worker has no environment, so today is the real day.
 */
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { localToday } from '../../src/journal/base/dates';
import { useWorkbench } from './workbench';

describe('in the browser (the web worker extension host)', function () {
  this.timeout(180_000);
  const workbench = useWorkbench({ folder: true, journal: 'sample', host: 'web' });

  it('writes an entry from the palette, draws the Balance chart, and hides Commit where there is no Git', async () => {
    const { page } = workbench();
    const today = localToday();
    await workbench().runCommand('Reflection: New After-Action Review');
    await workbench().waitForPrompt('Name the event');
    await page.keyboard.type('Browser launch');
    await page.keyboard.press('Enter');
    const fileName = `${today}-after-action-review-browser-launch.md`;
    await workbench().waitForNewEntry(fileName);
    await page.keyboard.type('Ship the journal to vscode.dev');
    await page.keyboard.press('Control+S');
    const text = await workbench().waitForFile(join(workbench().workspace!, 'journal', today.slice(0, 4), fileName),
      (saved) => saved.includes('Ship the journal to vscode.dev'));
    assert.match(text, /^type: after-action-review$/m);

    const opened = Date.now();
    await page.locator('.activitybar [aria-label^="Reflection"]').first().click();
    const panel = workbench().balancePage();
    await panel.locator('#headline:not(:empty)').waitFor();
    const painted = () => workbench().paintedPixels();
    let pixels = await painted();
    while (pixels === 0) {
      pixels = await painted();
    }
    console.log(`      web host: chart drawn ${Date.now() - opened} ms after clicking the activity bar icon (${pixels} pixels painted)`);
    assert.ok(pixels > 1000, `the chart has ${pixels} painted pixels`);
    await workbench().screenshot('e2e-web-host');

    // The web worker has no Git extension: the command is not offered (in the Node host it is).
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').fill('>Reflection: Commit Journal Entries');
    // The palette answers (with "similar commands" from elsewhere), but not with Commit.
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    assert.equal(await page.locator('.quick-input-list .label-name', { hasText: /Commit Journal Entries/ }).count(), 0);
    await page.locator('.quick-input-widget input').fill('>Reflection: New Weekly');
    await page.locator('.quick-input-list .label-name', { hasText: 'Reflection: New Weekly Leadership Moments' }).waitFor();
    await page.keyboard.press('Escape');
  });
});
