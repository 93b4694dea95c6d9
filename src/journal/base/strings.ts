/**
 * Strings kept for a long time (in the index) must not point into file texts. V8 makes a
 * substring of a long string a view on it, so one kept tag or title would keep its whole file's
 * text in memory: for 100,000 entries, hundreds of megabytes. These helpers keep only copies.
 */

/** A copy of `text` that shares nothing with the string it was cut from. */
export function detach(text: string): string {
  // Concatenating makes a new string; slicing it flattens it into fresh memory.
  return (` ${text}`).slice(1);
}

const tags = new Map<string, string>();
const MAX_INTERNED = 10_000;

/**
 * One shared copy of each tag (and of each date, type, name and status: compactReading.ts):
 * journals repeat the same few dozen tags thousands of times.
 */
export function internTag(tag: string): string {
  let shared = tags.get(tag);
  if (shared === undefined) {
    shared = detach(tag);
    if (tags.size < MAX_INTERNED) {
      tags.set(shared, shared);
    }
  }
  return shared;
}
