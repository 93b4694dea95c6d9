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

/** Parses snippet syntax; anything that is not a well-formed tab stop is literal text. */
export function parseSnippet(source: string): SnippetNode[] {
  return new Parser(source).parseUntil(false);
}

class Parser {
  private pos = 0;

  constructor(private readonly source: string) {}

  /** Reads nodes up to the end, or up to an unescaped `}` when inside a placeholder. */
  parseUntil(insidePlaceholder: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = (): void => {
      if (text !== '') {
        nodes.push({ kind: 'text', value: text });
        text = '';
      }
    };
    while (this.pos < this.source.length) {
      const char = this.source[this.pos];
      if (char === '\\' && '$}\\'.includes(this.source[this.pos + 1] ?? '')) {
        text += this.source[this.pos + 1];
        this.pos += 2;
      } else if (char === '}' && insidePlaceholder) {
        flush();
        return nodes;
      } else if (char === '$') {
        const node = this.tryTabstop();
        if (node) {
          flush();
          nodes.push(node);
        } else {
          text += char;
          this.pos++;
        }
      } else {
        text += char;
        this.pos++;
      }
    }
    flush();
    return nodes;
  }

  private tryTabstop(): SnippetNode | undefined {
    const start = this.pos;
    const bare = /^\$(\d+)/.exec(this.source.slice(start, start + 12));
    if (bare) {
      this.pos += bare[0].length;
      return { kind: 'tabstop', index: Number(bare[1]), children: [] };
    }
    const braced = /^\$\{(\d+)([:|}])/.exec(this.source.slice(start, start + 14));
    if (!braced) {
      return undefined;
    }
    const index = Number(braced[1]);
    this.pos += braced[0].length;
    if (braced[2] === '}') {
      return { kind: 'tabstop', index, children: [] };
    }
    if (braced[2] === ':') {
      const children = this.parseUntil(true);
      if (this.source[this.pos] === '}') {
        this.pos++;
        return { kind: 'tabstop', index, children };
      }
    } else {
      const options = this.readChoices();
      if (options) {
        return { kind: 'choice', index, options };
      }
    }
    this.pos = start;
    return undefined;
  }

  /** Reads `a,b,c|}` after `${n|`; undefined when the choice is not closed. */
  private readChoices(): string[] | undefined {
    const options: string[] = [];
    let current = '';
    while (this.pos < this.source.length) {
      const char = this.source[this.pos];
      if (char === '\\' && ',|\\'.includes(this.source[this.pos + 1] ?? '')) {
        current += this.source[this.pos + 1];
        this.pos += 2;
      } else if (char === ',') {
        options.push(current);
        current = '';
        this.pos++;
      } else if (char === '|' && this.source[this.pos + 1] === '}') {
        options.push(current);
        this.pos += 2;
        return options;
      } else {
        current += char;
        this.pos++;
      }
    }
    return undefined;
  }
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
