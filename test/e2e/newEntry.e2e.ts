import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { parseCalendarDate } from '../../src/journal/base/dates';
import { TEST_TODAY, useWorkbench } from './workbench';

const TODAY = parseCalendarDate(TEST_TODAY)!;

describe('writing an after-action review from the palette', function () {
  this.timeout(180_000);
  const workbench = useWorkbench({ folder: true });

  it('F1, the command, the event name: the review opens with the cursor on the first prompt', async () => {
    const { page } = workbench();
    await workbench().runCommand('Reflection: New After-Action Review');
    await workbench().waitForPrompt('Name the event');
    await page.keyboard.type('Checkout outage on Friday');
    await page.keyboard.press('Enter');

    const fileName = `${TODAY}-after-action-review-checkout-outage-on-friday.md`;
    await workbench().waitForNewEntry(fileName);
    await page.locator('.view-lines', { hasText: 'After-action review: Checkout outage on Friday' }).waitFor();

    // Typing replaces the selected first prompt, Tab goes to the next, and the text is saved.
    await page.keyboard.type('A calm release before the weekend');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Checkout failed for 40 minutes');
    await page.keyboard.press('Control+S');
    const path = join(workbench().workspace!, 'journal', TODAY.slice(0, 4), fileName);
    const text = await workbench().waitForFile(path, (saved) => saved.includes('Checkout failed for 40 minutes'));
    await workbench().screenshot('e2e-after-action-review');

    assert.match(text, /## What was supposed to happen\n\nA calm release before the weekend\n/);
    assert.match(text, /## What actually happened\n\nCheckout failed for 40 minutes\n/);
    assert.match(text, /^type: after-action-review$/m);
  });
});
