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
import { type IndexSnapshot, SNAPSHOT_FORMAT, isSavedFile } from './indexSnapshot';

type SavedFile = IndexSnapshot['files'][number];

/** The size of a part: big enough for few writes, small enough to stay short-lived. */
const PART_BYTES = 256 * 1024;
const NEWLINE = 10;
/** Lines parsed together when the snapshot is read: few calls, each on a short text. */
const LINES_PER_CHUNK = 256;
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
 * The snapshot in `bytes` if this very code made it (same producer and format) and every file in
 * it is well-formed; else undefined (the journal is then read in full). The files are parsed a few
 * hundred lines at a time (JournalIndex.load makes each reading small); `pause`, when given, is
 * awaited after each chunk, so that a caller can let other work run in between.
 */
export async function snapshotFromBytes(bytes: Uint8Array, producer: string, pause?: () => Promise<void>): Promise<IndexSnapshot | undefined> {
  const decoder = new TextDecoder();
  const headerEnd = bytes.indexOf(NEWLINE);
  const footer = encodedFooter();
  if (headerEnd === -1 || decoder.decode(bytes.subarray(0, headerEnd)) !== firstLine(producer)
    || bytes.length < headerEnd + 1 + footer.length || !endsWith(bytes, footer)) {
    return undefined;
  }
  const files: SavedFile[] = [];
  const bodyEnd = bytes.length - footer.length;
  for (let from = headerEnd + 1; from < bodyEnd;) {
    // Up to LINES_PER_CHUNK whole lines: `[…],\n[…],\n…` is a JSON array without its brackets.
    let to = from;
    for (let lines = 0; lines < LINES_PER_CHUNK && to < bodyEnd; lines++) {
      const end = bytes.indexOf(NEWLINE, to);
      to = end === -1 || end >= bodyEnd ? bodyEnd : end + 1;
    }
    let text = decoder.decode(bytes.subarray(from, to)).trimEnd();
    text = text.endsWith(',') ? text.slice(0, -1) : text;
    const chunk = parseChunk(text);
    if (!chunk) {
      return undefined;
    }
    files.push(...chunk);
    from = to;
    await pause?.();
  }
  return { format: SNAPSHOT_FORMAT, producer, files };
}

const encodedFooter = (): Uint8Array => new TextEncoder().encode(']}\n');

function endsWith(bytes: Uint8Array, end: Uint8Array): boolean {
  return end.every((byte, i) => bytes[bytes.length - end.length + i] === byte);
}

/** The files of one chunk, or undefined when any is not `[path, size, mtime, reading]`. */
function parseChunk(text: string): SavedFile[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(`[${text}]`);
  } catch {
    return undefined;
  }
  return Array.isArray(value) && value.every(isSavedFile) ? value as SavedFile[] : undefined;
}
