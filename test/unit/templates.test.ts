import * as assert from 'node:assert/strict';
import { parseCalendarDate } from '../../src/journal/base/dates';
import { readEntry } from '../../src/journal/entries/entry';
import { builtinTemplates, loadTemplates, renderTemplate, templateVariables } from '../../src/journal/writing/templates';
import * as yaml from 'js-yaml';
import { yamlScalar } from '../../src/journal/text/yamlText';
import { MemoryJournalFiles } from './memoryFiles';

const date = parseCalendarDate('2026-11-21')!;

describe('templates', () => {
  it('offers the six built-ins, each a valid entry of its type once rendered', () => {
    const templates = builtinTemplates();
    assert.deepEqual(templates.map((t) => [t.type, t.period]), [
      ['monthly-reflection', 'month'], ['after-action-review', 'none'], ['leadership-moments', 'week'],
      ['one-on-one', 'none'], ['quarterly-review', 'quarter'], ['yearly-review', 'year'],
    ]);
    for (const template of templates) {
      const { text } = renderTemplate(template.source, templateVariables(date, 'Launch: day 2 #ops'));
      const reading = readEntry('x.md', text);
      assert.deepEqual(reading.findings, [], template.type);
      assert.equal(reading.entry?.type, template.type);
      assert.equal(reading.entry?.date, '2026-11-21');
      assert.ok(reading.entry!.tags.length > 0, `${template.type} has a tags choice`);
      assert.ok(!text.includes('{{'), `${template.type} has no unfilled variables`);
      assert.ok(!text.includes('\r') && text.endsWith('\n'), `${template.type} ends with LF`);
    }
    // A one-on-one names whom it is with, from its title.
    const oneOnOne = builtinTemplates().find((t) => t.type === 'one-on-one')!;
    assert.equal(readEntry('x.md', renderTemplate(oneOnOne.source, templateVariables(date, 'Priya')).text).entry?.person, 'Priya');
  });

  it('has hours in the weekly and monthly templates (the reviews have none: their weeks already count)', () => {
    for (const template of builtinTemplates().filter((t) => t.period === 'week' || t.period === 'month')) {
      const { text } = renderTemplate(template.source, templateVariables(date, ''));
      assert.deepEqual(readEntry('x.md', text).entry?.hours, { management: 0, leadership: 0 }, template.type);
    }
  });

  it('fills variables, and quotes a value in the frontmatter when YAML needs it', () => {
    const source = '---\ntitle: {{title}}\ndate: {{date}}\nweek: {{week}}\n---\n# {{title}} in {{monthTitle}}, {{weekStart}}–{{weekEnd}}, {{quarter}} {{unknown}}\n';
    const { text } = renderTemplate(source, templateVariables(date, 'Launch: day 2 #ops'));
    assert.equal(text, '---\ntitle: "Launch: day 2 #ops"\ndate: 2026-11-21\nweek: 2026-W47\n---\n# Launch: day 2 #ops in November 2026, 2026-11-16–2026-11-22, 2026-Q4 {{unknown}}\n');
    assert.equal(readEntry('x.md', text).entry?.title, 'Launch: day 2 #ops');
  });

  it('keeps a title with snippet characters literal', () => {
    const rendered = renderTemplate('# {{title}} ${1:x}', templateVariables(date, 'Budget $5k {draft}'));
    assert.equal(rendered.text, '# Budget $5k {draft} x');
    assert.equal(rendered.snippet, '# Budget \\$5k {draft\\} ${1:x}');
  });

  it('quotes only what YAML would read differently', () => {
    assert.equal(yamlScalar('Checkout outage'), 'Checkout outage');
    assert.equal(yamlScalar('2026-11-21'), '2026-11-21');
    for (const value of ['yes', 'null', '42', '1.5', 'a: b', '#tag', '- item', '', 'x ', '[x]', 'ça va', '0x1F']) {
      assert.equal(yamlScalar(value), JSON.stringify(value), value);
    }
    // Each value reads back as itself: as a block value, and (where it may go) in a flow list.
    for (const value of ['80%', 'Ships weekly; the other not', 'Slower, but calmer', 'a, b', ', lead', 'yes, mostly', '1, 2']) {
      assert.equal((yaml.load(`key: ${yamlScalar(value, 'block')}`) as { key: unknown }).key, value, value);
      assert.deepEqual((yaml.load(`key: [${yamlScalar(value)}]`) as { key: unknown }).key, [value], value);
    }
    assert.equal(yamlScalar('Slower, but calmer', 'block'), 'Slower, but calmer');
    assert.equal(yamlScalar('Slower, but calmer'), '"Slower, but calmer"');
  });

  it('turns CRLF in a user template into LF', () => {
    assert.equal(renderTemplate('---\r\ndate: {{date}}\r\n---\r\nhi\r\n', templateVariables(date, '')).text, '---\ndate: 2026-11-21\n---\nhi\n');
  });

  it('reads user templates from .templates: overriding a built-in, or adding a type', async () => {
    const files = new MemoryJournalFiles({
      '.templates/monthly-reflection.md': '---\ntype: monthly-reflection\ndate: {{date}}\n---\nMine\n',
      '.templates/one-on-one.md': '---\ntype: one-on-one\ndate: {{date}}\n---\n# 1:1 with {{title}}\n',
      '.templates/Bad Name.md': 'x',
      '.templates/notes.txt': 'x',
    });
    const { templates, findings } = await loadTemplates(files);
    assert.deepEqual(templates.map((t) => [t.type, t.label, t.period, t.origin === 'built-in']), [
      ['monthly-reflection', 'Monthly Reflection', 'month', false],
      ['after-action-review', 'After-Action Review', 'none', true],
      ['leadership-moments', 'Weekly Leadership Moments', 'week', true],
      ['one-on-one', 'One-on-One', 'none', false],
      ['quarterly-review', 'Quarterly Review', 'quarter', true],
      ['yearly-review', 'Yearly Review', 'year', true],
    ]);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].path, '.templates/Bad Name.md');
  });
});
