/**
 * The journal index as the extension saves it between sessions, and the check that a loaded one
 * can be trusted: made by this very code (its version), in this format, and well-formed.
 */
import type { Entry, Finding } from './entry';

/** What reading one file gave: an entry, or only findings. */
export interface Reading {
  readonly entry?: Entry;
  readonly findings: readonly Finding[];
}

/** Bumped whenever what a reading holds changes shape: older snapshots are then ignored. */
export const SNAPSHOT_FORMAT = 7;

/**
 * The index as it can be saved and loaded again: every file's reading with the size and time it
 * was read at. `producer` names the code that made it (the extension's version): a snapshot from
 * other code, or in any other doubt, is not used.
 */
export interface IndexSnapshot {
  readonly format: number;
  readonly producer: string;
  readonly files: ReadonlyArray<readonly [path: string, size: number, mtime: number, reading: Reading]>;
}

/** Whether a loaded value is a snapshot this code can trust. */
export function isUsableSnapshot(value: unknown, producer: string): value is IndexSnapshot {
  const snapshot = value as Partial<IndexSnapshot> | null;
  return !!snapshot && snapshot.format === SNAPSHOT_FORMAT && snapshot.producer === producer && Array.isArray(snapshot.files)
    && snapshot.files.every(isSavedFile);
}

/** Whether a loaded value is one file of a snapshot: `[path, size, mtime, reading]`. */
export function isSavedFile(value: unknown): value is IndexSnapshot['files'][number] {
  const file = value as [unknown, unknown, unknown, Partial<Reading> | null];
  return Array.isArray(file) && file.length === 4 && typeof file[0] === 'string' && typeof file[1] === 'number'
    && typeof file[2] === 'number' && !!file[3] && typeof file[3] === 'object' && Array.isArray(file[3].findings);
}
