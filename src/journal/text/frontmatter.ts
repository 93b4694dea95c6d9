/**
 * The one reader of an entry's YAML frontmatter: where it starts and ends (decided once, here,
 * for reading, list positions, edits, templates and new entries alike) and what it holds. A
 * journal may be cloned from anyone, so it is untrusted: only YAML is accepted, parsed with
 * js-yaml's safe loader and its core schema (no JavaScript types, and dates stay the text the
 * writer typed, so no time zone can move them), and the parsed value is bounded — aliases that
 * expand into millions of values, or nesting deeper than any entry needs, make the file a
 * problem instead of a hang.
 */
import { safeLoad } from 'js-yaml/lib/js-yaml/loader.js';
import CORE_SCHEMA from 'js-yaml/lib/js-yaml/schema/core.js';
import { boundedSize } from './boundedValue';

export interface Frontmatter {
  /** The parsed mapping; a fresh object on every call. */
  readonly data: Record<string, unknown>;
  /** The raw YAML between the delimiters (empty when the entry has no frontmatter). */
  readonly yaml: string;
  /** 1-based line of the file where the YAML starts (the line after the opening `---`). */
  readonly yamlLine: number;
  /** The markdown after the frontmatter. */
  readonly body: string;
  /** 1-based line of the file where the body starts. */
  readonly bodyLine: number;
}

export interface FrontmatterError {
  /** 1-based line in the file. */
  readonly line: number;
  readonly message: string;
}

export type FrontmatterReading =
  | { readonly ok: true; readonly frontmatter: Frontmatter }
  | { readonly ok: false; readonly error: FrontmatterError };

/**
 * Where the frontmatter is. Offsets are into the text as given (a byte-order mark included).
 * `none`: the file has no frontmatter and all of it (after a BOM) is body.
 */
export type FrontmatterSpan =
  | { readonly kind: 'none'; readonly bodyStart: number }
  | { readonly kind: 'unclosed' }
  | { readonly kind: 'language'; readonly language: string }
  | {
    readonly kind: 'yaml';
    /** Offset of the YAML text (the line after the opening delimiter). */
    readonly yamlStart: number;
    /** Offset where the YAML text ends: the line break before the closing delimiter. */
    readonly yamlEnd: number;
    /** Offset of the first character after the closing delimiter's line (the body). */
    readonly bodyStart: number;
    /** 0-based line of the closing delimiter. */
    readonly closeLine: number;
  };

const OPENING = /---([^\r\n]*)(\r?\n|$)/y;
const CLOSING_LINE = /^---[ \t]*$/;

/**
 * Finds the frontmatter: a first line `---` (optionally `---yaml`), after an optional BOM, and the
 * next line that is exactly `---` (trailing blanks allowed). `----` is a thematic break, not a
 * delimiter, and so is a `----------` line inside the YAML: it never ends the frontmatter.
 */
export function locateFrontmatter(text: string): FrontmatterSpan {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  OPENING.lastIndex = start;
  const opening = OPENING.exec(text);
  if (!opening || opening[1].startsWith('-')) {
    return { kind: 'none', bodyStart: start };
  }
  const language = opening[1].trim();
  if (language !== '' && !/^ya?ml$/i.test(language)) {
    return { kind: 'language', language };
  }
  const yamlStart = start + opening[0].length;
  if (opening[2] === '') {
    return { kind: 'unclosed' };
  }
  let line = 1;
  for (let at = yamlStart; at <= text.length;) {
    const newline = text.indexOf('\n', at);
    const end = newline === -1 ? text.length : newline;
    const content = text.charCodeAt(end - 1) === 13 ? text.slice(at, end - 1) : text.slice(at, end);
    if (content.startsWith('---') && CLOSING_LINE.test(content)) {
      const yamlEnd = Math.max(yamlStart, text.charCodeAt(at - 2) === 13 ? at - 2 : at - 1);
      return { kind: 'yaml', yamlStart, yamlEnd, bodyStart: newline === -1 ? text.length : newline + 1, closeLine: line };
    }
    if (newline === -1) {
      break;
    }
    at = newline + 1;
    line++;
  }
  return { kind: 'unclosed' };
}

/** Splits an entry into frontmatter and body; an error names the line and what to fix. */
export function readFrontmatter(text: string): FrontmatterReading {
  const span = locateFrontmatter(text);
  if (span.kind === 'none') {
    return ok({ data: {}, yaml: '', yamlLine: 1, body: text.slice(span.bodyStart), bodyLine: 1 });
  }
  if (span.kind === 'language') {
    return fail(1, `frontmatter in "${span.language.slice(0, 20)}" is not read (and never run): only YAML frontmatter is supported`);
  }
  if (span.kind === 'unclosed') {
    return fail(1, 'the frontmatter is not closed: add a line with --- after it');
  }
  const yamlText = span.yamlEnd > span.yamlStart ? text.slice(span.yamlStart, span.yamlEnd) : '';
  let data: unknown;
  try {
    data = safeLoad(yamlText, { schema: CORE_SCHEMA });
  } catch (error) {
    if (error instanceof RangeError) {
      return fail(2, 'the frontmatter is nested too deeply to read');
    }
    return fail(2 + yamlErrorLine(error), yamlErrorMessage(error));
  }
  if (data === undefined || data === null) {
    data = {};
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return fail(2, 'the frontmatter must be YAML "key: value" lines');
  }
  const size = boundedSize(data, yamlText.length);
  if (!size.ok) {
    return fail(2, size.reason);
  }
  return ok({
    data: data as Record<string, unknown>,
    yaml: yamlText,
    yamlLine: 2,
    body: text.slice(span.bodyStart),
    bodyLine: span.closeLine + 2,
  });
}

/** The 1-based file line of a top-level frontmatter key, or of the frontmatter's start. */
export function lineOfKey(frontmatter: Frontmatter, key: string): number {
  const lines = frontmatter.yaml.split('\n');
  const index = lines.findIndex((line) => line.startsWith(`${key}:`) || line.startsWith(`"${key}":`));
  return frontmatter.yamlLine + Math.max(0, index);
}

function yamlErrorLine(error: unknown): number {
  const mark = (error as { mark?: { line?: unknown } }).mark;
  return mark && typeof mark.line === 'number' ? mark.line : 0;
}

function yamlErrorMessage(error: unknown): string {
  const reason = (error as { reason?: unknown }).reason;
  const text = typeof reason === 'string' ? reason : error instanceof Error ? error.message : 'unknown error';
  return `the frontmatter is not valid YAML: ${text.slice(0, 200)}`;
}

function ok(frontmatter: Frontmatter): FrontmatterReading {
  return { ok: true, frontmatter };
}

function fail(line: number, message: string): FrontmatterReading {
  return { ok: false, error: { line, message } };
}
