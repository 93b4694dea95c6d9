/**
 * Changing one item of a frontmatter list (`decisions:`, `bets:`) or adding one, as a person would
 * with a text editor: only those lines change; key order, comments, quoting, blank lines and line
 * endings stay as they were. Every edit is checked by reading the result back: if anything but the
 * intended values changed, the edit is refused and nothing is written.
 */
import { Refusal } from '../base/refusal';
import { sameValue } from './boundedValue';
import { type Frontmatter, readFrontmatter } from './frontmatter';
import { type FrontmatterLines, findList, frontmatterLines, withFrontmatterLines } from './frontmatterLists';
import { splitComment, yamlScalar } from './yamlText';

/** An edit that cannot be made safely; the message says why, for the person. */
export class EditRefused extends Refusal {}

type Fields = ReadonlyArray<readonly [string, string]>;

/** Sets fields of the `index`-th item of the block list under `key`, adding the missing ones. */
export function setListItemFields(text: string, key: string, index: number, fields: Fields): string {
  const frontmatter = requireFrontmatter(text);
  const list = findList(frontmatter, key);
  if (!list || list.inline) {
    throw new EditRefused(`write "${key}" as a list of "- …" lines to change it from here`);
  }
  const item = list.items[index];
  if (!item) {
    throw new EditRefused(`there is no item ${index + 1} under "${key}" any more`);
  }
  const lines = [...frontmatter.lines];
  const endings = [...frontmatter.endings];
  const first = /^(\s*-\s+)/.exec(lines[item.start]);
  const keyColumn = first && lines[item.start].trim() !== '-' ? first[1].length : indentOf(lines[item.start + 1] ?? '');
  let last = item.end - 1;
  while (last > item.start && /^\s*(#.*)?$/.test(lines[last])) {
    last--;
  }
  const inserted: string[] = [];
  for (const [field, value] of fields) {
    const at = fieldLine(lines, item.start, last, field, keyColumn);
    if (at === undefined) {
      inserted.push(`${' '.repeat(keyColumn)}${field}: ${yamlScalar(value, 'block')}`);
      continue;
    }
    const colon = lines[at].indexOf(':', keyColumn + field.length);
    lines[at] = `${lines[at].slice(0, colon)}: ${yamlScalar(value, 'block')}${splitComment(lines[at].slice(colon + 1)).comment}`;
  }
  insertLines(lines, endings, last + 1, inserted);
  const result = withFrontmatterLines(frontmatter, lines, endings);
  verify(text, result, key, (before) => {
    const items = listOf(before, key).map((entry) => ({ ...entry }));
    items[index] = { ...items[index], ...Object.fromEntries(fields) };
    return items;
  });
  return result;
}

/** The line of `field:` at the item's key column, between `from` and `to` (inclusive). */
function fieldLine(lines: readonly string[], from: number, to: number, field: string, keyColumn: number): number | undefined {
  for (let i = from; i <= to; i++) {
    const line = lines[i];
    const start = i === from ? (/^(\s*-\s+)/.exec(line)?.[1].length ?? indentOf(line)) : indentOf(line);
    if (start === keyColumn && line.startsWith(field, start) && /^\s*:/.test(line.slice(start + field.length))) {
      return i;
    }
  }
  return undefined;
}

/** Adds an item at the end of the list under `key`, creating the list when there is none. */
export function appendListItem(text: string, key: string, fields: Fields): string {
  const frontmatter = requireFrontmatter(text);
  const list = findList(frontmatter, key);
  const lines = [...frontmatter.lines];
  const endings = [...frontmatter.endings];
  const dash = list?.dashIndent ?? '  ';
  const itemLines = fields.map(([field, value], i) =>
    `${dash}${i === 0 ? '- ' : '  '}${field}: ${yamlScalar(value, 'block')}`);
  if (!list) {
    insertLines(lines, endings, frontmatter.close, [`${key}:`, ...itemLines]);
  } else if (list.inline) {
    const line = lines[list.keyLine];
    const { value, comment } = splitComment(line.slice(line.indexOf(':') + 1));
    if (value.trim() !== '[]' && value.trim() !== '~' && value.trim() !== 'null') {
      throw new EditRefused(`write "${key}" as a list of "- …" lines to add to it from here`);
    }
    lines[list.keyLine] = `${key}:${comment}`;
    insertLines(lines, endings, list.keyLine + 1, itemLines);
  } else {
    insertLines(lines, endings, list.items.length > 0 ? list.end : list.keyLine + 1, itemLines);
  }
  const result = withFrontmatterLines(frontmatter, lines, endings);
  verify(text, result, key, (before) => [...listOf(before, key), Object.fromEntries(fields)]);
  return result;
}

/** The frontmatter's lines, or a refusal that says why they cannot be edited. */
export function requireFrontmatter(text: string): FrontmatterLines {
  const frontmatter = frontmatterLines(text);
  if (!frontmatter) {
    const reading = readFrontmatter(text);
    throw new EditRefused(reading.ok
      ? 'the entry has no frontmatter (--- lines) to write into'
      : `the frontmatter cannot be read (line ${reading.error.line}): ${reading.error.message}`);
  }
  return frontmatter;
}

/** The frontmatter as read before an edit; refuses when it cannot be read. */
export function readableFrontmatter(text: string): Frontmatter {
  const reading = readFrontmatter(text);
  if (!reading.ok) {
    throw new EditRefused(`the frontmatter cannot be read (line ${reading.error.line}): ${reading.error.message}`);
  }
  return reading.frontmatter;
}

/**
 * Reads the result back: its data must be exactly `expected` and its body unchanged. Both values
 * were measured by the frontmatter reader, so comparing them is bounded.
 */
export function verifyEdit(before: Frontmatter, after: string, expected: Record<string, unknown>, what: string): void {
  const now = readFrontmatter(after);
  if (!now.ok || now.frontmatter.body !== before.body || !sameValue(now.frontmatter.data, expected)) {
    throw new EditRefused(`"${what}" is written in a way this edit cannot follow; change it by hand`);
  }
}

function verify(before: string, after: string, key: string, expected: (data: Record<string, unknown>) => unknown[]): void {
  const old = readableFrontmatter(before);
  verifyEdit(old, after, { ...old.data, [key]: expected(old.data) }, key);
}

function listOf(data: Record<string, unknown>, key: string): Array<Record<string, unknown>> {
  const value = data[key];
  return Array.isArray(value) ? (value as Array<Record<string, unknown>>) : [];
}

/** Inserts lines before `at`; they end the way the line before them does. */
export function insertLines(lines: string[], endings: string[], at: number, added: readonly string[]): void {
  const ending = endings[Math.max(0, at - 1)] || '\n';
  lines.splice(at, 0, ...added);
  endings.splice(at, 0, ...added.map(() => ending));
}

const indentOf = (line: string): number => line.length - line.trimStart().length;
