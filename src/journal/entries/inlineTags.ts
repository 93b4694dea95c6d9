/**
 * Tags written in the body of an entry: `#tag` or `#tag/facet` where `#` starts the text or
 * follows white space or `(`, and a letter follows it. Not inside fenced code blocks, inline code
 * spans or HTML comments; a heading (`# Title`) is not a tag, and neither is `#123`.
 *
 * One scan finds the tags; only if the body has any, one more pass finds what hides them
 * (comments, fences and code spans, whichever starts first wins, as in markdown). Both are linear
 * in the body's length: a closing fence or comment is found by searching forward once, and a code
 * span's closing run by an index of the line's backtick runs, never by backtracking.
 */

/** Where something that could hide a tag starts: a comment, a fence line, a run of backticks. */
const HIDDEN_START = /<!--|^[ \t]*(`{3,}|~{3,})|`+/gm;

/** [start, end) ranges of HTML comments, fenced code blocks and inline code spans, in order. */
export function hiddenRanges(body: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const spans = new CodeSpanFinder(body);
  HIDDEN_START.lastIndex = 0;
  for (let match = HIDDEN_START.exec(body); match; match = HIDDEN_START.exec(body)) {
    const start = match.index;
    let end: number | undefined;
    let next = start + match[0].length;
    if (match[0] === '<!--') {
      const close = body.indexOf('-->', start + 4);
      end = close === -1 ? body.length : close + 3;
    } else if (match[1]) {
      end = fenceEnd(body, start + match[0].length, match[1]);
      if (end === undefined && match[1][0] === '`') {
        // Not a fence (backticks in its info string, or no line after it): maybe a code span.
        const run = start + match[0].length - match[1].length;
        end = spans.closingEnd(run, match[1].length);
        next = run + match[1].length;
        if (end !== undefined) {
          ranges.push([run, end]);
          HIDDEN_START.lastIndex = end;
          continue;
        }
      }
    } else {
      end = spans.closingEnd(start, match[0].length);
    }
    if (end !== undefined) {
      ranges.push([start, end]);
      next = end;
    }
    HIDDEN_START.lastIndex = next;
  }
  return ranges;
}

/** The end of a fenced block whose fence ends at `after`, or undefined when it is no fence. */
function fenceEnd(body: string, after: number, fence: string): number | undefined {
  const lineEnd = body.indexOf('\n', after);
  if (lineEnd === -1 || (fence[0] === '`' && body.slice(after, lineEnd).includes('`'))) {
    return undefined;
  }
  const closing = new RegExp(`^[ \\t]*${fence[0]}{${fence.length},}[ \\t]*\\r?$`, 'gm');
  closing.lastIndex = lineEnd + 1;
  const close = closing.exec(body);
  return close ? close.index + close[0].length : body.length;
}

/**
 * Code spans on one line: a run of n backticks is closed by the next run of exactly n on the same
 * line. Each line's runs are listed once, by length, and read with cursors that only move forward.
 */
class CodeSpanFinder {
  private lineStart = -1;
  private lineEnd = -1;
  private runs = new Map<number, { at: number[]; next: number }>();

  constructor(private readonly body: string) {}

  /** The end of the code span a run of `length` backticks at `at` opens, or undefined when none closes it. */
  closingEnd(at: number, length: number): number | undefined {
    if (at < this.lineStart || at >= this.lineEnd) {
      this.indexLine(at);
    }
    const runs = this.runs.get(length);
    if (!runs) {
      return undefined;
    }
    while (runs.next < runs.at.length && runs.at[runs.next] <= at) {
      runs.next++;
    }
    return runs.next < runs.at.length ? runs.at[runs.next] + length : undefined;
  }

  private indexLine(at: number): void {
    this.lineStart = this.body.lastIndexOf('\n', at) + 1;
    const end = this.body.indexOf('\n', at);
    this.lineEnd = end === -1 ? this.body.length : end;
    this.runs = new Map();
    const run = /`+/g;
    run.lastIndex = this.lineStart;
    for (let match = run.exec(this.body); match && match.index < this.lineEnd; match = run.exec(this.body)) {
      const list = this.runs.get(match[0].length) ?? { at: [], next: 0 };
      list.at.push(match.index);
      this.runs.set(match[0].length, list);
    }
  }
}

/** A tag's name: a letter, then letters, digits, `_`, `/` and `-`; matched where a `#` is. */
const TAG_NAME = /\p{L}[\p{L}\p{N}_/-]*/uy;
const SPACE = /\s/u;

/**
 * Each `#` that starts a tag: at the start of the text or after white space or `(`, with a letter
 * after it — what `/(^|[\s(])#(\p{L}[\p{L}\p{N}_/-]*)/gmu` matches (a unit test compares them on
 * random text), found by `indexOf` and a sticky match at each `#` instead of a Unicode pattern
 * tried at every position of the body: a third of the time of a balance-only read.
 */
export function tagMatches(body: string): Array<{ at: number; name: string }> {
  const found: Array<{ at: number; name: string }> = [];
  for (let at = body.indexOf('#'); at !== -1; at = body.indexOf('#', at + 1)) {
    if (at > 0 && !startsTag(body, at - 1)) {
      continue;
    }
    const next = body.charCodeAt(at + 1);
    if (next < 128 && !((next >= 65 && next <= 90) || (next >= 97 && next <= 122))) {
      continue;
    }
    TAG_NAME.lastIndex = at + 1;
    const name = TAG_NAME.exec(body);
    if (name) {
      found.push({ at, name: name[0] });
      at += name[0].length;
    }
  }
  return found;
}

/** Whether the character at `index` may come right before a tag's `#`: white space or `(`. */
function startsTag(body: string, index: number): boolean {
  const code = body.charCodeAt(index);
  if (code < 128) {
    return code === 32 || code === 40 || (code >= 9 && code <= 13);
  }
  return SPACE.test(body[index]);
}

/** Every inline tag occurrence in a markdown body, lowercase, in order. */
export function inlineTags(body: string): string[] {
  if (!body.includes('#')) {
    return [];
  }
  const matches = tagMatches(body);
  if (matches.length === 0) {
    return [];
  }
  // Only when something could hide a tag: find the hidden ranges and skip tags inside them. (A
  // hidden part ends in "-->", a backtick or a fence line, so the character before a visible "#"
  // is never hidden: matching the raw text gives the same tags as matching with the parts removed.)
  const hidden = body.includes('<!--') || body.includes('`') || body.includes('~~~') ? hiddenRanges(body) : [];
  const tags: string[] = [];
  let range = 0;
  for (const { at, name } of matches) {
    while (range < hidden.length && hidden[range][1] <= at) {
      range++;
    }
    if (range < hidden.length && hidden[range][0] <= at) {
      continue;
    }
    tags.push(name.replace(/[/-]+$/, '').toLowerCase());
  }
  return tags;
}
