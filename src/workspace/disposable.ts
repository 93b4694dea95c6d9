/**
 * A small base for anything that owns VS Code resources (listeners, emitters, status-bar items):
 * register each as it is made, and one dispose() releases them all, so none is forgotten.
 */
import type * as vscode from 'vscode';

/** How long work nobody is looking at waits after a change of the journal (see `_later`). */
export const BACKGROUND_MS = 250;

export abstract class Disposable implements vscode.Disposable {
  private readonly owned: vscode.Disposable[] = [];
  private disposed = false;

  /** Keeps `value` to dispose with this object (at once, when this is already disposed). */
  protected _register<T extends vscode.Disposable>(value: T): T {
    if (this.disposed) {
      value.dispose();
    } else {
      this.owned.push(value);
    }
    return value;
  }

  /** Runs `action` every `ms` milliseconds until this is disposed. */
  protected _every(ms: number, action: () => void): void {
    const timer = setInterval(action, ms);
    this._register({ dispose: () => clearInterval(timer) });
  }

  /**
   * A function that runs `action` once, `ms` milliseconds after it was last called: for work
   * nobody is looking at when the journal changes (the Problems panel, the status bar), so that
   * what the person is looking at (the Balance view) is computed and shown first.
   */
  protected _later(ms: number, action: () => void): () => void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    this._register({ dispose: () => clearTimeout(timer) });
    return () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        action();
      }, ms);
    };
  }

  dispose(): void {
    if (this.disposed) {
      return;
    }
    this.disposed = true;
    // Last made, first released: later resources may depend on earlier ones.
    for (const value of this.owned.splice(0).reverse()) {
      value.dispose();
    }
  }
}
