/**
 * Text from a journal printed in a terminal: a cloned journal could put escape sequences in a
 * file name or a decision (to rewrite the screen, or hide a line), so every control character
 * and every bidirectional override is shown as a visible escape instead.
 */

// C0 controls (tab kept), DEL, C1 controls, and the bidirectional embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The text with every control character written as `\xNN` or `\uNNNN`, so it prints as one line. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

function escapeChar(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

// The same without the line feed, for text whose line breaks are the tool's own.
// eslint-disable-next-line no-control-regex
const UNSAFE_BUT_NEWLINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Each line made safe; the line breaks between them stay. One pass, whatever the size. */
export function terminalSafeLines(text: string): string {
  return text.replace(UNSAFE_BUT_NEWLINE, escapeChar);
}

/** The longest length among `values` (0 for none), without spreading them into arguments. */
export function widest(values: Iterable<string>, atLeast = 0): number {
  let width = atLeast;
  for (const value of values) {
    width = Math.max(width, value.length);
  }
  return width;
}
