/**
 * Adding logged time to `hours.<side>` of an entry, in place: in a block mapping or a flow
 * mapping (`{ management: 19, leadership: 13 }`), adding the side or the whole `hours:` when
 * missing. Comments, quoting and everything else stay; a value that is not a plain number of
 * hours is never replaced — the edit is refused with a message saying what to fix.
 */
import { preview } from './boundedValue';
import { MAX_HOURS, addMinutes } from '../base/duration';
import { EditRefused, insertLines, readableFrontmatter, requireFrontmatter, verifyEdit } from './frontmatterEdit';
import { withFrontmatterLines } from './frontmatterLists';
import { splitComment } from './yamlText';

type Side = 'management' | 'leadership';

/** The text with `minutes` added to `hours.<side>` (whole minutes, no drift, at most four decimals). */
export function addHours(text: string, side: Side, minutes: number): string {
  const frontmatter = requireFrontmatter(text);
  const before = readableFrontmatter(text);
  const hours = before.data.hours;
  if (hours !== undefined && hours !== null && (typeof hours !== 'object' || Array.isArray(hours))) {
    throw new EditRefused('"hours" is not a list of "management:" and "leadership:" numbers');
  }
  const record = (hours ?? {}) as Record<string, unknown>;
  const current = record[side] ?? 0;
  if (typeof current !== 'number' || !Number.isFinite(current) || current < 0 || current > MAX_HOURS) {
    throw new EditRefused(`hours.${side} is ${preview(current)}, not a number of hours from 0 to ${MAX_HOURS}: write it as a number to log time to it`);
  }
  const total = addMinutes(current, minutes);
  if (total > MAX_HOURS) {
    throw new EditRefused(`hours.${side} would be more than ${MAX_HOURS} hours`);
  }
  const written = String(total);
  const lines = [...frontmatter.lines];
  const endings = [...frontmatter.endings];
  const keyLine = lines.findIndex((line, i) => i > 0 && i < frontmatter.close && /^hours\s*:/.test(line));
  if (keyLine === -1) {
    insertLines(lines, endings, frontmatter.close, ['hours:', `  ${side}: ${written}`]);
  } else {
    const line = lines[keyLine];
    const colon = line.indexOf(':');
    const { value, comment } = splitComment(line.slice(colon + 1));
    const trimmed = value.trim();
    if (trimmed.startsWith('{') && trimmed.endsWith('}')) {
      lines[keyLine] = `${line.slice(0, colon + 1)}${withFlowField(value, side, written)}${comment}`;
    } else if (trimmed === '' || trimmed === '~' || trimmed === 'null') {
      lines[keyLine] = `${line.slice(0, colon + 1)}${comment}`;
      setBlockField(lines, endings, keyLine, frontmatter.close, side, written);
    } else {
      throw new EditRefused('"hours" is not a list of "management:" and "leadership:" numbers');
    }
  }
  const result = withFrontmatterLines(frontmatter, lines, endings);
  verifyEdit(before, result, { ...before.data, hours: { ...record, [side]: total } }, 'hours');
  return result;
}

/** `{ management: 19 }` with the side set to `written` (or added before the closing brace). */
function withFlowField(value: string, side: Side, written: string): string {
  const field = new RegExp(`(\\b${side}\\s*:\\s*)(\\d+(?:\\.\\d+)?)(?=\\s*[,}])`);
  if (field.test(value)) {
    return value.replace(field, `$1${written}`);
  }
  const close = value.lastIndexOf('}');
  const inside = value.slice(value.indexOf('{') + 1, close).trim();
  return `${value.slice(0, close).trimEnd()}${inside === '' ? ' ' : ', '}${side}: ${written} ${value.slice(close)}`;
}

/** Sets `<side>: written` in the block mapping under line `keyLine`, adding the line when missing. */
function setBlockField(lines: string[], endings: string[], keyLine: number, close: number, side: Side, written: string): void {
  let last = keyLine;
  let indent = '  ';
  for (let i = keyLine + 1; i < close && (/^\s/.test(lines[i]) || lines[i].trim() === ''); i++) {
    if (lines[i].trim() === '' || /^\s*#/.test(lines[i])) {
      continue;
    }
    indent = /^\s*/.exec(lines[i])![0];
    last = i;
    const key = new RegExp(`^(\\s+${side}\\s*:)(.*)$`).exec(lines[i]);
    if (key) {
      const { value, comment } = splitComment(key[2]);
      const space = /^\s*/.exec(value)![0] || ' ';
      lines[i] = `${key[1]}${space}${written}${comment}`;
      return;
    }
  }
  insertLines(lines, endings, last + 1, [`${indent}${side}: ${written}`]);
}
