import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFrontmatter } from '../../src/journal/text/frontmatter';

function data(text: string): Record<string, unknown> {
  const reading = readFrontmatter(text);
  assert.ok(reading.ok, reading.ok ? '' : reading.error.message);
  return reading.frontmatter.data;
}

function error(text: string): { line: number; message: string } {
  const reading = readFrontmatter(text);
  assert.ok(!reading.ok, 'expected a problem');
  return reading.error;
}

describe('frontmatter', () => {
  it('reads YAML between --- lines, and where the body starts', () => {
    const reading = readFrontmatter('---\ntype: after-action-review\ntags: [leadership]\n---\n# Title\n');
    assert.ok(reading.ok);
    assert.deepEqual(reading.frontmatter.data, { type: 'after-action-review', tags: ['leadership'] });
    assert.equal(reading.frontmatter.body, '# Title\n');
    assert.equal(reading.frontmatter.bodyLine, 5);
  });

  it('keeps dates as the text written, so no time zone can move them', () => {
    assert.deepEqual(data('---\ndate: 2026-11-21\nat: 2026-11-21T23:30:00-05:00\n---\n'),
      { date: '2026-11-21', at: '2026-11-21T23:30:00-05:00' });
  });

  it('reads CRLF files and a UTF-8 byte-order mark', () => {
    const reading = readFrontmatter('\ufeff---\r\ndate: 2026-11-21\r\nhours:\r\n  management: 2\r\n---\r\nBody\r\n');
    assert.ok(reading.ok);
    assert.deepEqual(reading.frontmatter.data, { date: '2026-11-21', hours: { management: 2 } });
    assert.equal(reading.frontmatter.body, 'Body\r\n');
    assert.equal(reading.frontmatter.bodyLine, 6);
  });

  it('treats a file without frontmatter, or with an empty one, as having no fields', () => {
    assert.deepEqual(data(''), {});
    assert.deepEqual(data('# Just notes\n---\nmore'), {});
    assert.deepEqual(data('---\n---\nbody'), {});
    assert.deepEqual(data('---\n# only a comment\n---\nbody'), {});
    assert.deepEqual(data('----\nnot: frontmatter\n----\n'), {});
  });

  it('names the line of broken YAML', () => {
    const problem = error('---\ntype: monthly-reflection\ntags: [leadership\ndate: 2026-11-21\n---\nbody');
    assert.match(problem.message, /not valid YAML/);
    assert.ok(problem.line >= 3 && problem.line <= 5, `line ${problem.line}`);
    const indent = error('---\ndate: 2026-11-21\n  bad: indent\n---\n');
    assert.equal(indent.line, 3);
  });

  it('refuses frontmatter that is not a mapping, or not closed', () => {
    assert.match(error('---\n- a\n- b\n---\n').message, /key: value/);
    assert.match(error('---\njust text\n---\n').message, /key: value/);
    assert.match(error('---\ndate: 2026-11-21\nno closing line\n').message, /not closed/);
  });

  it('refuses JSON, TOML and other frontmatter languages', () => {
    for (const language of ['json', 'toml', 'coffee', 'JavaScript']) {
      const problem = error(`---${language}\n{"date": "2026-11-21"}\n---\n`);
      assert.equal(problem.line, 1);
      assert.match(problem.message, /only YAML/);
    }
    assert.deepEqual(data('---yaml\ndate: 2026-11-21\n---\n'), { date: '2026-11-21' });
  });

  it('never runs a ---js block, even one that would write a file', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'rj-js-'));
    const marker = join(scratch, 'marker');
    try {
      const hostile = `---js\n{ date: (require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'), '2026-11-21') }\n---\nbody`;
      const problem = error(hostile);
      assert.match(problem.message, /never run/);
      assert.equal(readFrontmatter(hostile.replace('---js', '---javascript')).ok, false);
      assert.equal(existsSync(marker), false);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('refuses YAML tags that would build JavaScript objects', () => {
    assert.match(error('---\nrun: !!js/function "function () { return 1 }"\n---\n').message, /not valid YAML/);
  });

  it('returns fresh objects: changing one reading never leaks into the next (gray-matter caches by text)', () => {
    const text = '---\ntags: [leadership]\nhours: { management: 1 }\n---\nbody';
    const first = data(text);
    (first.tags as string[]).push('changed');
    (first.hours as Record<string, number>).management = 99;
    assert.deepEqual(data(text), { tags: ['leadership'], hours: { management: 1 } });
  });
});
