/**
 * The journal as the extension sees it: the index, built on first use (never at start-up), then
 * kept current from a file watcher and editor saves, one changed path at a time; `onDidChange`
 * fires after each change (and once the journal is first read). Changing the journal directory
 * starts over; changing the taxonomy or target only recomputes.
 */
import * as vscode from 'vscode';
import type { PeriodBalance } from '../journal/balance/balance';
import { BalanceLedger } from '../journal/balance/balanceLedger';
import type { Entry } from '../journal/entries/entry';
import { JournalIndex } from '../journal/entries/journalIndex';
import { trailingStart } from '../journal/balance/trends';
import type { JournalContext } from '../journal/reviews/journalVariables';
import { currentDay } from './clock';
import type { PeriodUnit } from '../journal/base/periods';
import type { CalendarDate } from '../journal/base/dates';
import type { Taxonomy } from '../journal/balance/taxonomy';
import { benchLog, watchLongestHold } from './benchLog';
import type { IndexStore } from './indexStore';
import { Disposable } from './disposable';
import { JournalUpdates } from './journalUpdates';
import type { JournalLocation } from './journalLocation';
import { journalFilesFor } from './localFiles';
import type { Settings } from './settings';
import type { WorkspaceJournalFiles } from './workspaceFiles';

/** The saved index is written this long after the last change (and when the window closes). */
const SAVE_AFTER_MS = 5_000;

export interface OpenJournal {
  readonly root: vscode.Uri;
  readonly files: WorkspaceJournalFiles;
  readonly index: JournalIndex;
}

/** What the files read first hold, while the rest of a journal is read (JournalService.onDidFirstLook). */
export interface FirstLookReading {
  readonly entries: readonly Entry[];
  /** Files read so far (the rest of the journal is not listed yet). */
  readonly read: number;
}

export class JournalService extends Disposable {
  private readonly changeEmitter = this._register(new vscode.EventEmitter<void>());
  /** Fires after the index or the settings that shape the numbers changed. */
  readonly onDidChange = this.changeEmitter.event;

  private readonly firstLookEmitter = this._register(new vscode.EventEmitter<FirstLookReading>());
  /** Fires once on a read from scratch, when the files named from `firstLookFrom()` on are read: a first look. */
  readonly onDidFirstLook = this.firstLookEmitter.event;
  /** The first day a first look reads: its headline's window (the Balance view sets its own); four quarters unless told. */
  firstLookFrom: () => CalendarDate = () => trailingStart(currentDay(), 'quarter');

  private opening: Promise<OpenJournal | undefined> | undefined;
  private readonly updates = this._register(new JournalUpdates((uris) => this.apply(uris)));
  private ledger: BalanceLedger | undefined;
  private saveTimer: NodeJS.Timeout | undefined;
  private current: OpenJournal | undefined;
  /** Grows when the settings that shape the numbers (taxonomy, target) change. */
  settingsVersion = 0;
  /** Whether the open journal started from its saved index (else every file was read). */
  startedFromSavedIndex = false;

  constructor(
    private readonly location: JournalLocation,
    private readonly settings: Settings,
    private readonly store: IndexStore,
  ) {
    super();
    this._register(settings.onDidChange((areas) => {
      if (areas.has('journalDirectory')) {
        this.close();
        this.changeEmitter.fire();
      } else if (areas.has('numbers')) {
        this.ledger = undefined;
        this.settingsVersion++;
        this.changeEmitter.fire();
      }
    }));
    this._register(vscode.workspace.onDidSaveTextDocument((document) => this.enqueue(document.uri)));
    this._register(location.onDidChoose(() => {
      this.close();
      this.changeEmitter.fire();
    }));
  }

  /** The journal and its index, read on first use; undefined when there is no journal folder. */
  open(): Promise<OpenJournal | undefined> {
    this.opening ??= this.build().catch((error: unknown) => {
      this.opening = undefined;
      throw error;
    });
    return this.opening;
  }

  /** The journal when its folder is known without asking (read on first use); else undefined. */
  async openIfKnown(): Promise<OpenJournal | undefined> {
    return this.location.current() ? this.open() : undefined;
  }

  /** The journal folder if it is known without asking (nothing is read). */
  knownRoot(): vscode.Uri | undefined {
    return this.location.current();
  }

  /** What the journal knows as of today, for the templates that show it; undefined without a journal. */
  async context(): Promise<JournalContext | undefined> {
    const journal = await this.open();
    if (!journal) {
      return undefined;
    }
    await this.settled();
    return { entries: journal.index.entries(), taxonomy: this.taxonomy(), target: this.target(), today: currentDay() };
  }

  /** The journal if it is already open; never reads the disk or asks anything. */
  async peek(): Promise<OpenJournal | undefined> {
    return this.opening ? this.opening.catch(() => undefined) : undefined;
  }

  taxonomy(): Taxonomy {
    return this.settings.current.taxonomy;
  }

  /** The balance series of `unit` over the whole journal, kept current one change at a time. */
  series(journal: OpenJournal, unit: PeriodUnit): PeriodBalance[] {
    if (journal !== this.current) {
      // A journal closed meanwhile (asked for before another folder was chosen): not kept.
      return new BalanceLedger(this.taxonomy(), journal.index.entries()).series(unit);
    }
    this.ledger ??= new BalanceLedger(this.taxonomy(), journal.index.entries());
    return this.ledger.series(unit);
  }

  target(): number {
    return this.settings.current.targetLeadershipShare;
  }

  /** Grows when the journal is closed: a read that was under way then does not become current. */
  private generation = 0;
  /** Resolves once every change seen so far is in the index. */
  settled(): Promise<void> {
    return this.updates.settled();
  }

  /**
   * Reads the journal, watched from the start. With a saved index from an earlier session it is
   * usable at once and checked against the disk a moment later (in the update queue, like any
   * change); without one, every file is read.
   */
  private async build(): Promise<OpenJournal | undefined> {
    const location = await this.location.resolve();
    if (!location) {
      return undefined;
    }
    const files = journalFilesFor(location.root);
    files.onDidWrite((path) => this.enqueue(files.uriOf(path)));
    const index = new JournalIndex(files);
    const generation = this.generation;
    this.updates.watch(location.root);
    const started = performance.now();
    benchLog?.('reading the journal');
    const holds = watchLongestHold();
    const saved = await this.store.load(location.root);
    if (saved) {
      index.load(saved);
    } else {
      // The files named for the headline's window first: a first look.
      await index.build({
        stamps: true,
        firstLook: {
          from: this.firstLookFrom(),
          show: (entries, read) => {
            if (generation === this.generation) {
              benchLog?.(`first look: ${entries.length} entries in ${read} files`);
              this.firstLookEmitter.fire({ entries, read });
            }
          },
        },
      });
      this.saveSoon();
    }
    if (!saved) {
      holds('reading every file');
    }
    benchLog?.(`index usable in ${(performance.now() - started).toFixed(1)} ms: ${index.entries().length} entries, ${saved ? 'from the saved index' : `${index.filesRead} files read`}`);
    const journal: OpenJournal = { root: location.root, files, index };
    if (generation !== this.generation) {
      // Closed while it was read (another folder was chosen): whoever asked gets it, but it is not
      // current, and nothing of it reaches the balance of the journal now open.
      return journal;
    }
    this.current = journal;
    this.startedFromSavedIndex = saved !== undefined;
    this.ledger = undefined;
    index.onEntryChange((_path, before, after) => {
      if (this.current === journal) {
        this.ledger?.update(before, after);
      }
    });
    // Listeners (the views, the diagnostics) learn that the journal is there.
    queueMicrotask(() => this.changeEmitter.fire());
    if (saved) {
      holds('loading the saved index');
    }
    if (saved) {
      this.checkSoon(journal, started);
    }
    return journal;
  }

  /** Checks the index against the disk (new, changed and vanished files) a moment from now. */
  private checkSoon(journal: OpenJournal, started: number): void {
    this.updates.checkSoon(async () => {
      if (this.current !== journal) {
        return; // closed meanwhile
      }
      const checking = watchLongestHold();
      const changed = await journal.index.verify();
      benchLog?.(`saved index checked against the disk ${(performance.now() - started).toFixed(1)} ms after the start: ${changed} files changed`);
      checking('checking the saved index against the disk');
      if (changed > 0) {
        this.changeEmitter.fire();
        this.saveSoon();
      }
    });
  }

  /** Saves the index a while after the last change, for a fast start next time. */
  private saveSoon(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), SAVE_AFTER_MS);
  }

  private async save(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const journal = this.current;
    if (journal) {
      await this.store.save(journal.root, journal.index.snapshot(this.store.producer))
        .catch((error: unknown) => console.error('Reflection: saving the journal index failed', error));
    }
  }

  private enqueue(uri: vscode.Uri): void {
    if (this.opening) {
      this.updates.enqueue(uri);
    }
  }

  /** Reads changed files into the open journal's index. */
  private async apply(uris: vscode.Uri[]): Promise<void> {
    const journal = await this.peek();
    if (!journal) {
      return;
    }
    let changed = false;
    for (const uri of uris) {
      const path = relativePath(journal.root, uri);
      if (path !== undefined) {
        await journal.index.refresh(path);
        changed = true;
      }
    }
    if (changed) {
      this.changeEmitter.fire();
      this.saveSoon();
    }
  }

  private close(): void {
    this.generation++;
    this.updates.reset();
    if (this.saveTimer) {
      void this.save();
    }
    this.current = undefined;
    this.ledger = undefined;
    this.opening = undefined;
  }

  override dispose(): void {
    this.close();
    super.dispose();
  }
}

/** The path of `uri` relative to the journal `root`, with `/`; undefined when it is outside. */
export function relativePath(root: vscode.Uri, uri: vscode.Uri): string | undefined {
  if (uri.scheme !== root.scheme || uri.authority !== root.authority) {
    return undefined;
  }
  const base = root.path.endsWith('/') ? root.path : `${root.path}/`;
  if (uri.path === root.path) {
    return '';
  }
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : undefined;
}
