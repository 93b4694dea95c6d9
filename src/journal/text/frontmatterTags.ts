/**
 * Where the `tags:` of an entry's frontmatter are in its text, for the editor: completion after
 * `tags:` and a hint under tags the taxonomy does not know. Handles the three ways people write
 * them: `tags: [a, b]`, `tags: a, b` and a block list of `- a` lines.
 */
import { frontmatterLines as frontmatterLinesOf } from './frontmatterLists';
import { splitComment } from './yamlText';

export interface TagSpan {
  /** The tag as written, without quotes or a leading `#`. */
  readonly tag: string;
  /** 0-based line and character range of the tag in the text. */
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

interface TagsBlock {
  /** The line of `tags:`. */
  readonly keyLine: number;
  /** Lines of a block list below it (`- tag`), if any. */
  readonly itemLines: readonly number[];
}

/** The frontmatter's lines before its closing `---`, as the one frontmatter reader finds them. */
function frontmatterLines(text: string): readonly string[] | undefined {
  const frontmatter = frontmatterLinesOf(text);
  return frontmatter?.lines.slice(0, frontmatter.close);
}

function findTagsBlock(lines: readonly string[], key = 'tags'): TagsBlock | undefined {
  const keyLine = lines.findIndex((line) => line.startsWith(key) && /^\s*:/.test(line.slice(key.length)));
  if (keyLine === -1) {
    return undefined;
  }
  const itemLines: number[] = [];
  for (let i = keyLine + 1; i < lines.length; i++) {
    if (/^\s*-\s/.test(lines[i]) || /^\s*-$/.test(lines[i])) {
      itemLines.push(i);
    } else if (lines[i].trim() !== '') {
      break;
    }
  }
  return { keyLine, itemLines };
}

/** Every frontmatter tag with its position. */
export function frontmatterTagSpans(text: string): TagSpan[] {
  const lines = frontmatterLines(text);
  const block = lines && findTagsBlock(lines);
  if (!lines || !block) {
    return [];
  }
  const spans: TagSpan[] = [];
  const keyLineText = lines[block.keyLine];
  const valueStart = keyLineText.indexOf(':') + 1;
  collect(spans, keyLineText, block.keyLine, valueStart, /[^,\s[\]]+/g);
  for (const line of block.itemLines) {
    const dash = lines[line].indexOf('-');
    collect(spans, lines[line], line, dash + 1, /[^,]+/g);
  }
  return spans;
}

/** The tags (matches of `word`) in `text` from `from` up to a YAML comment, without quotes or `#`. */
function collect(spans: TagSpan[], text: string, line: number, from: number, word: RegExp): void {
  // As in YAML, a # after white space and outside quotes starts a comment (write "#tag" in quotes).
  const { value } = splitComment(text.slice(from));
  for (const match of value.matchAll(word)) {
    const raw = match[0];
    const leading = raw.length - raw.replace(/^[\s"'#]+/, '').length;
    const tag = raw.slice(leading).replace(/[\s"']+$/, '');
    if (tag !== '') {
      const start = from + match.index! + leading;
      spans.push({ tag, line, start, end: start + tag.length });
    }
  }
}

/** Whether a position is where a tag is written: after `tags:`, or on a `- ` line of its list. */
export function isTagPosition(text: string, line: number, character: number): boolean {
  const lines = frontmatterLines(text);
  const block = lines && findTagsBlock(lines);
  if (!lines || !block) {
    // A `tags:` being typed on a new line of an open frontmatter still counts.
    const current = text.split(/\r?\n/)[line] ?? '';
    return /^tags\s*:/.test(current) && character > current.indexOf(':');
  }
  if (line === block.keyLine) {
    return character > lines[line].indexOf(':');
  }
  return block.itemLines.includes(line) || (line === block.keyLine + 1 + block.itemLines.length && /^\s+-?\s*$/.test(lines[line] ?? ''));
}

/**
 * Whether a position is where a name is written: after `person:` or an item's `owner:`, or where
 * `people:` lists names (after the key, or on a `- ` line of its list). For name completion.
 */
export function nameFieldAt(text: string, line: number, character: number): 'person' | 'people' | 'owner' | undefined {
  const lines = frontmatterLines(text);
  if (!lines || line >= lines.length || line === 0) {
    return undefined;
  }
  const current = lines[line];
  const key = /^(\s*(?:-\s+)?)(person|owner|people)\s*:/.exec(current);
  if (key && character > current.indexOf(':')) {
    const field = key[2] as 'person' | 'owner' | 'people';
    // `person` and `people` are top-level keys; `owner` belongs to a decision (indented, or an item's first key).
    return (field === 'owner') === (key[1] !== '') ? field : undefined;
  }
  const block = findTagsBlock(lines, 'people');
  return block && (block.itemLines.includes(line) || (line === block.keyLine + 1 + block.itemLines.length && /^\s+-?\s*$/.test(current)))
    ? 'people' : undefined;
}
