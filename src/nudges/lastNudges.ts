/**
 * The status-bar item's last text and tooltip, kept for the next session, so that after a restart
 * it shows at once — in the browser's host it is the only native place with the share — and is
 * replaced by what the journal says as soon as it is read. Shown only for the same journal folder,
 * day and settings that shape it.
 */
import type * as vscode from 'vscode';
import { LastSession } from '../workspace/lastSession';

export interface ShownNudges {
  readonly text: string;
  /** The tooltip's markdown and the commands its links may run. */
  readonly tooltip: string;
  readonly links: readonly string[];
  readonly label: string;
}

function isShownNudges(value: unknown): value is ShownNudges {
  const shown = value as Partial<ShownNudges> | null;
  return !!shown && typeof shown.text === 'string' && typeof shown.tooltip === 'string' && typeof shown.label === 'string'
    && Array.isArray(shown.links) && shown.links.every((link) => typeof link === 'string');
}

export function lastNudges(memento: vscode.Memento): LastSession<ShownNudges> {
  return new LastSession(memento, 'reflection.nudges.lastShown', 2, isShownNudges);
}
