import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { OUTPUT, useWorkbench } from './workbench';

// The shape of the canvas the page-side function touches (this file is compiled without DOM types).
interface Canvas { toDataURL(): string }

describe('a forecast from the palette, looked back at, in the Decision Record', function () {
  this.timeout(180_000);
  const workbench = useWorkbench({ folder: true, journal: 'sample' });
  const DECISION = 'Two-week sprints for the platform team';

  /** The calibration table's row for the 80–89 % bucket: [range, items, said, happened]. */
  const eighties = async (record: Frame) => record.locator('#calibration-table tr', { hasText: '80–89 %' }).evaluate((row) =>
    Array.from((row as unknown as { cells: ArrayLike<{ textContent: string | null }> }).cells, (cell) => cell.textContent ?? ''));
  const drawn = async (record: Frame) => record.locator('canvas#calibration').evaluate((canvas) => (canvas as unknown as Canvas).toDataURL());

  /** Picks the row of the open quick pick that holds `text`, once the prompt shows `prompt`. */
  const pick = async (prompt: string, text: string) => {
    await workbench().waitForPrompt(prompt);
    await workbench().page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first().click();
  };
  /** Types into the open input box, once it asks `prompt`, and presses Enter. */
  const answer = async (prompt: string, text: string) => {
    await workbench().waitForPrompt(prompt);
    const input = workbench().page.locator('.quick-input-widget input');
    await input.fill(text);
    await input.press('Enter');
  };

  it('records a decision at 80 %, reviews it as "no", and the calibration chart changes', async () => {
    const { page } = workbench();
    await workbench().runCommand('Reflection: Show Decision Record (Calibration and Debt)');
    const record = await workbench().webviewFrame('#calibration-table tr');
    await record.locator('#summary', { hasText: '13 decisions and bets reviewed' }).waitFor();
    assert.deepEqual(await eighties(record), ['80–89 %', '3', '80 %', '83 %']);
    const before = await drawn(record);

    await workbench().runCommand('Reflection: Record Decision');
    await answer('What is decided', DECISION);
    await answer('Who owns it?', 'me');
    await pick('By when?', 'No due date');
    await answer('What do you expect to happen?', 'Fewer carry-overs between sprints by January');
    await workbench().waitForPrompt('How sure are you');
    await page.locator('.quick-input-widget input').fill('80');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: '80 %' }).first().waitFor();
    await page.locator('.quick-input-widget input').press('Enter');
    const moments = join(workbench().workspace!, 'journal', '2026', '2026-W47-leadership-moments.md');
    await workbench().waitForFile(moments, (text) => text.includes(`- decision: ${DECISION}\n    owner: me\n    expect: Fewer carry-overs between sprints by January\n    confidence: 80%\n`));

    await workbench().runCommand('Reflection: Review Outcome');
    await pick('Which one are you looking back at?', DECISION);
    await pick('Did it happen as you expected?', 'It did not happen');
    await answer('What did you learn?', 'Carry-overs come from unplanned work, not sprint length');
    const text = await workbench().waitForFile(moments, (saved) => saved.includes('    happened: "no"\n'));
    assert.match(text, new RegExp(`- decision: ${DECISION}\\n {4}owner: me\\n {4}expect: .*\\n {4}confidence: 80%\\n {4}happened: "no"\\n {4}reviewed: 2026-11-21\\n {4}learned: Carry-overs come from unplanned work, not sprint length\\n`));

    // Two of three came true at 80 %; with this one, 2.5 of 4 (partly counts half): 63 %.
    await record.locator('#summary', { hasText: '14 decisions and bets reviewed' }).waitFor();
    assert.deepEqual(await eighties(record), ['80–89 %', '4', '80 %', '63 %']);
    await record.locator('#words li', { hasText: 'When you said 80–89 % (4 times), it happened 63 % of the time.' }).waitFor();
    assert.notEqual(await drawn(record), before, 'the calibration chart is drawn anew');
    await page.screenshot({ path: join(OUTPUT, 'decision-record.png'), clip: (await page.locator('.part.editor').boundingBox())! });
  });
});
