import * as assert from 'node:assert/strict';
import { DurationError, formatMinutes, minutesToHours, parseDuration } from '../../src/journal/base/duration';

describe('durations', () => {
  it('read the ways people write them', () => {
    const cases: Array<[string, number]> = [
      ['45m', 45], ['45 min', 45], ['45 minutes', 45], ['1.5h', 90], ['1,5h', 90], ['1h30', 90], ['1h 30m', 90],
      ['1:30', 90], ['0:15', 15], ['2 hours', 120], ['90 min', 90], ['  30M ', 30], ['1.25 h', 75],
    ];
    for (const [text, minutes] of cases) {
      assert.equal(parseDuration(text), minutes, text);
    }
  });

  it('refuse what they cannot read, saying how to write it', () => {
    for (const [text, message] of [
      ['45', /needs a unit: 45m or 45h/], ['', /give a duration/], ['soon', /not a duration/], ['3x', /no unit I know/],
      ['0m', /at least a minute/], ['25h', /more than a day/], ['1h30x', /no unit/],
    ] as Array<[string, RegExp]>) {
      assert.throws(() => parseDuration(text), (error: unknown) => error instanceof DurationError && message.test((error as Error).message), text);
    }
  });

  it('are shown and stored plainly', () => {
    assert.deepEqual([formatMinutes(45), formatMinutes(60), formatMinutes(90)], ['45 min', '1 h', '1 h 30 min']);
    assert.deepEqual([minutesToHours(45), minutesToHours(20), minutesToHours(90)], [0.75, 0.3333, 1.5]);
  });
});
