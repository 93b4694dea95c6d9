/**
 * "Who is it with?" for a new one-on-one: the people the journal knows, seen most recently first,
 * each with when the last one-on-one was; or a new name typed in.
 */
import { nameKey } from '../journal/entries/personNames';
import { knownNames, peopleReport, spelledAsKnown } from '../journal/people/peopleReport';
import { currentDay } from '../workspace/clock';
import type { JournalService } from '../workspace/journalService';
import { pickOrType } from './pickOrType';

/** A person's name, picked or typed; undefined when cancelled. */
export async function askPerson(service: JournalService, title: string): Promise<string | undefined> {
  const context = await service.context();
  const report = peopleReport(context?.entries ?? [], currentDay());
  const rows = new Map(report.people.map((row) => [nameKey(row.name), row]));
  const names = knownNames(report);
  const known = new Set(names.map(nameKey));
  return pickOrType<string>({
    title,
    placeholder: names.length > 0 ? 'Who is it with? Pick someone, or type a new name' : 'Who is it with? Type their name',
    presets: names.map((name) => {
      const row = rows.get(nameKey(name))!;
      const last = row.daysSince === null ? 'no one-on-one yet' : row.daysSince === 0 ? 'last one-on-one today' : `last one-on-one ${row.daysSince} ${row.daysSince === 1 ? 'day' : 'days'} ago`;
      return { label: name, value: name, description: last };
    }),
    // A new name goes after the known ones that match the typing, so "Pri" + Enter still picks Priya.
    read: (typed) => (known.has(nameKey(typed)) ? undefined : {
      label: `$(person-add) ${typed.trim().split(/\s+/).join(' ')}`, value: typed, detail: 'someone new',
      last: names.some((name) => nameKey(name).includes(nameKey(typed))),
    }),
  });
}

/** A name as the journal already spells it (`priya` → `Priya`), else as given, trimmed. */
export async function knownSpelling(service: JournalService, name: string): Promise<string> {
  return spelledAsKnown((await service.context())?.entries ?? [], name);
}
