/**
 * Reading a whole journal from the disk: every entry file listed, stamped and read — or taken
 * from a saved snapshot where its size and time are unchanged — and, on a read from scratch, a
 * first look at the recent files before the rest. JournalIndex.build keeps what this gives.
 */
import type { FileStamp, JournalFiles } from '../files';
import type { Finding } from './entry';
import { compactReading } from './compactReading';
import { type FirstLook, recentEntryFiles } from './firstLook';
import type { IndexSnapshot, Reading } from './indexSnapshot';
import { READS_IN_FLIGHT, inPool, listEntryFiles, readEntryFile, statAll } from './scan';

export interface WholeReadOptions {
  /**
   * Readings to reuse for files whose size and modification time have not changed. May be a
   * promise: the files are listed and stat()ed while it loads (its JSON is parsed on the main
   * thread, the stat calls run in the thread pool meanwhile). Undefined when there is none.
   */
  readonly snapshot?: IndexSnapshot | Promise<IndexSnapshot | undefined>;
  /** Keep each file's size and time, so that a snapshot can be saved (costs one stat a file). */
  readonly stamps?: boolean;
  /** Without a snapshot: read the files named for recent days first, and show what they hold before the rest is read. */
  readonly firstLook?: FirstLook;
}

/** A whole journal as read: each entry file's path, reading and stamp (index by index), the folders that could not be read. */
export interface WholeRead {
  readonly paths: readonly string[];
  readonly readings: readonly Reading[];
  readonly stamps: ReadonlyArray<FileStamp | undefined>;
  readonly folderProblems: readonly Finding[];
  /** How many files were read (the rest came from the snapshot). */
  readonly reads: number;
}

/** A file the first look read, kept for the full read. */
interface EarlyReading {
  readonly reading: Reading;
  readonly stamp: FileStamp | undefined;
}

export async function readWholeJournal(files: JournalFiles, options: WholeReadOptions): Promise<WholeRead> {
  const keepStamps = options.stamps === true;
  const look = options.snapshot === undefined ? options.firstLook : undefined;
  const early = look ? await readFirstLook(files, look, keepStamps) : new Map<string, EarlyReading>();
  const { paths, folderProblems } = await listEntryFiles(files);
  const readings = new Array<Reading>(paths.length);
  const stamps = new Array<FileStamp | undefined>(paths.length);
  const rest: number[] = [];
  paths.forEach((path, i) => {
    const known = early.get(path);
    if (known) {
      readings[i] = known.reading;
      stamps[i] = known.stamp;
    } else {
      rest.push(i);
    }
  });
  // The files are stat()ed while the snapshot loads.
  const stamping = keepStamps ? stampInto(files, paths, rest, stamps) : Promise.resolve();
  const snapshot = await options.snapshot;
  await stamping;
  const saved = new Map(snapshot?.files.map((file) => [file[0], file]));
  const reads = paths.length - rest.length + await readInto(files, paths, rest, readings, stamps, saved);
  return { paths, readings, stamps, folderProblems, reads };
}

/**
 * Reads the files named for recent days (found without listing the whole journal) and shows what
 * they hold: the first look. Gives each one's reading and stamp, for the full read to keep.
 */
async function readFirstLook(files: JournalFiles, look: FirstLook, keepStamps: boolean): Promise<Map<string, EarlyReading>> {
  const paths = await recentEntryFiles(files, look.from);
  const all = paths.map((_, i) => i);
  const stamps = new Array<FileStamp | undefined>(paths.length);
  if (keepStamps) {
    await stampInto(files, paths, all, stamps);
  }
  const readings = new Array<Reading>(paths.length);
  await readInto(files, paths, all, readings, stamps);
  look.show(readings.flatMap((reading) => (reading.entry ? [reading.entry] : [])), paths.length);
  return new Map(paths.map((path, i) => [path, { reading: readings[i], stamp: stamps[i] }]));
}

/** Each file's size and time at `which`: taken before it is read, so a change in between is seen by the next check. */
async function stampInto(files: JournalFiles, paths: readonly string[], which: readonly number[], stamps: Array<FileStamp | undefined>): Promise<void> {
  const found = await statAll(files, which.map((i) => paths[i]));
  which.forEach((i, n) => {
    stamps[i] = found[n];
  });
}

/**
 * Fills `readings` at `which`: a file whose size and time match `saved` keeps its saved reading,
 * the rest are read. Gives how many were read.
 */
async function readInto(files: JournalFiles, paths: readonly string[], which: readonly number[], readings: Reading[], stamps: ReadonlyArray<FileStamp | undefined>, saved?: ReadonlyMap<string, IndexSnapshot['files'][number]>): Promise<number> {
  const toRead: number[] = [];
  for (const i of which) {
    const stamp = stamps[i];
    const known = saved?.get(paths[i]);
    if (stamp && known && known[1] === stamp.size && known[2] === stamp.mtime) {
      readings[i] = compactReading(paths[i], known[3]);
    } else {
      toRead.push(i);
    }
  }
  const fresh = await inPool(toRead, READS_IN_FLIGHT, (i) => readEntryFile(files, paths[i]));
  toRead.forEach((i, n) => {
    readings[i] = fresh[n];
  });
  return toRead.length;
}
