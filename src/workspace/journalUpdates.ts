/**
 * The queue of changes to the open journal: watched files, saved documents, the extension's own
 * writes and the check against the disk all go through it, one after another (updates never
 * overlap), so the index always ends up as a full read would make it.
 */
import * as vscode from 'vscode';

/** Changes that arrive together (a save, a git checkout) are read in one go after this pause. */
const SETTLE_MS = 60;
/**
 * A saved index is checked against the disk this long after it was loaded (or at once when
 * someone waits for the journal to be settled): the views paint from it first.
 */
const CHECK_AFTER_MS = 1_000;

export class JournalUpdates implements vscode.Disposable {
  private readonly pending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private draining: Promise<void> = Promise.resolve();
  private watcher: vscode.Disposable | undefined;
  /** Starts a scheduled check against the disk now instead of a moment later. */
  private checkNow: (() => void) | undefined;

  /** `apply` reads the changed files into the index (each URI once, whatever its number of events). */
  constructor(private readonly apply: (uris: vscode.Uri[]) => Promise<void>) {}

  /** Takes a changed file or folder; it is read after SETTLE_MS without further changes. */
  enqueue(uri: vscode.Uri): void {
    this.pending.add(uri.toString());
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.drain();
    }, SETTLE_MS);
  }

  /** Watches the journal folder: every change is enqueued. */
  watch(root: vscode.Uri): void {
    this.watcher?.dispose();
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(root, '**'));
    this.watcher = vscode.Disposable.from(
      watcher,
      watcher.onDidCreate((uri) => this.enqueue(uri)),
      watcher.onDidChange((uri) => this.enqueue(uri)),
      watcher.onDidDelete((uri) => this.enqueue(uri)),
    );
  }

  /** Runs `check` (the index against the disk) in the queue after CHECK_AFTER_MS, or when someone waits. */
  checkSoon(check: () => Promise<void>): void {
    this.checkNow?.();
    const due = new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.checkNow?.(), CHECK_AFTER_MS);
      this.checkNow = () => {
        clearTimeout(timer);
        this.checkNow = undefined;
        resolve();
      };
    });
    this.draining = this.draining.then(() => due).then(check)
      .catch((error: unknown) => console.error('Reflection: checking the journal index against the disk failed', error));
  }

  /** Resolves once every change seen so far is in the index. */
  async settled(): Promise<void> {
    this.checkNow?.();
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.drain();
    }
    await this.draining;
  }

  /**
   * Forgets what is pending and stops watching (the journal was closed). A scheduled check is let
   * go at once: it skips itself when its journal is no longer the open one.
   */
  reset(): void {
    this.checkNow?.();
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
    this.watcher?.dispose();
    this.watcher = undefined;
  }

  dispose(): void {
    this.reset();
  }

  private drain(): void {
    const uris = [...this.pending].map((text) => vscode.Uri.parse(text));
    this.pending.clear();
    this.draining = this.draining.then(() => this.apply(uris)).catch((error: unknown) => {
      console.error('Reflection: updating the journal index failed', error);
    });
  }
}
