/**
 * Reading a calendar export (`.ics`: Google Calendar, Outlook, Apple Calendar) with ical.js into
 * the occurrences near a window of time: repeating events expanded (RRULE, RDATE, EXDATE, moved or
 * changed occurrences by RECURRENCE-ID), times in the file's own zones (VTIMEZONE), in UTC or in
 * a zone the platform knows by name; all-day, cancelled and declined occurrences marked. A file
 * that is not a calendar, too large, or repeating without end too densely is refused.
 */
import ICAL from 'ical.js';
import { Refusal } from '../base/refusal';
import { MAX_CALENDAR_CHARS } from './calendarImport';
import { isKnownZone, momentOf } from './zonedTime';

/** Repetitions expanded per event before the window is reached, at most. */
export const MAX_REPEATS = 50_000;
/** A title is kept to this many characters (one line). */
export const MAX_TITLE_CHARS = 200;

export type SkipReason = 'all-day' | 'cancelled' | 'declined';

export interface CalendarOccurrence {
  readonly title: string;
  /** Milliseconds since 1970 UTC; for an all-day event, the start of its day in the local zone. */
  readonly start: number;
  readonly end: number;
  /** For an all-day event, its day as written (`2026-11-16`). */
  readonly allDayDate?: string;
  readonly skip?: SkipReason;
}

export interface CalendarWindow {
  /** The zone the person's days are in (IANA name). */
  readonly zone: string;
  /** Occurrences starting within [from, to) (milliseconds since 1970 UTC) are returned. */
  readonly from: number;
  readonly to: number;
  /** `reflection.calendar.me`: an e-mail address; its DECLINED answers skip an event. */
  readonly me?: string;
}

export class CalendarRefused extends Refusal {}

type Time = InstanceType<typeof ICAL.Time>;
type Event = InstanceType<typeof ICAL.Event>;
type Component = InstanceType<typeof ICAL.Component>;

/** The occurrences in the window, in no particular order. */
export function calendarOccurrences(text: string, window: CalendarWindow): CalendarOccurrence[] {
  if (text.length > MAX_CALENDAR_CHARS) {
    throw new CalendarRefused(`the calendar file is larger than ${MAX_CALENDAR_CHARS / 1024 / 1024} MB; export a shorter range`);
  }
  const calendars = parseCalendars(text);
  // ical.js finds a time's zone in its calendar: a zone definition that is not plain is taken out first.
  for (const calendar of calendars) {
    calendar.getAllSubcomponents('vtimezone').filter((vtimezone) => !isPlainZone(vtimezone)).forEach((vtimezone) => calendar.removeSubcomponent(vtimezone));
  }
  const added: string[] = [];
  try {
    // The file's own zone definitions, while this file is read (ical.js keeps them globally).
    for (const vtimezone of calendars.flatMap((calendar) => calendar.getAllSubcomponents('vtimezone'))) {
      const zone = new ICAL.Timezone(vtimezone);
      if (zone.tzid && !ICAL.TimezoneService.has(zone.tzid)) {
        ICAL.TimezoneService.register(zone);
        added.push(zone.tzid);
      }
    }
    const result: CalendarOccurrence[] = [];
    for (const event of events(calendars)) {
      try {
        result.push(...occurrencesOf(event, window));
      } catch (error) {
        if (error instanceof CalendarRefused) {
          throw error;
        }
        // ical.js reads a repeat rule only when it expands it: name the event that has the bad one.
        throw new CalendarRefused(`"${titleOf(event)}" cannot be read: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
    return result;
  } finally {
    added.forEach((tzid) => ICAL.TimezoneService.remove(tzid));
  }
}

function parseCalendars(text: string): Component[] {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(text);
  } catch (error) {
    throw new CalendarRefused(`it is not a calendar (iCalendar) file: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  const list = (Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
  const calendars = list.map((jcal) => new ICAL.Component(jcal as never)).filter((component) => component.name === 'vcalendar');
  if (calendars.length === 0) {
    throw new CalendarRefused('it is not a calendar (iCalendar) file: no BEGIN:VCALENDAR');
  }
  return calendars;
}

/**
 * Whether a zone definition changes its offset at most yearly, as real zones do. One that repeats
 * every minute would make ical.js expand millions of changes for one conversion: it is not used,
 * and times in it are read by the zone's name, or in the local zone.
 */
function isPlainZone(vtimezone: Component): boolean {
  return vtimezone.getAllSubcomponents().every((observance) =>
    observance.getAllProperties('rrule').every((rule) => isYearlyChange(rule.getFirstValue() as { freq?: unknown; parts?: Record<string, unknown[]> } | null))
    && observance.getAllProperties('rdate').length <= 1_000);
}

/** `FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU` and the like: one change a year, on one kind of day. */
function isYearlyChange(rule: { freq?: unknown; parts?: Record<string, unknown[]> } | null): boolean {
  const parts = rule?.parts ?? {};
  const allowed: Record<string, number> = { BYMONTH: 1, BYDAY: 1, BYMONTHDAY: 7 };
  return rule?.freq === 'YEARLY' && Object.entries(parts).every(([part, values]) => part in allowed && (values?.length ?? 0) <= allowed[part]);
}

/** Each series with its changed occurrences related; a change without its series stands alone. */
function events(calendars: readonly Component[]): Event[] {
  const byUid = new Map<string, Component[]>();
  const result: Event[] = [];
  for (const vevent of calendars.flatMap((calendar) => calendar.getAllSubcomponents('vevent'))) {
    const uid = String(vevent.getFirstPropertyValue('uid') ?? '');
    if (uid === '') {
      result.push(alone(vevent));
    } else {
      byUid.set(uid, [...(byUid.get(uid) ?? []), vevent]);
    }
  }
  for (const group of byUid.values()) {
    const master = group.find((vevent) => !vevent.hasProperty('recurrence-id'));
    // Only a change that says which occurrence it changes is related; another (a second series of
    // the same uid, an empty or unreadable RECURRENCE-ID) stands alone rather than stop the import.
    const changes = master ? group.filter((vevent) => vevent !== master && saysWhichOccurrence(vevent)) : [];
    if (master) {
      result.push(new ICAL.Event(master, { exceptions: changes }));
    }
    result.push(...group.filter((vevent) => vevent !== master && !changes.includes(vevent)).map(alone));
  }
  return result.filter((event) => event.startDate);
}

/**
 * An event read on its own: ical.js would otherwise relate every change in the calendar to it,
 * whatever its uid, and stop at the first whose RECURRENCE-ID it cannot read.
 */
function alone(vevent: Component): Event {
  return new ICAL.Event(vevent, { exceptions: [] });
}

/** Whether a change's RECURRENCE-ID can be read (ical.js throws on an empty or malformed one). */
function saysWhichOccurrence(vevent: Component): boolean {
  try {
    return Boolean(vevent.getFirstPropertyValue('recurrence-id'));
  } catch {
    return false;
  }
}

const MARGIN_MS = 32 * 86_400_000;

function occurrencesOf(event: Event, window: CalendarWindow): CalendarOccurrence[] {
  if (!event.isRecurring()) {
    const one = occurrence(event, event.startDate, event.endDate, window);
    return one ? [one] : [];
  }
  const result: CalendarOccurrence[] = [];
  const iterator = event.iterator();
  // Moved occurrences keep their original time in the series: look a month past either edge.
  for (let count = 0; ; count++) {
    const next: Time | null = iterator.next();
    if (!next || moment(next, event, window.zone) >= window.to + MARGIN_MS) {
      return result;
    }
    if (count >= MAX_REPEATS) {
      throw new CalendarRefused(`"${titleOf(event)}" repeats more than ${MAX_REPEATS} times before the week; it cannot be read`);
    }
    if (moment(next, event, window.zone) >= window.from - MARGIN_MS) {
      const details = event.getOccurrenceDetails(next);
      const one = occurrence(details.item, details.startDate, details.endDate, window);
      if (one) {
        result.push(one);
      }
    }
  }
}

function occurrence(item: Event, start: Time, end: Time, window: CalendarWindow): CalendarOccurrence | undefined {
  const title = titleOf(item);
  if (start.isDate) {
    const allDayDate = start.toString().slice(0, 10);
    const begins = momentOf({ year: start.year, month: start.month, day: start.day, hour: 0, minute: 0, second: 0 }, window.zone);
    return begins >= window.from && begins < window.to ? { title, start: begins, end: begins, allDayDate, skip: 'all-day' } : undefined;
  }
  const begins = moment(start, item, window.zone);
  if (begins < window.from || begins >= window.to) {
    return undefined;
  }
  const ends = Math.max(begins, moment(end, item, window.zone));
  const skip = statusOf(item) === 'CANCELLED' ? 'cancelled' : declinedBy(item, window.me) ? 'declined' : undefined;
  return { title, start: begins, end: ends, ...(skip ? { skip } : {}) };
}

/** When a time happens: in its own zone when the file defines it or it is UTC, else by the zone's name, else in the local zone. */
function moment(time: Time, item: Event, localZone: string): number {
  const zoneId = time.zone?.tzid;
  if (zoneId && zoneId !== 'floating') {
    return time.toUnixTime() * 1000;
  }
  const named = String(item.component.getFirstProperty('dtstart')?.getParameter('tzid') ?? '');
  const zone = named && isKnownZone(named) ? named : localZone;
  return momentOf({ year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second }, zone);
}

function titleOf(event: Event): string {
  const summary = String(event.summary ?? '').replace(/\s+/g, ' ').trim();
  return summary.length > MAX_TITLE_CHARS ? `${summary.slice(0, MAX_TITLE_CHARS - 1)}…` : summary || '(no title)';
}

function statusOf(item: Event): string {
  return String(item.component.getFirstPropertyValue('status') ?? '').toUpperCase();
}

/** Whether `me` answered DECLINED (addresses compared without `mailto:`, case-insensitively). */
function declinedBy(item: Event, me: string | undefined): boolean {
  const address = me?.trim().toLowerCase();
  if (!address) {
    return false;
  }
  return item.component.getAllProperties('attendee').some((attendee) =>
    String(attendee.getFirstValue() ?? '').replace(/^mailto:/i, '').trim().toLowerCase() === address
    && String(attendee.getParameter('partstat') ?? '').toUpperCase() === 'DECLINED');
}
