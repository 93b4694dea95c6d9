/**
 * The status-bar item's last text and tooltip, kept in the workspace's storage, so that after a
 * restart it shows at once — in the browser's host it is the only native place with the share —
 * and is replaced by what the journal says as soon as it is read. Shown only for the same journal
 * folder, day and settings that shape it; anything else is ignored.
 */
import type * as vscode from 'vscode';

const KEY = 'reflection.nudges.lastShown';
const VERSION = 1;
/** Saved this long after the last change. */
const SAVE_AFTER_MS = 1_000;

export interface ShownNudges {
  readonly text: string;
  /** The tooltip's markdown and the commands its links may run. */
  readonly tooltip: string;
  readonly links: readonly string[];
  readonly label: string;
}

interface Saved extends ShownNudges {
  readonly version: number;
  readonly for: string;
}

export class LastNudges implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly memento: vscode.Memento) {}

  /** What the item showed last time for exactly this journal, day and settings. */
  load(shownFor: readonly unknown[]): ShownNudges | undefined {
    const saved = this.memento.get<Saved>(KEY);
    const strings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
    if (!saved || saved.version !== VERSION || saved.for !== JSON.stringify(shownFor) || typeof saved.text !== 'string'
      || typeof saved.tooltip !== 'string' || typeof saved.label !== 'string' || !strings(saved.links)) {
      return undefined;
    }
    return saved;
  }

  saveSoon(shownFor: readonly unknown[], shown: ShownNudges): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const saved: Saved = { version: VERSION, for: JSON.stringify(shownFor), ...shown };
      void this.memento.update(KEY, saved);
    }, SAVE_AFTER_MS);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
