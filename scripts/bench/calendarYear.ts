/**
 * The calendar import on a year of a busy manager's calendar: ~45 meetings a week as single
 * events, twelve repeating series (daily standups, weekly one-on-ones, a fortnightly review) with
 * moved and cancelled occurrences, all in a zone the file defines. Measures reading the whole
 * export and proposing one week (what Import Calendar Week and `log --from-ics` do), median of runs.
 */
import { periodNamed } from '../../src/journal/base/periods';
import { readCalendarRules } from '../../src/journal/timeAudit/calendarRules';
import { calendarWeek } from '../../src/journal/timeAudit/calendarWeek';

const ZONE = `BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n`;
const TITLES = ['1:1 Priya', '1:1 Marco', 'Hiring: interview', 'Planning', 'Roadmap review', 'Vendor call', 'Architecture forum', 'Budget', 'Incident review', 'Customer call', 'Offsite prep'];

const stamp = (day: Date, hour: number, minute: number): string =>
  `${day.toISOString().slice(0, 10).replace(/-/g, '')}T${String(hour).padStart(2, '0')}${String(minute).padStart(2, '0')}00`;

/** The export's text: about 2,300 single events and 12 series over 2026. */
export function busyYear(): string {
  const events: string[] = [];
  let uid = 0;
  const add = (lines: string[]) => events.push(['BEGIN:VEVENT', `UID:${uid++}@bench`, 'DTSTAMP:20260101T000000Z', ...lines, 'END:VEVENT'].join('\r\n'));
  for (let day = new Date(Date.UTC(2026, 0, 5)); day.getUTCFullYear() === 2026; day = new Date(day.getTime() + 86_400_000)) {
    const weekday = day.getUTCDay();
    for (let slot = 0; weekday >= 1 && weekday <= 5 && slot < 9; slot++) {
      const hour = 9 + slot;
      add([`SUMMARY:${TITLES[(uid * 7) % TITLES.length]} ${uid % 97}`, `DTSTART;TZID=Europe/Berlin:${stamp(day, hour, slot % 2 ? 30 : 0)}`,
        `DTEND;TZID=Europe/Berlin:${stamp(day, hour + 1, 0)}`, ...(uid % 23 === 0 ? ['STATUS:CANCELLED'] : [])]);
    }
  }
  const first = new Date(Date.UTC(2026, 0, 5));
  for (let series = 0; series < 12; series++) {
    const rule = series < 4 ? 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' : series < 10 ? 'FREQ=WEEKLY' : 'FREQ=WEEKLY;INTERVAL=2';
    const start = stamp(new Date(first.getTime() + series * 86_400_000), 8, series * 4);
    add([`SUMMARY:${series < 4 ? 'Team standup' : `1:1 series ${series}`}`, `DTSTART;TZID=Europe/Berlin:${start}`,
      `DTEND;TZID=Europe/Berlin:${start.slice(0, 11)}${String(series * 4 + 15).padStart(2, '0')}00`, `RRULE:${rule}`]);
    const seriesUid = uid - 1;
    for (let moved = 1; moved <= 4; moved++) {
      const original = new Date(first.getTime() + (series + moved * 35) * 86_400_000);
      events.push(['BEGIN:VEVENT', `UID:${seriesUid}@bench`, `RECURRENCE-ID;TZID=Europe/Berlin:${stamp(original, 8, series * 4)}`,
        `SUMMARY:Moved ${series}`, `DTSTART;TZID=Europe/Berlin:${stamp(original, 16, 0)}`, `DTEND;TZID=Europe/Berlin:${stamp(original, 16, 30)}`,
        ...(moved === 4 ? ['STATUS:CANCELLED'] : []), 'END:VEVENT'].join('\r\n'));
    }
  }
  return `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n${ZONE}${events.join('\r\n')}\r\nEND:VCALENDAR\r\n`;
}

export interface CalendarResult {
  readonly bytes: number;
  readonly events: number;
  /** Median ms to read the whole export and propose one week (a late-year week: the series expand furthest). */
  readonly weekMs: number;
  readonly logs: number;
}

export function measureCalendarYear(runs: number): CalendarResult {
  const text = busyYear();
  const { rules } = readCalendarRules([{ match: '^1:1', tag: 'management/staffing' }, { match: '(?i)standup|planning', tag: 'management' }, { match: 'review|forum', tag: 'leadership' }]);
  const week = periodNamed('2026-W50', 'week')!;
  const times: number[] = [];
  let logs = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    logs = calendarWeek(text, { week, zone: 'Europe/Berlin', rules }).logs.length;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { bytes: text.length, events: (text.match(/BEGIN:VEVENT/g) ?? []).length, weekMs: times[Math.floor(times.length / 2)], logs };
}

if (require.main === module) {
  const result = measureCalendarYear(Number(process.argv[2] ?? 7));
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
