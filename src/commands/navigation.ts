/**
 * Moving through the journal: Previous Entry / Next Entry of the same type as the one being read
 * (gaps skipped: last month's reflection from this one, whatever lies between), as buttons on the
 * editor's title bar of journal entries and as commands with keybindings; Open Entry… to jump to
 * any entry by period and type.
 */
import * as vscode from 'vscode';
import { COMMANDS } from '../ids';
import { Refusal } from '../journal/base/refusal';
import { periodOf } from '../journal/base/periods';
import type { Entry } from '../journal/entries/entry';
import { neighbourOfSameType } from '../journal/entries/entryOrder';
import { periodOfType } from '../journal/writing/entryNames';
import type { CommandRunner } from '../workspace/commandRunner';
import { type JournalService, type OpenJournal, relativePath } from '../workspace/journalService';

/** Set while the active editor shows an entry of the journal: the title-bar buttons show then. */
const ENTRY_ACTIVE = 'reflection.entryActive';

export interface NavigationDeps {
  readonly runner: CommandRunner;
  readonly journal: JournalService;
}

export function registerNavigation(context: vscode.ExtensionContext, deps: NavigationDeps): void {
  const updateContext = async (): Promise<void> => {
    const journal = await deps.journal.peek();
    await vscode.commands.executeCommand('setContext', ENTRY_ACTIVE, !!(journal && activeEntry(journal)));
  };
  context.subscriptions.push(
    deps.runner.register(COMMANDS.previousEntry, () => step(deps.journal, -1)),
    deps.runner.register(COMMANDS.nextEntry, () => step(deps.journal, 1)),
    deps.runner.register(COMMANDS.openEntry, () => openEntry(deps.journal)),
    vscode.window.onDidChangeActiveTextEditor(() => void updateContext()),
    deps.journal.onDidChange(() => void updateContext()),
  );
  void updateContext();
}

/** The entry in the active editor, if it is one of the journal's. */
function activeEntry(journal: OpenJournal): Entry | undefined {
  const uri = vscode.window.activeTextEditor?.document.uri;
  const path = uri && relativePath(journal.root, uri);
  return path ? journal.index.entryAt(path) : undefined;
}

async function step(service: JournalService, direction: -1 | 1): Promise<vscode.Uri | undefined> {
  const journal = await service.open();
  if (!journal) {
    return undefined;
  }
  await service.settled();
  const current = activeEntry(journal);
  if (!current) {
    throw new Refusal('open a journal entry first: Previous and Next Entry move between entries of its type');
  }
  const next = neighbourOfSameType(journal.index.entries(), current.path, direction);
  if (!next) {
    vscode.window.setStatusBarMessage(`$(info) No ${direction < 0 ? 'earlier' : 'later'} ${current.type || 'entry'} in the journal`, 5000);
    return undefined;
  }
  const uri = journal.files.uriOf(next.path);
  await vscode.window.showTextDocument(uri, { preview: false });
  return uri;
}

/** A quick pick of every entry, newest first: its period (or day), its type, its title. */
async function openEntry(service: JournalService): Promise<vscode.Uri | undefined> {
  const journal = await service.open();
  if (!journal) {
    return undefined;
  }
  await service.settled();
  const items = [...journal.index.entries()].reverse().map((entry) => {
    const period = periodOfType(entry.type);
    return {
      label: entry.title,
      description: `${period === 'none' ? entry.date : periodOf(entry.date, period).label} · ${entry.type || 'entry'}`,
      detail: entry.path,
      entry,
    };
  });
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Open Entry', placeHolder: 'Type a period (2026-11, 2026-W47, 2026-Q4), a type or words of the title', matchOnDescription: true, matchOnDetail: true,
  });
  if (!picked) {
    return undefined;
  }
  const uri = journal.files.uriOf(picked.entry.path);
  await vscode.window.showTextDocument(uri, { preview: false });
  return uri;
}
