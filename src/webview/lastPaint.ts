/**
 * The Balance view's last state, kept in the workspace's storage, so that a view restored after a
 * restart shows its numbers (title bar and page) before the journal is read: trust, then verify —
 * the state computed from the index replaces it as soon as the index is usable. It is used only
 * for the same journal folder, view settings, target and day, and only in the shape of this
 * version; anything else is ignored.
 */
import type * as vscode from 'vscode';
import { LastSession } from '../workspace/lastSession';
import type { BalanceState, ViewSettings } from './protocol';

/** What the paint was computed for: a paint for anything else is not shown. */
export interface PaintFor {
  readonly root: string;
  readonly settings: ViewSettings;
  readonly target: number;
  readonly day: string;
}

interface SavedPaint {
  readonly title: string | undefined;
  readonly state: BalanceState;
}

function isSavedPaint(value: unknown): value is SavedPaint {
  const saved = value as Partial<SavedPaint> | null;
  return !!saved && (saved.title === undefined || typeof saved.title === 'string')
    && Array.isArray(saved.state?.points) && typeof saved.state.headline === 'string';
}

export class LastPaint implements vscode.Disposable {
  private readonly saved: LastSession<SavedPaint>;

  constructor(memento: vscode.Memento) {
    this.saved = new LastSession(memento, 'reflection.balance.lastPaint', 2, isSavedPaint);
  }

  /** The last session's state and title-bar text for exactly this journal, settings and day. */
  load(paintFor: PaintFor): { state: BalanceState; title: string | undefined } | undefined {
    return this.saved.load(forKey(paintFor));
  }

  /** Keeps `state` for the next session, a moment after the last change. */
  saveSoon(paintFor: PaintFor, state: BalanceState, title: string | undefined): void {
    this.saved.saveSoon(forKey(paintFor), { title, state });
  }

  dispose(): void {
    this.saved.dispose();
  }
}

function forKey(paintFor: PaintFor): unknown[] {
  const { unit, series, range } = paintFor.settings;
  return [paintFor.root, unit, series, range, paintFor.target, paintFor.day];
}
