/**
 * Who you work with, from the journal (PRODUCT.md section 10): each person named in a `person`,
 * a `people` list or a decision's `owner`, with their one-on-ones, what is still open with them
 * and how many entries name them. One pass over the entries; a name is matched by its key.
 */
import { type CalendarDate, daysBetween } from '../base/dates';
import type { Entry } from '../entries/entry';
import { ME, nameKey } from '../entries/personNames';
import { ONE_ON_ONE } from '../writing/entryNames';

/** One-on-ones in this many days up to as-of are "recent"; someone named in them is "seen". */
export const RECENT_DAYS = 90;

export interface PersonRow {
  /** The first spelling seen (in date order). */
  readonly name: string;
  readonly oneOnOnes: number;
  readonly lastOneOnOne: CalendarDate | null;
  readonly daysSince: number | null;
  readonly recentOneOnOnes: number;
  readonly openFollowUps: number;
  readonly openDecisions: number;
  readonly overdueDecisions: number;
  readonly entries: number;
  /** Not in the JSON: the last one-on-one's path, and the last day an entry named them. */
  readonly lastOneOnOnePath: string | null;
  readonly lastSeen: CalendarDate;
}

export interface PeopleReport {
  readonly asOf: CalendarDate;
  readonly people: readonly PersonRow[];
}

type Tally = { -readonly [K in keyof PersonRow]: PersonRow[K] };

/** Everyone named in entries dated up to `asOf`; `entries` in date order, as the index keeps them. */
export function peopleReport(entries: readonly Entry[], asOf: CalendarDate): PeopleReport {
  const tallies = new Map<string, Tally>();
  // Names repeat from entry to entry: each spelling is normalized once.
  const keys = new Map<string, string>();
  const keyOf = (name: string): string => {
    let key = keys.get(name);
    if (key === undefined) {
      key = nameKey(name);
      keys.set(name, key);
    }
    return key;
  };
  const tallyOf = (name: string, date: CalendarDate): Tally | undefined => {
    const key = keyOf(name);
    if (key === ME) {
      return undefined;
    }
    let tally = tallies.get(key);
    if (!tally) {
      tally = {
        name, oneOnOnes: 0, lastOneOnOne: null, daysSince: null, recentOneOnOnes: 0, openFollowUps: 0,
        openDecisions: 0, overdueDecisions: 0, entries: 0, lastOneOnOnePath: null, lastSeen: date,
      };
      tallies.set(key, tally);
    }
    return tally;
  };
  // The entry each person was last counted in: an entry counts once per person however often it names them.
  const countedIn = new Map<Tally, number>();
  const note = (name: string, entry: Entry, at: number): Tally | undefined => {
    const tally = tallyOf(name, entry.date);
    if (tally) {
      if (countedIn.get(tally) !== at) {
        countedIn.set(tally, at);
        tally.entries++;
      }
      tally.lastSeen = tally.lastSeen > entry.date ? tally.lastSeen : entry.date;
    }
    return tally;
  };
  // Indexed loops, no list or closure per entry: this runs over the whole journal on every change.
  for (let at = 0; at < entries.length; at++) {
    const entry = entries[at];
    if (entry.date > asOf) {
      continue;
    }
    const person = entry.person === undefined ? undefined : note(entry.person, entry, at);
    if (person && entry.type === ONE_ON_ONE) {
      person.oneOnOnes++;
      person.recentOneOnOnes += daysBetween(entry.date, asOf) < RECENT_DAYS ? 1 : 0;
      person.openFollowUps += entry.followUps.length;
      if (person.lastOneOnOne === null || entry.date >= person.lastOneOnOne) {
        person.lastOneOnOne = entry.date;
        person.lastOneOnOnePath = entry.path;
      }
    }
    for (let p = 0; p < entry.people.length; p++) {
      note(entry.people[p], entry, at);
    }
    for (let d = 0; d < entry.decisions.length; d++) {
      const decision = entry.decisions[d];
      const owner = decision.owner === null ? undefined : note(decision.owner, entry, at);
      if (owner && decision.status === 'open') {
        owner.openDecisions++;
        owner.overdueDecisions += decision.due !== null && decision.due < asOf ? 1 : 0;
      }
    }
  }
  const people = [...tallies.values()].map((tally) => ({ ...tally, daysSince: tally.lastOneOnOne === null ? null : daysBetween(tally.lastOneOnOne, asOf) }));
  // Longest since the last one-on-one first; people never met in one last; then by name.
  people.sort((a, b) => (b.daysSince ?? -1) - (a.daysSince ?? -1) || (keyOf(a.name) < keyOf(b.name) ? -1 : keyOf(a.name) > keyOf(b.name) ? 1 : 0));
  return { asOf, people };
}

/** Exactly `reflection-journal people --json`. */
export function peopleJson(report: PeopleReport): string {
  return JSON.stringify({
    asOf: report.asOf,
    people: report.people.map((row) => ({
      name: row.name, oneOnOnes: row.oneOnOnes, lastOneOnOne: row.lastOneOnOne, daysSince: row.daysSince,
      recentOneOnOnes: row.recentOneOnOnes, openFollowUps: row.openFollowUps, openDecisions: row.openDecisions,
      overdueDecisions: row.overdueDecisions, entries: row.entries,
    })),
  }, null, 2);
}

/**
 * People whose one-on-one is overdue: they have had one, the last was more than `cadenceDays` ago,
 * and an entry named them in the last 90 days (someone not named for three months has likely
 * moved on: no nudge).
 */
export function oneOnOnesOverdue(report: PeopleReport, cadenceDays: number): PersonRow[] {
  return report.people.filter((row) => row.daysSince !== null && row.daysSince > cadenceDays
    && daysBetween(row.lastSeen, report.asOf) < RECENT_DAYS);
}

/** Names to offer, most recently seen first (then by name). */
export function knownNames(report: PeopleReport): string[] {
  return [...report.people]
    .sort((a, b) => (a.lastSeen > b.lastSeen ? -1 : a.lastSeen < b.lastSeen ? 1 : nameKey(a.name) < nameKey(b.name) ? -1 : 1))
    .map((row) => row.name);
}

/** A name as the journal first spelled it (`priya` → `Priya`), else as given with its blanks tidied. */
export function spelledAsKnown(entries: readonly Entry[], name: string): string {
  const key = nameKey(name);
  const named = (candidate: string | null | undefined): boolean => candidate !== null && candidate !== undefined && nameKey(candidate) === key;
  for (const entry of entries) {
    const found = [entry.person, ...entry.people, ...entry.decisions.map((d) => d.owner)].find(named);
    if (found) {
      return found;
    }
  }
  return name.trim().split(/\s+/).join(' ');
}
