/**
 * The walkthrough as a new user meets it: opened from the palette, each step's button runs the
 * real command, and the step is ticked once that action is done.
 */
import * as assert from 'node:assert/strict';
import { parseCalendarDate } from '../../src/journal/base/dates';
import { entryPathFor } from '../../src/journal/writing/entryNames';
import { TEST_TODAY, useWorkbench } from './workbench';

describe('the walkthrough', function () {
  this.timeout(180_000);
  const workbench = useWorkbench({ folder: true });

  it('opens from the palette, and a step\'s button does the real thing and ticks the step', async () => {
    const { page } = workbench();
    await workbench().runCommand('Welcome: Open Walkthrough...');
    await workbench().waitForPrompt('Start a Reflection Journal');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Start a Reflection Journal' }).first().click();
    const steps = page.locator('.getting-started-step');
    await steps.filter({ hasText: 'Choose where your journal lives' }).waitFor();
    const titles = ['Choose where your journal lives', 'Write this week\'s leadership moments', 'Log an hour', 'Open Balance and set your target'];
    // In a browser window the git step waits until the extension has looked for Git (it is not activated yet).
    assert.deepEqual(await steps.locator('.step-title').allInnerTexts(), titles);

    const firstWeek = steps.filter({ hasText: 'Write this week\'s leadership moments' });
    await firstWeek.click();
    await firstWeek.locator('.monaco-button', { hasText: 'New Weekly Leadership Moments' }).click();
    await workbench().waitForPrompt('Which week');
    await page.keyboard.press('Enter');
    const fileName = entryPathFor('leadership-moments', parseCalendarDate(TEST_TODAY)!).split('/').pop()!;
    await workbench().waitForNewEntry(fileName);
    await workbench().runCommand('Welcome: Open Walkthrough...');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Start a Reflection Journal' }).first().click();
    await page.locator('.getting-started-step[aria-checked="true"]', { hasText: 'Write this week\'s leadership moments' }).waitFor();
    assert.equal(await steps.filter({ hasText: 'Log an hour' }).getAttribute('aria-checked'), 'false', 'a step not done is not ticked');
    // The extension now runs, in the server's Node host, where Git is: the git step shows.
    await steps.filter({ hasText: 'Keep its history in git' }).waitFor();
    assert.deepEqual(await steps.locator('.step-title').allInnerTexts(), [...titles, 'Keep its history in git']);
    await workbench().screenshot('e2e-walkthrough');
  });
});
