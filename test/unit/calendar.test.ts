/**
 * Section 11 on a hand-written calendar (test/fixtures/calendars/week-2026-W44.ics), read in
 * Europe/Berlin for 2026-W44 (Mon Oct 26 – Sun Nov 1), the week after Europe left summer time
 * (Oct 25) and before the United States did (Nov 1):
 * - "1:1 Priya" weekly on Mondays 09:00 since Oct 19 (summer time): Oct 26 09:00 still at nine.
 *   Its Nov 2 occurrence was moved to Fri Oct 30 14:00 and renamed: in this week.
 * - "Team standup" weekdays 09:30–09:45, except Wed Oct 28: four times.
 * - "Call NY" 10:00 New York time on Oct 28 (a zone the file does not define): 15:00 in Berlin
 *   this week (5 hours apart, not the usual 6). "Sync APAC" 01:30 UTC on Oct 29: 02:30 in Berlin.
 * - Skipped: the all-day "Offsite prep day", the cancelled "Budget review", "Vendor demo" that I
 *   (ME@example.com, in capitals) declined. "Hiring debrief" declined by Lena, not by me, stays.
 * - Oct 29: "Planning" 10:00–12:00, "Quick check-in" 10:30–11:00 inside it (clipped to nothing:
 *   left out), "Architecture review" 11:00–12:30 (its last 30 minutes count).
 * - "Incident bridge" Fri 23:00 to Sat 01:00: one log of 120 minutes dated Friday. "Release watch"
 *   Sun 23:30: still this week. Sun Oct 25 23:00 and Mon Nov 2 10:00 are not.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { periodNamed } from '../../src/journal/base/periods';
import { MAX_REPEATS, calendarOccurrences } from '../../src/journal/timeAudit/calendarFile';
import { readCalendarRules, ruleFor } from '../../src/journal/timeAudit/calendarRules';
import { calendarWeek, calendarWeekJson } from '../../src/journal/timeAudit/calendarWeek';
import { localDayAndTime, momentOf } from '../../src/journal/timeAudit/zonedTime';
import { REPO } from './helpers';

const ICS = readFileSync(join(REPO, 'test', 'fixtures', 'calendars', 'week-2026-W44.ics'), 'utf8');
const W44 = periodNamed('2026-W44', 'week')!;
const { rules } = readCalendarRules([
  { match: '^1:1', tag: 'management/staffing' },
  { match: '(?i)STANDUP|planning', tag: 'management' },
  { match: 'review|debrief', tag: 'leadership/direction' },
  { match: 'NY|APAC', tag: 'leadership/alignment' },
]);

describe('a week from a calendar', () => {
  it('gives the week\'s logs, unclassified events and skipped ones, exactly as section 11', () => {
    const week = calendarWeek(ICS, { week: W44, zone: 'Europe/Berlin', me: 'me@example.com', rules });
    const log = (date: string, start: string, minutes: number, title: string, tag: string, rule: string) => ({ date, start, minutes, title, tag, rule });
    assert.deepEqual(JSON.parse(calendarWeekJson(week)), {
      week: '2026-W44',
      logs: [
        log('2026-10-26', '09:00', 30, '1:1 Priya', 'management/staffing', '^1:1'),
        log('2026-10-26', '09:30', 15, 'Team standup', 'management', '(?i)STANDUP|planning'),
        log('2026-10-27', '09:30', 15, 'Team standup', 'management', '(?i)STANDUP|planning'),
        log('2026-10-27', '15:00', 60, 'Hiring debrief', 'leadership/direction', 'review|debrief'),
        log('2026-10-28', '15:00', 60, 'Call NY', 'leadership/alignment', 'NY|APAC'),
        log('2026-10-29', '02:30', 30, 'Sync APAC', 'leadership/alignment', 'NY|APAC'),
        log('2026-10-29', '09:30', 15, 'Team standup', 'management', '(?i)STANDUP|planning'),
        log('2026-10-29', '10:00', 120, 'Planning', 'management', '(?i)STANDUP|planning'),
        log('2026-10-29', '11:00', 30, 'Architecture review', 'leadership/direction', 'review|debrief'),
        log('2026-10-30', '09:30', 15, 'Team standup', 'management', '(?i)STANDUP|planning'),
        log('2026-10-30', '14:00', 30, '1:1 Priya (moved)', 'management/staffing', '^1:1'),
      ],
      unclassified: [
        { date: '2026-10-30', start: '12:00', minutes: 60, title: 'Lunch, with Marco' },
        { date: '2026-10-30', start: '23:00', minutes: 120, title: 'Incident bridge' },
        { date: '2026-11-01', start: '23:30', minutes: 30, title: 'Release watch' },
      ],
      skipped: [
        { title: 'Offsite prep day', reason: 'all-day' },
        { title: 'Budget review', reason: 'cancelled' },
        { title: 'Vendor demo', reason: 'declined' },
      ],
    });
  });

  it('reads the same moments in another zone, and declines nothing without knowing who you are', () => {
    const week = calendarWeek(ICS, { week: W44, zone: 'America/New_York', rules: [] });
    const call = week.unclassified.find((event) => event.title === 'Call NY');
    assert.deepEqual([call?.date, call?.start], ['2026-10-28', '10:00']);
    // Without reflection.calendar.me the declined demo is an event like any other.
    assert.ok(week.unclassified.some((event) => event.title === 'Vendor demo'));
    // 09:00 in Berlin on Mon Oct 26 is 04:00 in New York (summer time there until Nov 1).
    assert.deepEqual(week.unclassified.filter((e) => e.title === '1:1 Priya').map((e) => [e.date, e.start]), [['2026-10-26', '04:00']]);
  });

  it('turns wall times into moments across daylight-saving changes', () => {
    // Berlin's skipped hour (Mar 29, 02:30 does not exist) lands after the jump; the repeated one (Oct 25, 02:30) is the first.
    assert.deepEqual(localDayAndTime(momentOf({ year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0 }, 'Europe/Berlin'), 'UTC'), { date: '2026-03-29', time: '01:30' });
    assert.deepEqual(localDayAndTime(momentOf({ year: 2026, month: 10, day: 25, hour: 2, minute: 30, second: 0 }, 'Europe/Berlin'), 'UTC'), { date: '2026-10-25', time: '00:30' });
    assert.deepEqual(localDayAndTime(Date.UTC(2026, 10, 1, 5, 59), 'America/New_York'), { date: '2026-11-01', time: '01:59' });
  });

  it('refuses what is not a calendar, too large, or repeating too often, with a clear message', () => {
    const window = { zone: 'UTC', from: 0, to: Date.UTC(2027, 0, 1) };
    assert.throws(() => calendarOccurrences('hello', window), /^Error: it is not a calendar \(iCalendar\) file/);
    assert.throws(() => calendarOccurrences('BEGIN:VCARD\r\nEND:VCARD\r\n', window), /no BEGIN:VCALENDAR/);
    assert.throws(() => calendarOccurrences('x'.repeat(32 * 1024 * 1024 + 1), window), /larger than 32 MB/);
    const dense = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Tick\r\nDTSTART:20000101T000000Z\r\nDTEND:20000101T000001Z\r\nRRULE:FREQ=MINUTELY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    assert.throws(() => calendarOccurrences(dense, window), new RegExp(`"Tick" repeats more than ${MAX_REPEATS} times`));
  });

  it('reads what breaks other readers quickly: a zone changing every minute, an event of 400 days, a rule it cannot read', () => {
    const calendar = (body: string) => `BEGIN:VCALENDAR\r\n${body}END:VCALENDAR\r\n`;
    const event = (uid: string, body: string) => `BEGIN:VEVENT\r\nUID:${uid}\r\n${body}END:VEVENT\r\n`;
    const spin = 'BEGIN:VTIMEZONE\r\nTZID:Spin\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=MINUTELY\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n';
    const started = Date.now();
    const week = calendarWeek(calendar(spin
      + event('a', 'SUMMARY:In Spin\r\nDTSTART;TZID=Spin:20261118T100000\r\nDTEND;TZID=Spin:20261118T110000\r\n')
      + event('b', 'SUMMARY:Sabbatical\r\nDTSTART:20261120T090000Z\r\nDURATION:P400D\r\n')), { week: periodNamed('2026-W47', 'week')!, zone: 'UTC', rules: [] });
    assert.ok(Date.now() - started < 5_000, 'a minutely zone definition is not expanded');
    // The zone is not used: its wall time is read in the local zone (UTC here). The long event counts up to Sunday midnight.
    assert.deepEqual(week.unclassified.map((e) => [e.title, e.date, e.start, e.minutes]), [
      ['In Spin', '2026-11-18', '10:00', 60],
      ['Sabbatical', '2026-11-20', '09:00', (2 * 24 + 15) * 60],
    ]);
    assert.throws(() => calendarWeek(calendar(event('c', 'SUMMARY:Odd\r\nDTSTART:20261117T100000Z\r\nRRULE:FREQ=DAILY;BYDAY=XX\r\n')), { week: W44, zone: 'UTC', rules: [] }),
      /invalid BYDAY value "XX"/);
  });

  it('reads two series that share a uid, and a change that does not say which occurrence it changes, each on its own', () => {
    const calendar = (body: string) => `BEGIN:VCALENDAR\r\n${body}END:VCALENDAR\r\n`;
    const event = (body: string) => `BEGIN:VEVENT\r\nUID:same@example.com\r\n${body}END:VEVENT\r\n`;
    const week = calendarWeek(calendar(event('SUMMARY:One\r\nDTSTART:20261117T090000Z\r\nDURATION:PT1H\r\n')
      + event('SUMMARY:Two\r\nDTSTART:20261118T090000Z\r\nDURATION:PT30M\r\n')
      + event('SUMMARY:Three\r\nRECURRENCE-ID:\r\nDTSTART:20261119T090000Z\r\nDURATION:PT15M\r\n')), { week: periodNamed('2026-W47', 'week')!, zone: 'UTC', rules: [] });
    assert.deepEqual(week.unclassified.map((e) => [e.title, e.date, e.minutes]), [['One', '2026-11-17', 60], ['Two', '2026-11-18', 30], ['Three', '2026-11-19', 15]]);
  });

  it('matches rules in order, on RE2, and says which rules cannot be used', () => {
    assert.equal(ruleFor(rules, '1:1 Marco')?.tag, 'management/staffing');
    assert.equal(ruleFor(rules, 'Sprint planning')?.match, '(?i)STANDUP|planning');
    assert.equal(ruleFor(rules, 'Lunch'), undefined);
    const read = readCalendarRules([{ match: '(?<=a)b', tag: 'management' }, { match: 'x', tag: 'sales' }, { match: 3 }, { match: '(a+)+$', tag: 'leadership' }]);
    assert.deepEqual(read.rules.map((rule) => rule.match), ['(a+)+$']);
    assert.equal(read.problems.length, 3);
    assert.match(read.problems[0], /^calendar rule 1: "\(\?<=a\)b" cannot be used .* look-around and back-references are not supported$/);
    assert.match(read.problems[1], /^calendar rule 2: log time as management or leadership/);
    // A pattern that backtracks for ever in JavaScript runs in linear time here.
    assert.equal(ruleFor(read.rules, `${'a'.repeat(5000)}!`), undefined);
    assert.deepEqual(readCalendarRules({ match: 'x' }).problems, ['calendarRules must be a list of { "match": "…", "tag": "…" }']);
  });
});
