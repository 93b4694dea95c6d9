import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCalendarDate } from '../../src/journal/base/dates';
import { entryPathFor } from '../../src/journal/writing/entryNames';
import { TEST_TODAY, useWorkbench } from './workbench';

const TODAY = parseCalendarDate(TEST_TODAY)!;

describe('with no folder open', function () {
  this.timeout(180_000);
  const workbench = useWorkbench({ folder: false });

  it('asks once where the journal is, writes the entry there, and offers to remember it', async () => {
    const { page } = workbench();
    const journal = join(workbench().scratch, 'my-journal');
    mkdirSync(journal);

    await workbench().runCommand('Reflection: New Monthly Reflection');
    await workbench().waitForPrompt('Where is your journal?');
    await workbench().chooseInFileDialog(`${journal}/`, 'Use as Journal', 'Which month is this about?');
    await page.keyboard.press('Enter');

    const path = join(journal, ...entryPathFor('monthly-reflection', TODAY).split('/'));
    await workbench().waitForNewEntry(path.split('/').pop()!);
    assert.match(readFileSync(path, 'utf8'), /^type: monthly-reflection$/m);

    // The smoke-test driver turns notification toasts off: when the bell shows a dot, open its list.
    await page.locator('.statusbar .codicon-bell-dot').waitFor();
    await workbench().runCommand('Notifications: Show Notifications');
    await page.locator('.notifications-center .monaco-list-row', { hasText: 'as your journal from now on' })
      .locator('.monaco-button', { hasText: 'Remember' }).click();
    await workbench().screenshot('e2e-no-folder');

    // Asked once: the next entry goes to the same folder without a question.
    await workbench().runCommand('Reflection: New After-Action Review');
    await workbench().waitForPrompt('Name the event');
    await page.keyboard.type('Offsite');
    await page.keyboard.press('Enter');
    const review = join(journal, ...entryPathFor('after-action-review', TODAY, 'Offsite').split('/'));
    await workbench().waitForNewEntry(review.split('/').pop()!);
    assert.ok(existsSync(review));

    // And "Remember" wrote the folder into the user settings.
    await workbench().runCommand('Preferences: Open User Settings (JSON)');
    await page.locator('.tab.active', { hasText: 'settings.json' }).waitFor();
    await page.locator('.view-lines', { hasText: '"reflection.journalDirectory"' }).waitFor();
    assert.ok((await page.locator('.view-lines').innerText()).includes(journal));
  });
});
