/**
 * A value kept in the workspace's storage for the next session (the Balance view's last paint, the
 * status-bar item's last text): saved a moment after the last change, and given back only for the
 * same key (what the value was computed for) in the same version, and only in the shape the
 * caller checks. Anything else — an older version, another folder or day, a damaged value — is
 * ignored: the value is shown only until the journal has been read.
 */
import type * as vscode from 'vscode';

/** Saved this long after the last change, not on every recomputation. */
const SAVE_AFTER_MS = 1_000;

interface Saved<T> {
  readonly version: number;
  readonly for: string;
  readonly value: T;
}

export class LastSession<T> implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly memento: vscode.Memento,
    private readonly key: string,
    private readonly version: number,
    private readonly isValue: (value: unknown) => value is T,
  ) {}

  /** The value saved for exactly `savedFor`, if it has the right shape. */
  load(savedFor: readonly unknown[]): T | undefined {
    const saved = this.memento.get<Saved<unknown>>(this.key);
    return saved && saved.version === this.version && saved.for === JSON.stringify(savedFor) && this.isValue(saved.value) ? saved.value : undefined;
  }

  /** Keeps `value` for the next session, a moment after the last change. */
  saveSoon(savedFor: readonly unknown[], value: T): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const saved: Saved<T> = { version: this.version, for: JSON.stringify(savedFor), value };
      void this.memento.update(this.key, saved);
    }, SAVE_AFTER_MS);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
