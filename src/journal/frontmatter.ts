/**
 * Reading an entry's YAML frontmatter. A journal may be cloned from anyone, so it is untrusted:
 * only YAML is accepted, parsed with js-yaml's safe loader and its core schema (no JavaScript
 * types, and dates stay the text the writer typed, so no time zone can move them).
 */
import matter from 'gray-matter';
import yaml from 'js-yaml';

export interface Frontmatter {
  /** The parsed mapping; a fresh object on every call, never shared through gray-matter's cache. */
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

function parseYaml(text: string): object {
  // A scalar or list is passed on as it is and refused below: only a mapping is frontmatter.
  return yaml.safeLoad(text, { schema: yaml.CORE_SCHEMA }) as object;
}

function refuse(): never {
  throw new Error('only YAML frontmatter is read');
}

// gray-matter falls back to its own engines, one of which evaluates JavaScript. Every engine it
// could pick is replaced, so nothing but the YAML parser above can ever run.
type MatterOptions = matter.GrayMatterOption<string, MatterOptions>;

const MATTER_OPTIONS: MatterOptions = {
  language: 'yaml',
  engines: {
    yaml: { parse: parseYaml, stringify: refuse },
    javascript: { parse: refuse, stringify: refuse },
    json: { parse: refuse, stringify: refuse },
    coffee: { parse: refuse, stringify: refuse },
  },
};

const OPENING = /^---([^\r\n]*)(\r?\n|$)/;
const CLOSING = /\r?\n---[ \t]*(\r?\n|$)/;

/** Splits an entry into frontmatter and body; an error names the line and what to fix. */
export function readFrontmatter(text: string): FrontmatterReading {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const opening = OPENING.exec(source);
  if (!opening || opening[1].startsWith('-')) {
    return ok({ data: {}, yaml: '', yamlLine: 1, body: source, bodyLine: 1 });
  }
  const language = opening[1].trim().toLowerCase();
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    return fail(1, `frontmatter in "${opening[1].trim()}" is not read (and never run): only YAML frontmatter is supported`);
  }
  const afterOpening = source.slice(opening[0].length);
  const closing = CLOSING.exec('\n' + afterOpening);
  if (!closing) {
    return fail(1, 'the frontmatter is not closed: add a line with --- after it');
  }
  // The search ran on the text with a newline put in front, so its indices are one ahead.
  const yamlText = afterOpening.slice(0, Math.max(0, closing.index - 1));
  const bodyOffset = opening[0].length + closing.index + closing[0].length - 1;
  const bodyLine = countLines(source.slice(0, bodyOffset)) + 1;

  let data: unknown;
  try {
    // The YAML is handed over without its language tag, so gray-matter can only pick YAML.
    data = matter<string, MatterOptions>(`---\n${yamlText}\n---\n`, MATTER_OPTIONS).data;
  } catch (error) {
    return fail(1 + yamlErrorLine(error), yamlErrorMessage(error));
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail(2, 'the frontmatter must be YAML "key: value" lines');
  }
  return ok({
    data: data as Record<string, unknown>,
    yaml: yamlText,
    yamlLine: 2,
    body: source.slice(bodyOffset),
    bodyLine,
  });
}

/** The 1-based file line of a top-level frontmatter key, or of the frontmatter's start. */
export function lineOfKey(frontmatter: Frontmatter, key: string): number {
  const lines = frontmatter.yaml.split('\n');
  const index = lines.findIndex((line) => line.startsWith(`${key}:`) || line.startsWith(`"${key}":`));
  return frontmatter.yamlLine + Math.max(0, index);
}

function countLines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    count++;
  }
  return count;
}

function yamlErrorLine(error: unknown): number {
  const mark = (error as { mark?: { line?: unknown } }).mark;
  // gray-matter hands js-yaml the text from the newline that ends "---": its line 0 is file line 1.
  return mark && typeof mark.line === 'number' ? mark.line : 0;
}

function yamlErrorMessage(error: unknown): string {
  const reason = (error as { reason?: unknown }).reason;
  const text = typeof reason === 'string' ? reason : error instanceof Error ? error.message : String(error);
  return `the frontmatter is not valid YAML: ${text}`;
}

function ok(frontmatter: Frontmatter): FrontmatterReading {
  return { ok: true, frontmatter };
}

function fail(line: number, message: string): FrontmatterReading {
  return { ok: false, error: { line, message } };
}
