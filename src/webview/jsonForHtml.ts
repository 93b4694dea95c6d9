/**
 * JSON that is safe inside an HTML `<script type="application/json">` data block: `<`, `>`, `&`
 * and the two line separators are written as `\\u` escapes, so no text in the value (an entry's
 * title, say) can end the block or open a comment; `JSON.parse` of the block's text gives the
 * value back unchanged.
 */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
