/**
 * A small base for anything that owns VS Code resources (listeners, emitters, status-bar items):
 * register each as it is made, and one dispose() releases them all, so none is forgotten.
 */
import type * as vscode from 'vscode';

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
