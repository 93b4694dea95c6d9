/**
 * The part of VS Code's snippet syntax that templates use: tab stops `$1` / `${1}`, placeholders
 * `${1:text}` (nestable) and choices `${1|a,b|}`, with `\` escapes. Parsing it here, and writing
 * VS Code's snippet back from the parsed form, keeps the text saved on disk and the text VS Code
 * shows in exact agreement. Snippet variables (`$TM_FILENAME`) are not expanded: a `$` before a
 * letter stays literal text.
 */

export type SnippetNode =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'tabstop'; readonly index: number; readonly children: readonly SnippetNode[] }
  | { readonly kind: 'choice'; readonly index: number; readonly options: readonly string[] };

/** Placeholders nested deeper than this are read as text: no template needs more, and the renderers recurse. */
export const MAX_SNIPPET_NESTING = 32;

interface Frame {
  readonly nodes: SnippetNode[];
  text: string;
  /** For an open placeholder: its index and the `${n:` that opened it (text again if never closed). */
  readonly index: number;
  readonly opener: string;
}

const BARE = /\$(\d{1,9})/y;
const BRACED = /\$\{(\d{1,9})([:|}])/y;

/**
 * Parses snippet syntax; anything that is not a well-formed tab stop is literal text. One pass
 * over the source with an explicit stack: a placeholder never closed becomes text again (with
 * what it held), without reading anything twice.
 */
export function parseSnippet(source: string): SnippetNode[] {
  const root: Frame = { nodes: [], text: '', index: -1, opener: '' };
  const stack: Frame[] = [root];
  let choicesFailFrom = Infinity;
  let pos = 0;
  while (pos < source.length) {
    const top = stack[stack.length - 1];
    const char = source[pos];
    if (char === '\\' && '$}\\'.includes(source[pos + 1] ?? '')) {
      top.text += source[pos + 1];
      pos += 2;
    } else if (char === '}' && stack.length > 1) {
      stack.pop();
      flush(top);
      const parent = stack[stack.length - 1];
      flush(parent);
      parent.nodes.push({ kind: 'tabstop', index: top.index, children: top.nodes });
      pos++;
    } else if (char === '$') {
      BARE.lastIndex = pos;
      BRACED.lastIndex = pos;
      const bare = BARE.exec(source);
      const braced = bare ? null : BRACED.exec(source);
      if (bare) {
        flush(top);
        top.nodes.push({ kind: 'tabstop', index: Number(bare[1]), children: [] });
        pos += bare[0].length;
      } else if (braced && braced[2] === '}') {
        flush(top);
        top.nodes.push({ kind: 'tabstop', index: Number(braced[1]), children: [] });
        pos += braced[0].length;
      } else if (braced && braced[2] === ':' && stack.length <= MAX_SNIPPET_NESTING) {
        flush(top);
        stack.push({ nodes: [], text: '', index: Number(braced[1]), opener: braced[0] });
        pos += braced[0].length;
      } else if (braced && braced[2] === '|' && pos < choicesFailFrom) {
        const choice = readChoices(source, pos + braced[0].length);
        if (choice) {
          flush(top);
          top.nodes.push({ kind: 'choice', index: Number(braced[1]), options: choice.options });
          pos = choice.end;
        } else {
          // No "|}" closes it, so none after it can be closed either: never scan for one again.
          choicesFailFrom = pos;
          top.text += char;
          pos++;
        }
      } else {
        top.text += char;
        pos++;
      }
    } else {
      top.text += char;
      pos++;
    }
  }
  // Placeholders still open at the end were never placeholders: their opener and content are text.
  while (stack.length > 1) {
    const open = stack.pop()!;
    const parent = stack[stack.length - 1];
    parent.text += open.opener;
    for (const node of open.nodes) {
      if (node.kind === 'text') {
        parent.text += node.value;
      } else {
        flush(parent);
        parent.nodes.push(node);
      }
    }
    parent.text += open.text;
  }
  flush(root);
  return root.nodes;
}

function flush(frame: Frame): void {
  if (frame.text !== '') {
    frame.nodes.push({ kind: 'text', value: frame.text });
    frame.text = '';
  }
}

/** Reads `a,b,c|}` from `pos` (after `${n|`); undefined when the choice is not closed. */
function readChoices(source: string, pos: number): { options: string[]; end: number } | undefined {
  const options: string[] = [];
  let current = '';
  while (pos < source.length) {
    const char = source[pos];
    if (char === '\\' && ',|\\'.includes(source[pos + 1] ?? '')) {
      current += source[pos + 1];
      pos += 2;
    } else if (char === ',') {
      options.push(current);
      current = '';
      pos++;
    } else if (char === '|' && source[pos + 1] === '}') {
      options.push(current);
      return { options, end: pos + 2 };
    } else {
      current += char;
      pos++;
    }
  }
  return undefined;
}

/** A snippet for the editor and the text it leaves on disk, from one parse, so the two always agree. */
export interface RenderedSnippet {
  /** VS Code snippet syntax: tab stops, placeholders and choices. */
  readonly snippet: string;
  /** The text the snippet shows before anything is typed: what is written to disk. */
  readonly text: string;
}

/** Renders snippet source both ways from one parse. */
export function renderSnippet(source: string): RenderedSnippet {
  const nodes = parseSnippet(source);
  return { snippet: snippetToSource(nodes), text: snippetToText(nodes) };
}

/**
 * The text a snippet leaves when every field keeps its default: placeholders their text, choices
 * their first option, and a bare tab stop the default of the same-numbered field (VS Code mirrors it).
 */
export function snippetToText(nodes: readonly SnippetNode[]): string {
  const defaults = new Map<number, string>();
  const collect = (list: readonly SnippetNode[]): void => {
    for (const node of list) {
      if (node.kind === 'choice' && !defaults.has(node.index)) {
        defaults.set(node.index, node.options[0] ?? '');
      } else if (node.kind === 'tabstop' && node.children.length > 0) {
        collect(node.children);
        if (!defaults.has(node.index)) {
          defaults.set(node.index, render(node.children));
        }
      }
    }
  };
  const render = (list: readonly SnippetNode[]): string =>
    list.map((node) => {
      if (node.kind === 'text') {
        return node.value;
      }
      if (node.kind === 'choice') {
        return node.options[0] ?? '';
      }
      return node.children.length > 0 ? render(node.children) : defaults.get(node.index) ?? '';
    }).join('');
  collect(nodes);
  return render(nodes);
}

/** VS Code snippet syntax for parsed nodes, with every literal character escaped. */
export function snippetToSource(nodes: readonly SnippetNode[]): string {
  return nodes.map((node) => {
    if (node.kind === 'text') {
      return escapeSnippetText(node.value);
    }
    if (node.kind === 'choice') {
      return `\${${node.index}|${node.options.map((option) => option.replace(/[,|\\]/g, '\\$&')).join(',')}|}`;
    }
    return node.children.length > 0
      ? `\${${node.index}:${snippetToSource(node.children)}}`
      : `\${${node.index}}`;
  }).join('');
}

/** Escapes text so snippet syntax reads it literally. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}
