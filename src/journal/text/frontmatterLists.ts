/**
 * Where a top-level list (`decisions:`, `bets:`) and its items sit in the frontmatter's lines, so
 * an item can be pointed at (open the entry at that decision) and changed in place without
 * reformatting anything else. Only block lists (`- key: value` lines) have item positions; a flow
 * list (`[{…}]`) is read by YAML but cannot be edited here.
 */
import { locateFrontmatter } from './frontmatter';

export interface FrontmatterLines {
  /** The lines from the opening `---` to the closing one (included), without line endings. */
  readonly lines: readonly string[];
  /** Each of those lines' own ending (`\r\n` or `\n`). */
  readonly endings: readonly string[];
  /** Index of the closing `---` line. */
  readonly close: number;
  /** A byte-order mark in front of the file, or `''`. */
  readonly bom: string;
  /** Everything after the closing line: the body, exactly as it is. */
  readonly rest: string;
}

/** The frontmatter's lines, as the one frontmatter reader finds them; undefined without YAML frontmatter. */
export function frontmatterLines(text: string): FrontmatterLines | undefined {
  const span = locateFrontmatter(text);
  if (span.kind !== 'yaml') {
    return undefined;
  }
  const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const head = text.slice(bom.length, span.bodyStart);
  const parts = head.split(/(?<=\n)/);
  const lines = parts.map((part) => part.replace(/\r?\n$/, ''));
  const endings = parts.map((part) => (part.endsWith('\r\n') ? '\r\n' : part.endsWith('\n') ? '\n' : ''));
  return { lines, endings, close: span.closeLine, bom, rest: text.slice(span.bodyStart) };
}

/** The file's text with its frontmatter lines replaced (each with its own ending); the body stays as it was. */
export function withFrontmatterLines(frontmatter: FrontmatterLines, lines: readonly string[], endings: readonly string[]): string {
  return frontmatter.bom + lines.map((line, i) => line + (endings[i] ?? '')).join('') + frontmatter.rest;
}

export interface ListBlock {
  /** 0-based line of `key:`. */
  readonly keyLine: number;
  /** True when the key's value is on its own line (`key: []`, `key: [..]`, or `key: x`). */
  readonly inline: boolean;
  /** 0-based line ranges [start, end) of the block list's items. */
  readonly items: ReadonlyArray<{ readonly start: number; readonly end: number }>;
  /** 0-based line after the last line that belongs to the list (its end). */
  readonly end: number;
  /** Indentation of the items' `-`, as written (or the default for a new list). */
  readonly dashIndent: string;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;
const isBlankOrComment = (line: string): boolean => /^\s*(#.*)?$/.test(line);

/** The block list under a top-level key of the frontmatter, or undefined when there is no such key. */
export function findList(frontmatter: FrontmatterLines, key: string): ListBlock | undefined {
  const { lines, close } = frontmatter;
  const keyPattern = new RegExp(`^${key}\\s*:(.*)$`);
  const keyLine = lines.findIndex((line, i) => i > 0 && i < close && keyPattern.test(line));
  if (keyLine === -1) {
    return undefined;
  }
  const rest = keyPattern.exec(lines[keyLine])![1].replace(/\s+#.*$/, '').trim();
  const items: Array<{ start: number; end: number }> = [];
  let dashIndent: string | undefined;
  let end = keyLine + 1;
  let lastContent = keyLine;
  if (rest === '') {
    for (let i = keyLine + 1; i < close; i++) {
      const line = lines[i];
      if (isBlankOrComment(line)) {
        continue;
      }
      const indent = indentOf(line);
      const isDash = /^\s*-(\s|$)/.test(line);
      if (indent === 0 && !isDash) {
        break; // the next top-level key
      }
      if (isDash && (dashIndent === undefined || indent === dashIndent.length)) {
        dashIndent ??= line.slice(0, indent);
        if (items.length > 0) {
          items[items.length - 1].end = lastContent + 1;
        }
        items.push({ start: i, end: i + 1 });
      } else if (dashIndent !== undefined && indent <= dashIndent.length && !isDash) {
        break;
      }
      lastContent = i;
    }
    if (items.length > 0) {
      items[items.length - 1].end = lastContent + 1;
    }
    end = lastContent + 1;
  }
  return { keyLine, inline: rest !== '', items, end, dashIndent: dashIndent ?? '  ' };
}

/** 1-based file lines of each item of a block list (for pointing at a decision); empty for flow lists. */
export function itemLines(text: string, key: string): number[] {
  const frontmatter = frontmatterLines(text);
  const list = frontmatter && findList(frontmatter, key);
  return list ? list.items.map((item) => item.start + 1) : [];
}
