/**
 * Ticking off a follow-up where it lives: `- [ ]` becomes `- [x]` on its line, and nothing else
 * in the file changes. The edit is refused when the line no longer holds that follow-up (the file
 * changed since it was read) — the same care as marking a decision made.
 */
import { EditRefused } from '../text/frontmatterEdit';
import { readEntry } from './entry';

/** The text with the open follow-up `text` at 1-based `line` ticked. */
export function tickFollowUp(path: string, fileText: string, line: number, text: string): string {
  const still = readEntry(path, fileText).entry?.followUps.find((item) => item.line === line);
  if (!still || still.text !== text) {
    throw new EditRefused(`${path} changed: line ${line} is no longer the open follow-up "${text}"`);
  }
  let start = 0;
  for (let n = 1; n < line; n++) {
    start = fileText.indexOf('\n', start) + 1;
  }
  const end = fileText.indexOf('\n', start);
  const current = fileText.slice(start, end === -1 ? fileText.length : end);
  const ticked = current.replace(/^(\s*[-*+]\s+)\[ \]/, '$1[x]');
  const result = fileText.slice(0, start) + ticked + fileText.slice(start + current.length);
  if (ticked === current || readEntry(path, result).entry?.followUps.some((item) => item.line === line)) {
    throw new EditRefused(`${path}: the follow-up on line ${line} could not be ticked here; tick it by hand`);
  }
  return result;
}
