/**
 * Tags as the journal compares them, and the two sides a tag can count for.
 */

/** Management keeps today's system running; leadership changes where it goes. */
export type Side = 'management' | 'leadership';

/** Tags compare lowercase, without a leading `#`. */
export function normalizeTag(tag: string): string {
  return tag.trim().replace(/^#/, '').toLowerCase();
}
