import * as assert from 'node:assert/strict';
import { periodChoices } from '../../src/journal/reviews/periodChoices';
import { day } from './helpers';

const offered = (unit: 'week' | 'month' | 'quarter' | 'year', today: string) =>
  periodChoices(unit, day(today)).map((choice) => `${choice.which} ${choice.date}`);

describe('which period a new entry is about', () => {
  it('offers this period first, and the one before', () => {
    assert.deepEqual(offered('month', '2026-11-21'), ['this 2026-11-21', 'last 2026-10-31']);
    assert.deepEqual(offered('quarter', '2026-11-21'), ['this 2026-11-21', 'last 2026-09-30']);
    assert.deepEqual(offered('week', '2026-11-23'), ['this 2026-11-23', 'last 2026-11-16']);
  });

  it('offers the period just ended first in the first five days of a month, quarter or year', () => {
    assert.deepEqual(offered('month', '2026-12-05'), ['last 2026-11-30', 'this 2026-12-05']);
    assert.deepEqual(offered('month', '2026-12-06'), ['this 2026-12-06', 'last 2026-11-30']);
    assert.deepEqual(offered('quarter', '2027-01-02'), ['last 2026-12-31', 'this 2027-01-02']);
    assert.deepEqual(offered('year', '2027-01-01'), ['last 2026-12-31', 'this 2027-01-01']);
    assert.deepEqual(offered('year', '2027-01-06'), ['this 2027-01-06', 'last 2026-12-31']);
  });
});
