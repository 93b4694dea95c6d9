/**
 * Foam in the same harness as the extension, for the comparison column of `npm run bench:vscode
 * -- --foam <dir>`: Foam's release build (see docs/benchmarks.md for how it is built from its
 * repository) is loaded the same way, on a copy of the same journal, and timed from a click on
 * its Tag Explorer to the first tag shown with its count of notes — Foam's first number, which
 * it shows only when it has read every note.
 */
import type { Page } from 'playwright-core';
import { type BenchSessionOptions, type BenchWorkbench, SESSIONS, benchSessions, since } from './benchWorkbench';

export interface FoamSession {
  readonly label: string;
  /** Click on the Tag Explorer's header → a tag with its count of references. */
  readonly clickToCountMs: number;
  readonly peakMb: number | undefined;
  readonly baselineMb: number | undefined;
}

function tagExplorerHeader(page: Page) {
  return page.locator('.pane-header', { hasText: 'Tag Explorer' }).first();
}

async function measure({ page, peakMb }: BenchWorkbench, label: string, baselineMb: number | undefined, first: boolean): Promise<FoamSession> {
  const header = tagExplorerHeader(page);
  if (await header.getAttribute('aria-expanded') === 'true') {
    throw new Error('Foam\'s Tag Explorer is already open: the session would not start from a click');
  }
  const count = page.locator('.pane', { has: header }).locator('.monaco-list-row .label-description', { hasText: 'reference' }).first();
  const clicked = Date.now();
  await header.click();
  const clickToCountMs = await since(clicked)(count.waitFor({ timeout: 300_000 }));
  if (first) {
    // Foam writes its parser cache a little after the last change; give it the same time as ours.
    await page.waitForTimeout(8000);
  }
  // Close it again, so the next session starts as this one did.
  await header.click();
  await page.waitForTimeout(1000);
  return { label, clickToCountMs, peakMb: peakMb(), baselineMb };
}

/** Foam's three sessions, as the extension's (benchSessions). */
export async function foamSessions(options: BenchSessionOptions): Promise<FoamSession[]> {
  return benchSessions(options, (bench, kind, baselineMb) => measure(bench, SESSIONS[kind], baselineMb, kind === 'first'));
}
