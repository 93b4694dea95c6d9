/**
 * Parsed YAML values are graphs, not trees: an alias (`*a`) points at a value defined once, so a
 * few hundred bytes can stand for billions of values once anything walks them (a JSON.stringify
 * for a message, a comparison after an edit). The reader measures every parsed frontmatter once,
 * with a budget, and refuses what is too big; after that, walking it is bounded too. Messages
 * describe values with a short preview, never the whole value.
 */

/** Deeper than any entry needs (decisions with fields are three levels). */
export const MAX_DEPTH = 24;
/** Values a frontmatter may expand to beyond its own size: generous for anchors a person reuses. */
const BASE_VALUES = 10_000;

export type SizeCheck = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/**
 * Walks a parsed value as if every alias were written out, stopping as soon as it expands to
 * more than `BASE_VALUES + 2 × textLength` values or nests deeper than `MAX_DEPTH`.
 */
export function boundedSize(value: unknown, textLength: number): SizeCheck {
  const budget = BASE_VALUES + 2 * textLength;
  let count = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (++count > budget) {
      return { ok: false, reason: `the frontmatter expands to more than ${budget} values (through aliases like *name); write the values out instead` };
    }
    if (current === null || typeof current !== 'object') {
      continue;
    }
    if (depth >= MAX_DEPTH) {
      return { ok: false, reason: `the frontmatter is nested more than ${MAX_DEPTH} levels deep` };
    }
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      stack.push([child, depth + 1]);
    }
  }
  return { ok: true };
}

/**
 * Whether two parsed values are the same: mappings by their keys whatever the order, lists in
 * order, numbers by value (NaN equals NaN). Only for values the reader has measured.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b || (typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b))) {
    return true;
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) {
    return false;
  }
  if (Array.isArray(a)) {
    const list = b as unknown[];
    return a.length === list.length && a.every((item, i) => sameValue(item, list[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length
    && keys.every((key) => Object.prototype.hasOwnProperty.call(right, key) && sameValue(left[key], right[key]));
}

const PREVIEW_LENGTH = 40;

/** A short description of a value for a message: `"text…"`, `.nan`, `a list`, `a mapping`. */
export function preview(value: unknown): string {
  if (typeof value === 'string') {
    const oneLine = value.slice(0, PREVIEW_LENGTH + 1).replace(/[\r\n]+/g, ' ');
    return `"${oneLine.length > PREVIEW_LENGTH ? `${oneLine.slice(0, PREVIEW_LENGTH)}…` : oneLine}"`;
  }
  if (typeof value === 'number') {
    if (Number.isNaN(value)) {
      return '.nan';
    }
    return Number.isFinite(value) ? String(value) : value > 0 ? '.inf' : '-.inf';
  }
  if (value === null || value === undefined) {
    return 'nothing';
  }
  if (Array.isArray(value)) {
    return 'a list';
  }
  return typeof value === 'object' ? 'a mapping' : String(value);
}
