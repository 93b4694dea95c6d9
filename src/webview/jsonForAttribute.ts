/**
 * JSON written as the value of a double-quoted HTML attribute: `&`, `"`, `'`, `<` and `>` become
 * character references, so no text in the value (an entry's title, say) can end the attribute or
 * the element; the browser gives the attribute back as the JSON text, and `JSON.parse` gives the
 * value back unchanged.
 */
const REFERENCES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '\'': '&#39;', '<': '&lt;', '>': '&gt;' };

export function jsonForAttribute(value: unknown): string {
  return JSON.stringify(value).replace(/[&"'<>]/g, (character) => REFERENCES[character]);
}
