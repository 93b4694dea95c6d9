import * as assert from 'node:assert/strict';
import { parseCalendarDate } from '../../src/journal/base/dates';
import { entryPathFor, isValidEntryType, slugify } from '../../src/journal/writing/entryNames';

const date = (text: string) => parseCalendarDate(text)!;

describe('entry names', () => {
  it('puts monthly reflections under the calendar year', () => {
    assert.equal(entryPathFor('monthly-reflection', date('2026-11-21')), '2026/2026-11-monthly-reflection.md');
  });

  it('puts weekly leadership moments under the ISO week-year', () => {
    assert.equal(entryPathFor('leadership-moments', date('2026-11-21')), '2026/2026-W47-leadership-moments.md');
    assert.equal(entryPathFor('leadership-moments', date('2027-01-02')), '2026/2026-W53-leadership-moments.md');
    assert.equal(entryPathFor('leadership-moments', date('2024-12-31')), '2025/2025-W01-leadership-moments.md');
    assert.equal(entryPathFor('leadership-moments', date('2026-01-05')), '2026/2026-W02-leadership-moments.md');
  });

  it('names after-action reviews and custom types by day and title', () => {
    assert.equal(entryPathFor('after-action-review', date('2026-11-21'), 'Checkout outage'),
      '2026/2026-11-21-after-action-review-checkout-outage.md');
    assert.equal(entryPathFor('one-on-one', date('2026-11-21'), 'Priya'), '2026/2026-11-21-one-on-one-priya.md');
    assert.equal(entryPathFor('one-on-one', date('2026-11-21')), '2026/2026-11-21-one-on-one.md');
    assert.equal(entryPathFor('one-on-one', date('2026-11-21'), '!!!'), '2026/2026-11-21-one-on-one.md');
  });
});

describe('slugs', () => {
  it('are lowercase ASCII words joined by hyphens', () => {
    assert.equal(slugify('Checkout outage: day 2 (#ops)'), 'checkout-outage-day-2-ops');
    assert.equal(slugify('  --Hello,   World--  '), 'hello-world');
    assert.equal(slugify('Ünïcödé Café façade'), 'unicode-cafe-facade');
    assert.equal(slugify('Straße Øresund Œuvre Łódź'), 'strasse-oresund-oeuvre-lodz');
    assert.equal(slugify('日本語のタイトル'), '');
    assert.equal(slugify('Release 2.0 🚀 retro'), 'release-2-0-retro');
  });

  it('are at most 60 characters, cut at a word boundary', () => {
    const slug = slugify('The quarterly planning offsite where we finally agreed on the platform migration');
    assert.ok(slug.length <= 60, slug);
    assert.equal(slug, 'the-quarterly-planning-offsite-where-we-finally-agreed-on');
    assert.equal(slugify('x'.repeat(100)), 'x'.repeat(60));
  });

  it('decide which template names can become file names', () => {
    assert.ok(isValidEntryType('one-on-one'));
    assert.ok(isValidEntryType('q3review'));
    for (const bad of ['One-On-One', 'one on one', '-x', 'x-', 'a--b', '../x', '', 'é']) {
      assert.equal(isValidEntryType(bad), false, bad);
    }
  });
});
