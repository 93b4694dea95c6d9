import * as assert from 'node:assert/strict';
import {
  addDays, addMonths, daysBetween, fromParts, isoWeekLabel, isoWeekOf, isoWeekStart, isoWeekday, localToday, monthLabel, parseCalendarDate, quarterLabel,
} from '../../src/journal/base/dates';
import { day } from './helpers';

/** Weeks in an ISO week-year: 53 when Dec 28 falls in week 53 (the rule the code follows). */
const isoWeeksInYear = (weekYear: number): number => isoWeekOf(fromParts(weekYear, 12, 28)).week;

describe('calendar dates', () => {
  it('reads YYYY-MM-DD and the date part of a date-time as written, ignoring any offset', () => {
    assert.equal(parseCalendarDate('2026-11-21'), '2026-11-21');
    assert.equal(parseCalendarDate('2026-11-21T23:30:00-05:00'), '2026-11-21');
    assert.equal(parseCalendarDate('2026-11-21T01:00:00+14:00'), '2026-11-21');
    assert.equal(parseCalendarDate('2026-11-21 08:15'), '2026-11-21');
    assert.equal(parseCalendarDate('  2026-11-21  '), '2026-11-21');
  });

  it('refuses days that do not exist and text that is not a date', () => {
    for (const text of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '26-11-21', '2026/11/21', '2026-11-211', 'November', '', '0000-01-01', '10000-01-01']) {
      assert.equal(parseCalendarDate(text), undefined, text);
    }
  });

  it('knows leap days', () => {
    assert.equal(parseCalendarDate('2024-02-29'), '2024-02-29');
    assert.equal(parseCalendarDate('2000-02-29'), '2000-02-29');
    assert.equal(parseCalendarDate('2100-02-29'), undefined);
    assert.equal(addDays(day('2024-02-28'), 1), '2024-02-29');
    assert.equal(addDays(day('2023-02-28'), 1), '2023-03-01');
  });

  it('does arithmetic across months and years without drifting', () => {
    assert.equal(addDays(day('2026-12-31'), 1), '2027-01-01');
    assert.equal(addDays(day('2026-03-01'), -1), '2026-02-28');
    assert.equal(daysBetween(day('2026-01-01'), day('2027-01-01')), 365);
    assert.equal(daysBetween(day('2024-01-01'), day('2025-01-01')), 366);
    // Days around a daylight-saving change in most zones are still whole days apart.
    assert.equal(daysBetween(day('2026-03-28'), day('2026-03-30')), 2);
    assert.equal(addMonths(day('2026-01-31'), 1), '2026-02-28');
    assert.equal(addMonths(day('2024-03-31'), -1), '2024-02-29');
    assert.equal(addMonths(day('2026-01-15'), -1), '2025-12-15');
  });

  it('takes "today" from the local clock', () => {
    assert.equal(localToday(new Date(2026, 10, 21, 23, 59)), '2026-11-21');
    assert.equal(localToday(new Date(2026, 0, 1, 0, 0)), '2026-01-01');
  });

  it('labels months and quarters', () => {
    assert.equal(monthLabel(day('2026-11-21')), '2026-11');
    assert.equal(quarterLabel(day('2026-11-21')), '2026-Q4');
    assert.equal(quarterLabel(day('2026-01-01')), '2026-Q1');
    assert.equal(quarterLabel(day('2026-06-30')), '2026-Q2');
    assert.equal(quarterLabel(day('2026-07-01')), '2026-Q3');
  });
});

describe('ISO weeks', () => {
  const week = (text: string): string => isoWeekLabel(isoWeekOf(day(text)));

  it('starts weeks on Monday', () => {
    assert.equal(isoWeekday(day('2026-11-16')), 1);
    assert.equal(isoWeekday(day('2026-11-22')), 7);
    assert.equal(week('2026-11-16'), '2026-W47');
    assert.equal(week('2026-11-22'), '2026-W47');
    assert.equal(week('2026-11-23'), '2026-W48');
  });

  it('puts early January days in the previous week-year and late December days in the next', () => {
    assert.equal(week('2027-01-01'), '2026-W53');
    assert.equal(week('2027-01-03'), '2026-W53');
    assert.equal(week('2027-01-04'), '2027-W01');
    assert.equal(week('2024-12-30'), '2025-W01');
    assert.equal(week('2025-12-29'), '2026-W01');
    assert.equal(week('2021-01-03'), '2020-W53');
    assert.equal(week('2022-01-02'), '2021-W52');
  });

  it('knows which years have a week 53', () => {
    assert.equal(isoWeeksInYear(2020), 53);
    assert.equal(isoWeeksInYear(2026), 53);
    assert.equal(isoWeeksInYear(2032), 53);
    assert.equal(isoWeeksInYear(2025), 52);
    assert.equal(isoWeeksInYear(2027), 52);
  });

  it('finds the Monday of a week, also across a year boundary', () => {
    assert.equal(isoWeekStart({ weekYear: 2026, week: 47 }), '2026-11-16');
    assert.equal(isoWeekStart({ weekYear: 2026, week: 53 }), '2026-12-28');
    assert.equal(isoWeekStart({ weekYear: 2025, week: 1 }), '2024-12-30');
  });

  it('agrees with itself for every day of a decade', () => {
    let date = day('2020-01-01');
    while (date < '2031-01-01') {
      const w = isoWeekOf(date);
      const start = isoWeekStart(w);
      assert.ok(daysBetween(start, date) >= 0 && daysBetween(start, date) < 7, `${date} in ${isoWeekLabel(w)}`);
      assert.ok(w.week >= 1 && w.week <= isoWeeksInYear(w.weekYear), date);
      date = addDays(date, 1);
    }
  });
});
