/**
 * Tags written in the body of an entry: `#tag` or `#tag/facet` where `#` starts the text or
 * follows white space or `(`, and a letter follows it. Not inside fenced code blocks, inline code
 * spans or HTML comments; a heading (`# Title`) is not a tag, and neither is `#123`.
 *
 * Two passes of the regex engine over the whole body (no per-line work in JavaScript): one for
 * the tags, and — only if the body has any — one for comments, fences and code spans, as one
 * alternation so that whichever starts first wins, as in markdown.
 */

const HIDDEN = new RegExp([
  // An HTML comment, to its end or to the end of the body.
  '<!--[\\s\\S]*?(?:-->|$(?![\\s\\S]))',
  // A fenced code block: ``` or ~~~ (3 or more), to a closing fence at least as long, or the end.
  '^[ \\t]*(`{3,})[^`\\n]*\\n[\\s\\S]*?(?:^[ \\t]*\\1`*[ \\t]*\\r?$|$(?![\\s\\S]))',
  '^[ \\t]*(~{3,})[^\\n]*\\n[\\s\\S]*?(?:^[ \\t]*\\2~*[ \\t]*\\r?$|$(?![\\s\\S]))',
  // An inline code span on one line: a run of backticks closed by a run of the same length.
  '(?<!`)(`+)(?!`)[^\\n]*?(?<!`)\\3(?!`)',
].join('|'), 'gm');

const TAG = /(^|[\s(])#(\p{L}[\p{L}\p{N}_/-]*)/gmu;

/** Every inline tag occurrence in a markdown body, lowercase, in order. */
export function inlineTags(body: string): string[] {
  if (!body.includes('#')) {
    return [];
  }
  const matches = [...body.matchAll(TAG)];
  if (matches.length === 0) {
    return [];
  }
  // Only when something could hide a tag: find the hidden ranges and skip tags inside them. (A
  // hidden part ends in "-->", a backtick or a fence line, so the character before a visible "#"
  // is never hidden: matching the raw text gives the same tags as matching with the parts removed.)
  const hidden = body.includes('<!--') || body.includes('`') || body.includes('~~~') ? [...body.matchAll(HIDDEN)] : [];
  const tags: string[] = [];
  let range = 0;
  for (const match of matches) {
    const at = match.index! + match[1].length;
    while (range < hidden.length && hidden[range].index! + hidden[range][0].length <= at) {
      range++;
    }
    if (range < hidden.length && hidden[range].index! <= at) {
      continue;
    }
    tags.push(match[2].replace(/[/-]+$/, '').toLowerCase());
  }
  return tags;
}
