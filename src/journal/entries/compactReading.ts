/**
 * A reading made small for the index, which keeps 10,000 of them for the whole session: one shared
 * copy of each date, tag, type, name and status (a journal repeats the same few hundred), one
 * shared empty list, and the entry's path the same string as the index's key. Readings loaded from
 * a saved index (JSON.parse makes a string and a list for every occurrence) shrink the most:
 * 15 MB → 6 MB at 10,000 entries. Less kept also means less for the garbage collector to copy
 * while the journal is read, so the extension host's young generation does not grow for it.
 */
import type { Entry } from './entry';
import type { Reading } from './indexSnapshot';
import { internTag } from '../base/strings';

/** The one empty list every reading shares (frozen: nothing may add to it). */
const NONE: readonly never[] = Object.freeze([]);

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The same reading, small. Changes `reading` in place (it must be freshly read or parsed, shared
 * with nobody) and returns it, or a new one when only its findings list was replaced.
 */
export function compactReading(path: string, reading: Reading): Reading {
  const findings = reading.findings.length === 0 ? NONE : reading.findings;
  if (reading.entry) {
    compactEntry(path, reading.entry as Writable<Entry>);
  }
  return findings === reading.findings ? reading : { ...reading, findings };
}

function compactEntry(path: string, entry: Writable<Entry>): void {
  entry.path = path;
  entry.type = shared(entry.type);
  entry.date = shared(entry.date);
  entry.tags = sharedTexts(entry.tags);
  entry.inlineTags = sharedTexts(entry.inlineTags);
  entry.people = sharedTexts(entry.people);
  if (entry.person !== undefined) {
    entry.person = shared(entry.person);
  }
  entry.decisions = list(entry.decisions);
  for (const decision of entry.decisions as Array<Writable<Entry['decisions'][number]>>) {
    decision.owner = orNull(decision.owner);
    decision.due = orNull(decision.due);
    decision.decided = orNull(decision.decided);
    decision.status = shared(decision.status);
  }
  entry.bets = list(entry.bets);
  for (const bet of entry.bets as Array<Writable<Entry['bets'][number]>>) {
    bet.revisit = orNull(bet.revisit);
  }
  entry.followUps = list(entry.followUps);
  entry.timeLog = list(entry.timeLog);
  for (const item of entry.timeLog as Array<Writable<Entry['timeLog'][number]>>) {
    item.date = shared(item.date);
    item.tag = shared(item.tag);
  }
}

function list<T>(items: readonly T[]): readonly T[] {
  return items.length === 0 ? NONE : items;
}

/** The list with each text replaced by its shared copy (in place: the list is the reading's own). */
function sharedTexts(texts: readonly string[]): readonly string[] {
  if (texts.length === 0) {
    return NONE;
  }
  const own = texts as string[];
  for (let i = 0; i < own.length; i++) {
    own[i] = shared(own[i]);
  }
  return own;
}

/** The shared copy of a text, of the same type (a date stays a date). */
function shared<T extends string>(text: T): T {
  return internTag(text) as T;
}

function orNull<T extends string>(text: T | null): T | null {
  return text === null ? null : shared(text);
}
