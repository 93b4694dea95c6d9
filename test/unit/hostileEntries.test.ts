/**
 * Issue 9, findings 3 and 5: a few hundred hostile bytes must never make work explode, and the
 * frontmatter is found one way only. Each case here hung, crashed or misread before the fix
 * (mocha's 2 s timeout is the hang detector; no timings are asserted).
 */
import * as assert from 'node:assert/strict';
import { readEntry } from '../../src/journal/entries/entry';
import { setListItemFields } from '../../src/journal/text/frontmatterEdit';
import { readFrontmatter } from '../../src/journal/text/frontmatter';
import { frontmatterTagSpans } from '../../src/journal/text/frontmatterTags';
import { inlineTags } from '../../src/journal/entries/inlineTags';
import { parseSnippet, snippetToSource, snippetToText } from '../../src/journal/text/snippet';
import { renderTemplate, templateVariables } from '../../src/journal/writing/templates';
import { parseCalendarDate } from '../../src/journal/base/dates';

/** `a0: &a0 [x, y]`, then each anchor a list of two of the one before: 2^n values in ~22n bytes. */
function aliasChain(levels: number, last: string): string {
  const lines = last.startsWith('date:') ? ['---', 'a0: &a0 [x, y]'] : ['---', 'date: 2026-11-02', 'a0: &a0 [x, y]'];
  for (let i = 1; i <= levels; i++) {
    lines.push(`a${i}: &a${i} [*a${i - 1}, *a${i - 1}]`);
  }
  return `${lines.join('\n')}\n${last}\n---\nbody\n`;
}

function problemOf(text: string): string {
  const reading = readEntry('2026/x.md', text);
  assert.equal(reading.entry, undefined, 'expected a problem, got an entry');
  assert.equal(reading.findings[0].severity, 'problem');
  return reading.findings[0].message;
}

describe('hostile entries', () => {
  it('refuses an alias chain that expands to billions of values (728 bytes, tags: [*a31])', () => {
    const text = aliasChain(31, 'tags: [*a31]');
    assert.ok(text.length < 800);
    assert.match(problemOf(text), /expands to more than|nested more than/);
  });

  it('refuses a date that is an alias to a huge value, instead of stringifying it for the warning', () => {
    assert.match(problemOf(aliasChain(26, 'date: *a26')), /expands to more than|nested more than/);
  });

  it('refuses hours and tags nested 27 levels deep, without a RangeError', () => {
    const nested = `${'['.repeat(27)}leadership${']'.repeat(27)}`;
    assert.match(problemOf(`---\ndate: 2026-11-02\ntags: ${nested}\n---\n`), /nested more than 24 levels/);
    assert.match(problemOf(`---\ndate: 2026-11-02\nhours: ${nested}\n---\n`), /nested more than 24 levels/);
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    assert.match(problemOf(`---\ndate: 2026-11-02\ntags: ${deep}\n---\n`), /nested/);
  });

  it('keeps anchors a person reuses', () => {
    const reading = readEntry('2026/x.md', '---\ndate: 2026-11-02\nbase: &who { owner: me }\ndecisions:\n  - decision: A\n    owner: *who\n---\n');
    assert.equal(reading.entry?.date, '2026-11-02');
  });

  it('reads a 3.9 MB line of backtick runs in linear time', () => {
    // Runs of 1, 2, 3 … 2,790 backticks: none closes another, and each used to be searched to the line's end.
    let line = '';
    for (let run = 1; line.length < 3_900_000; run++) {
      line += `${'`'.repeat(run)} #tag `;
    }
    const tags = inlineTags(line);
    assert.ok(tags.length > 0);
    // A heading of 3 million blanks: the title pattern used to backtrack on every one of them.
    assert.equal(readEntry('2026-11-02-x.md', `# a${' '.repeat(3_000_000)}b`).entry?.title.length, 200);
    assert.equal(readEntry('2026-11-02-x.md', `# ${' '.repeat(3_000_000)}x #`).entry?.title, 'x');
  });

  it('refuses a file larger than 4 MB as a problem', () => {
    assert.match(problemOf(`---\ndate: 2026-11-02\n---\n${'x'.repeat(4 * 1024 * 1024)}`), /larger than 4 MB/);
  });

  it('parses a template with 40 unclosed placeholders, and 20,000 nested ones, without hanging or overflowing', () => {
    const unclosed = `---\ndate: {{date}}\n---\n${'${1:'.repeat(40)}\n`;
    const rendered = renderTemplate(unclosed, templateVariables(parseCalendarDate('2026-11-02')!, ''));
    assert.equal(rendered.text, `---\ndate: 2026-11-02\n---\n${'${1:'.repeat(40)}\n`);
    const nested = `${'${1:'.repeat(20_000)}x${'}'.repeat(20_000)}`;
    const nodes = parseSnippet(nested);
    assert.ok(snippetToText(nodes).includes('x'));
    assert.ok(snippetToSource(nodes).length > 0);
    const choices = `${'${1|a,'.repeat(5_000)}`;
    assert.equal(snippetToText(parseSnippet(choices)), choices);
  });
});

describe('the one frontmatter reader', () => {
  it('never ends the frontmatter at a ---------- line: the file is a problem, not half-read', () => {
    const text = '---\ndate: 2026-11-02\n----------\ntags: [leadership]\nhours: { leadership: 5 }\n---\nbody\n';
    assert.match(problemOf(text), /not valid YAML/);
  });

  it('lets edits, tag positions and reading agree on ---yaml, a BOM and CRLF', () => {
    const text = '\ufeff---yaml\r\ndate: 2026-11-02\r\ntags: [leadership]\r\ndecisions:\r\n  - decision: Freeze the API\r\n    status: open\r\n---\r\nbody\r\n';
    assert.ok(readFrontmatter(text).ok);
    assert.deepEqual(frontmatterTagSpans(text).map((span) => span.tag), ['leadership']);
    const edited = setListItemFields(text, 'decisions', 0, [['status', 'made']]);
    assert.equal(edited, text.replace('status: open', 'status: made'));
  });

  it('reads the body line of a file with frontmatter but no trailing newline', () => {
    const reading = readFrontmatter('---\ndate: 2026-11-02\n---');
    assert.ok(reading.ok);
    assert.equal(reading.frontmatter.body, '');
    assert.equal(reading.frontmatter.bodyLine, 4);
  });
});
