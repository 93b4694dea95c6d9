/**
 * People named in an entry (PRODUCT.md section 10): `person: Priya` on a one-on-one, `people:
 * [Priya, Marco]` on any entry (a list, or one line split on commas). A name is matched by its
 * key — trimmed, runs of blanks made one space, lower case — so `priya`, ` Priya ` and `PRIYA`
 * are one person; `me` is you, never a person.
 */
import { detach } from '../base/strings';
import { preview } from '../text/boundedValue';

/** Longer "names" are not names (a pasted paragraph): ignored with a warning. */
export const MAX_NAME_CHARS = 80;
/** More names on one entry are not read (a team of a hundred is named as a group, not one by one). */
export const MAX_PEOPLE = 100;

/** The key two spellings of one name share. Linear in the name's length. */
export function nameKey(name: string): string {
  return name.trim().split(/\s+/).join(' ').toLowerCase();
}

/** The key of "me" (in any case): a decision you own, not someone you lead. */
export const ME = 'me';

/** Whether a name is you (`me`, in any case): a decision you own, not someone you lead. */
export function isMe(name: string): boolean {
  return nameKey(name) === ME;
}

type Warn = (key: string, message: string) => void;

/** A name as it is shown: trimmed, blanks collapsed; undefined (and a warning) when it is not a name. */
function readName(value: unknown, key: string, warn: Warn): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') {
    warn(key, `${key}: ${preview(value)} is not a name; it was ignored`);
    return undefined;
  }
  const text = String(value);
  const name = text.length > 4 * MAX_NAME_CHARS ? text : text.trim().split(/\s+/).join(' ');
  if (name.length > MAX_NAME_CHARS) {
    warn(key, `${key}: ${preview(value)} is longer than ${MAX_NAME_CHARS} characters, not a name; it was ignored`);
    return undefined;
  }
  return name === '' ? undefined : detach(name);
}

/** `person:` — one name, or none. */
export function readPerson(value: unknown, warn: Warn): string | undefined {
  return value === undefined || value === null || value === '' ? undefined : readName(value, 'person', warn);
}

/** `people:` — names, each once (by key), in the order written. */
export function readPeople(value: unknown, warn: Warn): string[] {
  if (value === undefined || value === null) {
    return [];
  }
  const raw: unknown[] = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [value];
  const seen = new Set<string>();
  const names: string[] = [];
  for (const item of raw) {
    if (names.length === MAX_PEOPLE) {
      warn('people', `more than ${MAX_PEOPLE} people are named; the rest were ignored`);
      break;
    }
    const name = item === null ? undefined : readName(item, 'people', warn);
    if (name && !seen.has(nameKey(name))) {
      seen.add(nameKey(name));
      names.push(name);
    }
  }
  return names;
}
