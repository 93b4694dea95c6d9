/**
 * Tags written in the body of an entry: `#tag` or `#tag/facet` where `#` starts the text or
 * follows white space or `(`, and a letter follows it. Not inside fenced code blocks, inline code
 * spans or HTML comments; a heading (`# Title`) is not a tag, and neither is `#123`.
 */

const TAG = /(^|[\s(])#(\p{L}[\p{L}\p{N}_/-]*)/gu;
const FENCE = /^\s*(`{3,}|~{3,})/;
// Replaces hidden text, so a `#` right after a comment or code span does not look like it
// follows white space.
const HIDDEN = '\u0000';

/** Every inline tag occurrence in a markdown body, lowercase, in order. */
export function inlineTags(body: string): string[] {
  const tags: string[] = [];
  let fence: string | undefined;
  let inComment = false;
  for (const line of body.split(/\r?\n/)) {
    if (fence !== undefined) {
      const closing = FENCE.exec(line);
      if (closing && closing[1][0] === fence[0] && closing[1].length >= fence.length && line.trim() === closing[1]) {
        fence = undefined;
      }
      continue;
    }
    if (!inComment) {
      const opening = FENCE.exec(line);
      if (opening && !(opening[1][0] === '`' && line.slice(line.indexOf(opening[1]) + opening[1].length).includes('`'))) {
        fence = opening[1];
        continue;
      }
    }
    const visible = hideCommentsAndCode(line, inComment);
    inComment = visible.inComment;
    for (const match of visible.text.matchAll(TAG)) {
      const tag = match[2].replace(/[/-]+$/, '').toLowerCase();
      tags.push(tag);
    }
  }
  return tags;
}

/** The line with HTML comments and inline code spans blanked out, and whether a comment stays open. */
function hideCommentsAndCode(line: string, startsInComment: boolean): { text: string; inComment: boolean } {
  let text = '';
  let i = 0;
  let inComment = startsInComment;
  while (i < line.length) {
    if (inComment) {
      const end = line.indexOf('-->', i);
      if (end === -1) {
        return { text, inComment: true };
      }
      text += HIDDEN;
      i = end + 3;
      inComment = false;
    } else if (line.startsWith('<!--', i)) {
      inComment = true;
      i += 4;
    } else if (line[i] === '`') {
      const run = /^`+/.exec(line.slice(i))![0];
      const close = findClosingRun(line, i + run.length, run.length);
      if (close === -1) {
        text += run;
        i += run.length;
      } else {
        text += HIDDEN;
        i = close + run.length;
      }
    } else {
      text += line[i];
      i++;
    }
  }
  return { text, inComment };
}

/** Where a backtick run of exactly `length` starts, at or after `from`; -1 if none. */
function findClosingRun(line: string, from: number, length: number): number {
  for (let i = line.indexOf('`', from); i !== -1; i = line.indexOf('`', i)) {
    let end = i;
    while (line[end] === '`') {
      end++;
    }
    if (end - i === length) {
      return i;
    }
    i = end;
  }
  return -1;
}
