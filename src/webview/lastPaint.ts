/**
 * The Balance view's last state, kept in the workspace's storage, so that a view restored after a
 * restart shows its numbers (title bar and page) before the journal is read: trust, then verify —
 * the state computed from the index replaces it as soon as the index is usable. It is used only
 * for the same journal folder, view settings, target and day, and only in the shape of this
 * version; anything else is ignored.
 */
import type * as vscode from 'vscode';
import type { BalanceState, ViewSettings } from './protocol';

const KEY = 'reflection.balance.lastPaint';
const VERSION = 1;
/** Saved this long after the last change, not on every keystroke's recomputation. */
const SAVE_AFTER_MS = 1_000;

/** What the paint was computed for: a paint for anything else is not shown. */
export interface PaintFor {
  readonly root: string;
  readonly settings: ViewSettings;
  readonly target: number;
  readonly day: string;
}

interface SavedPaint {
  readonly version: number;
  readonly for: string;
  readonly title: string | undefined;
  readonly state: BalanceState;
}

export class LastPaint {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly memento: vscode.Memento) {}

  /** The last session's state and title-bar text for exactly this journal, settings and day. */
  load(paintFor: PaintFor): { state: BalanceState; title: string | undefined } | undefined {
    const saved = this.memento.get<SavedPaint>(KEY);
    if (!saved || saved.version !== VERSION || saved.for !== forKey(paintFor) || !Array.isArray(saved.state?.points) || typeof saved.state.headline !== 'string') {
      return undefined;
    }
    return { state: saved.state, title: typeof saved.title === 'string' ? saved.title : undefined };
  }

  /** Keeps `state` for the next session, a moment after the last change. */
  saveSoon(paintFor: PaintFor, state: BalanceState, title: string | undefined): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const saved: SavedPaint = { version: VERSION, for: forKey(paintFor), title, state };
      void this.memento.update(KEY, saved);
    }, SAVE_AFTER_MS);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}

function forKey(paintFor: PaintFor): string {
  const { unit, series, range } = paintFor.settings;
  return JSON.stringify([paintFor.root, unit, series, range, paintFor.target, paintFor.day]);
}
