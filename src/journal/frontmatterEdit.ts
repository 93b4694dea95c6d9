/**
 * Changing one item of a frontmatter list (`decisions:`, `bets:`) or adding one, as a person would
 * with a text editor: only those lines change; key order, comments, quoting, blank lines and line
 * endings stay as they were. Every edit is checked by reading the result back: if anything but the
 * intended values changed, the edit is refused and nothing is written.
 */
import { readFrontmatter } from './frontmatter';
import { type FrontmatterLines, findList, frontmatterLines } from './frontmatterLists';
import { yamlScalar } from './templates';

/** An edit that cannot be made safely; the message says why, for the person. */
export class EditRefused extends Error {}

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
  const endings = lineEndings(text);
  const first = /^(\s*-\s+)/.exec(lines[item.start]);
  const keyColumn = first && lines[item.start].trim() !== '-' ? first[1].length : indentOf(lines[item.start + 1] ?? '');
  let last = item.end - 1;
  while (last > item.start && /^\s*(#.*)?$/.test(lines[last])) {
    last--;
  }
  const inserted: string[] = [];
  for (const [field, value] of fields) {
    const pattern = new RegExp(`^(\\s*-\\s+|\\s*)${escape(field)}\\s*:(\\s*)(.*)$`);
    const at = range(item.start, last + 1).find((i) => {
      const match = pattern.exec(lines[i]);
      return match && (i === item.start ? match[1].length : indentOf(lines[i])) === keyColumn;
    });
    if (at === undefined) {
      inserted.push(`${' '.repeat(keyColumn)}${field}: ${yamlScalar(value)}`);
      continue;
    }
    const match = pattern.exec(lines[at])!;
    const comment = /(\s+#.*)$/.exec(match[3])?.[1] ?? '';
    lines[at] = `${match[1]}${field}: ${yamlScalar(value)}${comment}`;
  }
  insertLines(lines, endings, last + 1, inserted);
  const result = join(text, lines, endings);
  verify(text, result, key, (before) => {
    const items = listOf(before, key).map((entry) => ({ ...entry }));
    items[index] = { ...items[index], ...Object.fromEntries(fields) };
    return items;
  });
  return result;
}

/** Adds an item at the end of the list under `key`, creating the list when there is none. */
export function appendListItem(text: string, key: string, fields: Fields): string {
  const frontmatter = requireFrontmatter(text);
  const list = findList(frontmatter, key);
  const lines = [...frontmatter.lines];
  const endings = lineEndings(text);
  const dash = list?.dashIndent ?? '  ';
  const itemLines = fields.map(([field, value], i) =>
    `${dash}${i === 0 ? '- ' : '  '}${field}: ${yamlScalar(value)}`);
  if (!list) {
    insertLines(lines, endings, frontmatter.close, [`${key}:`, ...itemLines]);
  } else if (list.inline) {
    const rest = lines[list.keyLine].slice(lines[list.keyLine].indexOf(':') + 1).replace(/\s+#.*$/, '').trim();
    if (rest !== '[]' && rest !== '~' && rest !== 'null') {
      throw new EditRefused(`write "${key}" as a list of "- …" lines to add to it from here`);
    }
    lines[list.keyLine] = `${key}:`;
    insertLines(lines, endings, list.keyLine + 1, itemLines);
  } else {
    insertLines(lines, endings, list.items.length > 0 ? list.end : list.keyLine + 1, itemLines);
  }
  const result = join(text, lines, endings);
  verify(text, result, key, (before) => [...listOf(before, key), Object.fromEntries(fields)]);
  return result;
}

function requireFrontmatter(text: string): FrontmatterLines {
  const frontmatter = frontmatterLines(text);
  if (!frontmatter) {
    throw new EditRefused('the entry has no frontmatter (--- lines) to write into');
  }
  return frontmatter;
}

/** Reads both versions back: the list must be exactly `expected(before)` and every other key unchanged. */
function verify(before: string, after: string, key: string, expected: (data: Record<string, unknown>) => unknown[]): void {
  const old = readFrontmatter(before);
  const now = readFrontmatter(after);
  if (!old.ok) {
    throw new EditRefused(`the frontmatter cannot be read: ${old.error.message}`);
  }
  const wanted = { ...old.frontmatter.data, [key]: expected(old.frontmatter.data) };
  if (!now.ok || JSON.stringify(now.frontmatter.data) !== JSON.stringify(wanted) || now.frontmatter.body !== old.frontmatter.body) {
    throw new EditRefused(`"${key}" is written in a way this edit cannot follow; change it by hand`);
  }
}

function listOf(data: Record<string, unknown>, key: string): Array<Record<string, unknown>> {
  const value = data[key];
  return Array.isArray(value) ? (value as Array<Record<string, unknown>>) : [];
}

/** Each line's own ending (`\r\n`, `\n`, or none for the last line), so untouched lines keep theirs. */
function lineEndings(text: string): string[] {
  return text.replace(/^\ufeff/, '').split(/(?<=\n)/).map((line) => (line.endsWith('\r\n') ? '\r\n' : line.endsWith('\n') ? '\n' : ''));
}

/** Inserts lines before `at`; they end the way the line before them does. */
function insertLines(lines: string[], endings: string[], at: number, added: readonly string[]): void {
  const ending = endings[Math.max(0, at - 1)] || '\n';
  lines.splice(at, 0, ...added);
  endings.splice(at, 0, ...added.map(() => ending));
}

function join(original: string, lines: readonly string[], endings: readonly string[]): string {
  const bom = original.startsWith('\ufeff') ? '\ufeff' : '';
  return bom + lines.map((line, i) => line + (endings[i] ?? '')).join('');
}

const indentOf = (line: string): number => line.length - line.trimStart().length;
const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Adds `amount` to `hours.<side>` (the time log): in a block mapping or a flow mapping
 * (`{ management: 19, leadership: 13 }`), adding the side or the whole `hours:` when missing.
 * Comments and everything else stay. The total keeps at most four decimals.
 */
export function addHours(text: string, side: 'management' | 'leadership', amount: number): string {
  const frontmatter = requireFrontmatter(text);
  const lines = [...frontmatter.lines];
  const endings = lineEndings(text);
  const keyLine = lines.findIndex((line, i) => i > 0 && i < frontmatter.close && /^hours\s*:/.test(line));
  const before = readFrontmatter(text);
  if (!before.ok) {
    throw new EditRefused(`the frontmatter cannot be read: ${before.error.message}`);
  }
  const hours = before.frontmatter.data.hours as Record<string, unknown> | undefined | null;
  const current = hours && typeof hours === 'object' && typeof hours[side] === 'number' ? (hours[side] as number) : 0;
  const total = String(Math.round((current + amount) * 10_000) / 10_000);
  if (keyLine === -1) {
    insertLines(lines, endings, frontmatter.close, ['hours:', `  ${side}: ${total}`]);
  } else {
    const value = lines[keyLine].slice(lines[keyLine].indexOf(':') + 1).replace(/\s+#.*$/, '').trim();
    if (value.startsWith('{') && value.endsWith('}')) {
      const field = new RegExp(`(\\b${side}\\s*:\\s*)(-?\\d+(?:\\.\\d+)?)`);
      lines[keyLine] = field.test(lines[keyLine])
        ? lines[keyLine].replace(field, `$1${total}`)
        : lines[keyLine].replace(/\s*}(\s*(#.*)?)$/, `, ${side}: ${total} }$1`);
    } else if (value === '' || value === '~' || value === 'null') {
      if (value !== '') {
        lines[keyLine] = 'hours:';
      }
      let last = keyLine;
      let indent = '  ';
      let found = -1;
      for (let i = keyLine + 1; i < frontmatter.close && (/^\s/.test(lines[i]) || lines[i].trim() === ''); i++) {
        if (lines[i].trim() === '' || /^\s*#/.test(lines[i])) {
          continue;
        }
        indent = /^\s*/.exec(lines[i])![0];
        last = i;
        if (new RegExp(`^\\s+${side}\\s*:`).test(lines[i])) {
          found = i;
        }
      }
      if (found !== -1) {
        lines[found] = lines[found].replace(new RegExp(`^(\\s+${side}\\s*:\\s*)[^#\\s]*`), `$1${total}`);
      } else {
        insertLines(lines, endings, last + 1, [`${indent}${side}: ${total}`]);
      }
    } else {
      throw new EditRefused('"hours" is not a list of "management:" and "leadership:" numbers');
    }
  }
  const result = join(text, lines, endings);
  const after = readFrontmatter(result);
  const expected = { ...before.frontmatter.data, hours: { ...(hours && typeof hours === 'object' ? hours : {}), [side]: Number(total) } };
  if (!after.ok || JSON.stringify(sortedKeys(after.frontmatter.data)) !== JSON.stringify(sortedKeys(expected)) || after.frontmatter.body !== before.frontmatter.body) {
    throw new EditRefused('"hours" is written in a way this edit cannot follow; change it by hand');
  }
  return result;
}

/** The data with `hours` keys in a fixed order, so a side added at the end still compares equal. */
function sortedKeys(data: Record<string, unknown>): Record<string, unknown> {
  const hours = data.hours as Record<string, unknown> | undefined;
  return hours && typeof hours === 'object' ? { ...data, hours: Object.fromEntries(Object.entries(hours).sort()) } : data;
}
