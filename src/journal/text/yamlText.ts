/**
 * YAML as text, for the places that write it by hand (template variables, in-place edits): a
 * value written as a scalar that reads back as exactly that string, and where a line's comment
 * starts — a `#` inside quotes is part of the value, not a comment.
 */

/**
 * A YAML scalar for a value: plain when that reads back as the same string where it goes, else
 * double-quoted. `'any'` position means a block value or an item of a `[flow, list]`; a `'block'`
 * value (`key: value` on its own line) may also hold commas unquoted.
 */
export function yamlScalar(value: string, position: 'any' | 'block' = 'any'): string {
  const allowed = position === 'block' ? /^[A-Za-z0-9][A-Za-z0-9 _.'()/&+%;,-]*$/ : /^[A-Za-z0-9][A-Za-z0-9 _.'()/&+%;-]*$/;
  const plain = allowed.test(value)
    && !/ $/.test(value)
    && !/^(true|false|null|~|yes|no|on|off|y|n)$/i.test(value)
    && !/^[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?$/.test(value)
    && !/^0[xob]/i.test(value)
    && !/^\.(inf|nan)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

/** The text inside double quotes that reads back as `value` (for a variable inside "…"). */
export function doubleQuotedContent(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

/** The text inside single quotes that reads back as `value` (for a variable inside '…'). */
export function singleQuotedContent(value: string): string {
  return value.replace(/'/g, "''");
}

export interface ValueAndComment {
  /** The value as written, without trailing blanks. */
  readonly value: string;
  /** The comment with the blanks before it (`  # why`), or `''`. */
  readonly comment: string;
}

/** One pass over a line: the quote open at `end`, and the first comment's `#` before it (or -1). */
function scan(text: string, end: number): { quote: string; comment: number } {
  let quote = '';
  for (let i = 0; i < end; i++) {
    const char = text[i];
    if (quote === '"') {
      if (char === '\\') {
        i++;
      } else if (char === '"') {
        quote = '';
      }
    } else if (quote === "'") {
      if (char === "'") {
        quote = '';
      }
    } else if ((char === '"' || char === "'") && (i === 0 || /[\s[{,:]/.test(text[i - 1]))) {
      quote = char;
    } else if (char === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      return { quote, comment: i };
    }
  }
  return { quote, comment: -1 };
}

/**
 * Splits what follows `key:` on a line into the value and its comment. A comment starts at a `#`
 * after a blank, outside quotes; one pass over the text, whatever it holds.
 */
export function splitComment(text: string): ValueAndComment {
  const { comment } = scan(text, text.length);
  if (comment === -1) {
    return { value: text.trimEnd(), comment: '' };
  }
  const value = text.slice(0, comment).trimEnd();
  return { value, comment: text.slice(value.length) };
}

/** The quote open at `at` in a line (`"`, `'`, or `''` outside quotes or in a comment). */
export function quoteAt(line: string, at: number): string {
  const state = scan(line, Math.min(at, line.length));
  return state.comment === -1 ? state.quote : '';
}
