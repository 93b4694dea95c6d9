import * as assert from 'node:assert/strict';
import { betReport } from '../../src/journal/decisions/bets';
import { journal } from './decisionJournal';
import { day } from './helpers';

describe('bets', () => {
  it('are due from their revisit day until they have an outcome', () => {
    assert.deepEqual(betReport(journal, day('2026-11-21')).map((b) => [b.bet, b.dueDays]), [
      ['Pairing replaces code review for juniors', 0],
      ['Weekly demo keeps product close', null],
      ['Fewer meetings on Fridays', null],
    ]);
    assert.equal(betReport(journal, day('2026-11-20'))[0].dueDays, null);
  });
});
