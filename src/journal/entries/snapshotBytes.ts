/**
 * The saved index as bytes: JSON as a whole (any JSON reader reads it), laid out one file per
 * line, so that it is written and read a line at a time. Neither side ever holds the whole index
 * as one string — 5 MB at 10,000 entries, twice that when one character is not Latin-1 — and a
 * snapshot of other code is recognised from its first line, before anything else is parsed.
 *
 *     {"format":7,"producer":"0.2.0","files":[
 *     ["2026/2026-11-20-weekly.md",1888,1796524181187.45,{"entry":{…},"findings":[]}],
 *     …
 *     ]}
 */
import { compactReading } from './compactReading';
import { type IndexSnapshot, type Reading, SNAPSHOT_FORMAT } from './indexSnapshot';

type SavedFile = IndexSnapshot['files'][number];

/** The size of a part: big enough for few writes, small enough to stay short-lived. */
const PART_BYTES = 256 * 1024;
const NEWLINE = 10;
const COMMA = 44;

/** The first line of a snapshot made by `producer` in this format. */
function firstLine(producer: string): string {
  return `{"format":${SNAPSHOT_FORMAT},"producer":${JSON.stringify(producer)},"files":[`;
}

/**
 * The snapshot's bytes in parts of about PART_BYTES, each made only when it is asked for: every
 * file's line is encoded straight into the part (no text of many lines is ever built).
 */
export function* snapshotParts(snapshot: IndexSnapshot): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  yield encoder.encode(`${firstLine(snapshot.producer)}\n`);
  const part = new Uint8Array(PART_BYTES);
  let used = 0;
  const { files } = snapshot;
  for (let i = 0; i < files.length; i++) {
    // JSON.stringify escapes every line break inside a string: one file is one line.
    const line = JSON.stringify(files[i]);
    // A UTF-16 unit is at most 3 bytes in UTF-8, and the line ends with up to 2 more.
    if (used + line.length * 3 + 2 > PART_BYTES && used > 0) {
      yield part.slice(0, used);
      used = 0;
    }
    if (line.length * 3 + 2 > PART_BYTES) {
      yield encoder.encode(`${line}${i < files.length - 1 ? ',' : ''}\n`); // a file too long for a part
      continue;
    }
    used += encoder.encodeInto(line, part.subarray(used)).written;
    if (i < files.length - 1) {
      part[used++] = COMMA;
    }
    part[used++] = NEWLINE;
  }
  if (used > 0) {
    yield part.slice(0, used);
  }
  yield encoder.encode(']}\n');
}

/** The snapshot's bytes in one piece. */
export function snapshotBytes(snapshot: IndexSnapshot): Uint8Array {
  return joinParts([...snapshotParts(snapshot)]);
}

/** Parts one after another in one piece. */
export function joinParts(parts: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return bytes;
}

/**
 * The snapshot in `bytes` if this very code made it (same producer and format) and every line is
 * well-formed; else undefined (the journal is then read in full). Each file's reading is made
 * small as soon as its line is parsed.
 */
export function snapshotFromBytes(bytes: Uint8Array, producer: string): IndexSnapshot | undefined {
  const lines = lineReader(bytes);
  if (lines.next() !== firstLine(producer)) {
    return undefined;
  }
  const files: SavedFile[] = [];
  for (let line = lines.next(); line !== undefined; line = lines.next()) {
    if (line === ']}') {
      return lines.next() === undefined ? { format: SNAPSHOT_FORMAT, producer, files } : undefined;
    }
    const file = parseFile(line.endsWith(',') ? line.slice(0, -1) : line);
    if (!file) {
      return undefined;
    }
    files.push([file[0], file[1], file[2], compactReading(file[0], file[3])]);
  }
  return undefined; // cut short
}

/** One file's line, or undefined when it is not `[path, size, mtime, reading]`. */
function parseFile(line: string): SavedFile | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  const file = value as [unknown, unknown, unknown, Partial<Reading> | null];
  return Array.isArray(file) && file.length === 4 && typeof file[0] === 'string' && typeof file[1] === 'number'
    && typeof file[2] === 'number' && !!file[3] && typeof file[3] === 'object' && Array.isArray(file[3].findings)
    ? value as SavedFile
    : undefined;
}

/** The lines of `bytes` one after another (without their line break); undefined after the last. */
function lineReader(bytes: Uint8Array): { next(): string | undefined } {
  const decoder = new TextDecoder();
  let at = 0;
  return {
    next() {
      if (at >= bytes.length) {
        return undefined;
      }
      let end = bytes.indexOf(NEWLINE, at);
      end = end === -1 ? bytes.length : end;
      const line = decoder.decode(bytes.subarray(at, end));
      at = end + 1;
      return line;
    },
  };
}
