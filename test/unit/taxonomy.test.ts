import * as assert from 'node:assert/strict';
import { Taxonomy, validTargetShare } from '../../src/journal/balance/taxonomy';

describe('the taxonomy', () => {
  const taxonomy = Taxonomy.default;

  it('maps the default tags to their side', () => {
    for (const tag of ['management', 'planning', 'organizing', 'staffing', 'directing', 'controlling']) {
      assert.equal(taxonomy.sideOf(tag), 'management', tag);
    }
    for (const tag of ['leadership', 'direction', 'alignment', 'motivation', 'uncertainty']) {
      assert.equal(taxonomy.sideOf(tag), 'leadership', tag);
    }
  });

  it('compares lowercase without a leading #, and counts side/facet for its side', () => {
    assert.equal(taxonomy.sideOf('#Planning'), 'management');
    assert.equal(taxonomy.sideOf('leadership/alignment'), 'leadership');
    assert.equal(taxonomy.sideOf('Management/Hiring'), 'management');
    assert.equal(taxonomy.sideOf('alignment/x'), undefined);
    assert.equal(taxonomy.sideOf('offsite'), undefined);
    assert.equal(taxonomy.sideOf('/leadership'), undefined);
  });

  it('takes the user\'s additions and overrides, and "none" takes a tag out', () => {
    const { taxonomy: custom, ignored } = Taxonomy.withOverrides({
      '#Hiring': 'management', planning: 'leadership', uncertainty: 'none', weird: 'both', '': 'management',
    });
    assert.equal(custom.sideOf('hiring'), 'management');
    assert.equal(custom.sideOf('planning'), 'leadership');
    assert.equal(custom.sideOf('uncertainty'), undefined);
    assert.deepEqual(ignored, ['weird']);
    assert.equal(Taxonomy.default.sideOf('planning'), 'management', 'the default is unchanged');
  });

  it('ignores a taxonomy setting that is not an object', () => {
    assert.equal(Taxonomy.withOverrides(['x']).taxonomy.sideOf('planning'), 'management');
    assert.equal(Taxonomy.withOverrides('x').ignored.length, 0);
  });

  it('accepts a target share from 0 to 1 only', () => {
    assert.equal(validTargetShare(0.4), 0.4);
    assert.equal(validTargetShare(0), 0);
    assert.equal(validTargetShare(1.2), undefined);
    assert.equal(validTargetShare('0.4'), undefined);
  });
});
