/**
 * Which tags count for which side (PRODUCT.md section 4). Tags compare lowercase without a
 * leading `#`; `side/facet` (like `leadership/alignment`) counts for its side; other tags are kept
 * and shown but do not count.
 */
import { type Side, normalizeTag } from '../entries/tags';

export const DEFAULT_TAXONOMY: Readonly<Record<string, Side>> = {
  management: 'management',
  planning: 'management',
  organizing: 'management',
  staffing: 'management',
  directing: 'management',
  controlling: 'management',
  leadership: 'leadership',
  direction: 'leadership',
  alignment: 'leadership',
  motivation: 'leadership',
  uncertainty: 'leadership',
};

/** How many tags a taxonomy remembers the side of (a journal has a few hundred distinct tags). */
const KNOWN_TAGS_LIMIT = 10_000;

export class Taxonomy {
  /** The side of each tag asked about (null: it does not count), so a tag is normalized once. */
  private readonly known = new Map<string, Side | null>();

  private constructor(private readonly sides: ReadonlyMap<string, Side>) {}

  static readonly default = new Taxonomy(new Map(Object.entries(DEFAULT_TAXONOMY)));

  /**
   * The defaults with the user's entries added or overridden (`reflection.taxonomy`). A value of
   * `"none"` takes a default tag out; anything else that is not a side is ignored and named.
   */
  static withOverrides(overrides: unknown): { taxonomy: Taxonomy; ignored: string[] } {
    const sides = new Map(Object.entries(DEFAULT_TAXONOMY));
    const ignored: string[] = [];
    if (overrides && typeof overrides === 'object' && !Array.isArray(overrides)) {
      for (const [rawTag, value] of Object.entries(overrides as Record<string, unknown>)) {
        const tag = normalizeTag(rawTag);
        if (tag === '') {
          continue;
        }
        if (value === 'management' || value === 'leadership') {
          sides.set(tag, value);
        } else if (value === 'none' || value === null) {
          sides.delete(tag);
        } else {
          ignored.push(rawTag);
        }
      }
    }
    return { taxonomy: new Taxonomy(sides), ignored };
  }

  /** The side a tag counts for, or undefined when it does not count. */
  sideOf(tag: string): Side | undefined {
    let side = this.known.get(tag);
    if (side === undefined) {
      side = this.sideOfNew(tag) ?? null;
      if (this.known.size < KNOWN_TAGS_LIMIT) {
        this.known.set(tag, side);
      }
    }
    return side ?? undefined;
  }

  private sideOfNew(tag: string): Side | undefined {
    const normalized = normalizeTag(tag);
    const direct = this.sides.get(normalized);
    if (direct) {
      return direct;
    }
    const slash = normalized.indexOf('/');
    if (slash > 0) {
      const side = normalized.slice(0, slash);
      if (side === 'management' || side === 'leadership') {
        return side;
      }
    }
    return undefined;
  }

  /** Every tag the taxonomy names, with its side, sorted by side then tag. */
  entries(): Array<[string, Side]> {
    return [...this.sides].sort(([a, sa], [b, sb]) => (sa === sb ? a.localeCompare(b) : sa.localeCompare(sb)));
  }
}

/** `reflection.targetLeadershipShare` when it is not set. */
export const DEFAULT_TARGET_SHARE = 0.4;

/** A target share from settings: a number from 0 to 1, else undefined. */
export function validTargetShare(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1 ? value : undefined;
}
