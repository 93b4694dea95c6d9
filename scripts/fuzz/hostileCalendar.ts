/**
 * Hostile calendars for the fuzz suite: the sample week mutated at random, plus the shapes that
 * break calendar readers — a rule repeating every second since 1970, a zone definition repeating
 * every minute, thousands of nested components, a megabyte title, an unknown zone, an event ending
 * before it starts — and calendar rules that would backtrack for ever in a JavaScript engine.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../paths';
import { type Random, mutate } from './hostileJournal';

const event = (body: string): string => `BEGIN:VEVENT\r\nUID:${body.length}@fuzz\r\n${body}END:VEVENT\r\n`;

const SHAPES: ReadonlyArray<(large: boolean) => string> = [
  () => event('SUMMARY:Tick\r\nDTSTART:19700101T000000Z\r\nDTEND:19700101T000001Z\r\nRRULE:FREQ=SECONDLY\r\n'),
  () => `BEGIN:VTIMEZONE\r\nTZID:Spin\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=MINUTELY\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n${event('SUMMARY:In Spin\r\nDTSTART;TZID=Spin:20261118T100000\r\nDTEND;TZID=Spin:20261118T110000\r\n')}`,
  (large) => `${'BEGIN:VEVENT\r\n'.repeat(large ? 200_000 : 20_000)}${'END:VEVENT\r\n'.repeat(large ? 200_000 : 20_000)}`,
  (large) => event(`SUMMARY:${'1:1 '.repeat(large ? 250_000 : 25_000)}\r\nDTSTART:20261117T090000Z\r\nDTEND:20261117T100000Z\r\n`),
  () => event('SUMMARY:Nowhere\r\nDTSTART;TZID=Mars/Olympus:20261117T090000\r\nDTEND;TZID=Mars/Olympus:20261117T100000\r\n'),
  () => event('SUMMARY:Backwards\r\nDTSTART:20261117T100000Z\r\nDTEND:20261117T090000Z\r\nRRULE:FREQ=DAILY;COUNT=-5;BYDAY=XX\r\n'),
  () => event('SUMMARY:Exception only\r\nRECURRENCE-ID:20261117T090000Z\r\nDTSTART:20261117T090000Z\r\nDURATION:P400D\r\n'),
];

/** Writes `calendar.ics` and the workspace settings with calendar rules into `scratch`; returns the calendar's path. */
export function writeHostileCalendar(scratch: string, next: Random, large: boolean): string {
  const sample = readFileSync(join(REPO, 'sample', 'calendar-2026-W47.ics'), 'utf8');
  const body = sample.slice(0, sample.lastIndexOf('END:VCALENDAR'));
  const extra = SHAPES.filter(() => next() < 0.4).map((shape) => shape(large)).join('');
  const text = next() < 0.5 ? mutate(`${body}${extra}END:VCALENDAR\r\n`, next) : `${body}${extra}END:VCALENDAR\r\n`;
  const path = join(scratch, 'calendar.ics');
  writeFileSync(path, text);
  return path;
}

/** Calendar rules in every shape: catastrophic patterns, look-around, wrong types, a thousand rules. */
export function hostileCalendarRules(next: Random): unknown {
  const rules: unknown[] = [
    { match: '(a+)+$', tag: 'management' }, { match: '(x|x)*y', tag: 'leadership' }, { match: '(?<=1):1', tag: 'management' },
    { match: '(?i)standup', tag: 'management/controlling' }, { match: '^1:1', tag: 'management/staffing' },
    { match: 42, tag: 'leadership' }, { match: '[', tag: 'leadership' }, { match: 'x', tag: '../../etc' }, null, 'text',
  ];
  return next() < 0.2 ? Array.from({ length: 1_000 }, (_, i) => ({ match: `${'a?'.repeat(30)}${i}`, tag: 'management' })) : rules.filter(() => next() < 0.8);
}
