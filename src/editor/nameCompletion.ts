/**
 * Names as you type them in an entry's frontmatter: after `person:`, in `people:` and after a
 * decision's `owner:`, the people the journal already names — seen most recently first, with when
 * the last one-on-one was — so one person keeps one spelling. `me` is offered for an owner.
 */
import * as vscode from 'vscode';
import { nameFieldAt } from '../journal/text/frontmatterTags';
import { knownNames, peopleReport } from '../journal/people/peopleReport';
import { nameKey } from '../journal/entries/personNames';
import { currentDay } from '../workspace/clock';
import type { JournalLocation } from '../workspace/journalLocation';
import type { JournalService } from '../workspace/journalService';
import { isJournalEntry } from './journalDocument';

export interface NameCompletionDeps {
  readonly location: JournalLocation;
  readonly journal: JournalService;
}

export function registerNameCompletion(context: vscode.ExtensionContext, deps: NameCompletionDeps): void {
  context.subscriptions.push(vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, {
    provideCompletionItems: (document, position) => (isJournalEntry(deps.location, document) ? names(document, position, deps.journal) : undefined),
  }, ' ', ',', '['));
}

async function names(document: vscode.TextDocument, position: vscode.Position, service: JournalService): Promise<vscode.CompletionItem[] | undefined> {
  const field = nameFieldAt(document.getText(), position.line, position.character);
  const journal = field ? await service.openIfKnown() : undefined;
  if (!field || !journal) {
    return undefined;
  }
  const report = peopleReport(journal.index.entries(), currentDay());
  const rows = new Map(report.people.map((row) => [nameKey(row.name), row]));
  const offered = [...(field === 'owner' ? ['me'] : []), ...knownNames(report)];
  return offered.map((name, i) => {
    const item = new vscode.CompletionItem(name, vscode.CompletionItemKind.User);
    const row = rows.get(nameKey(name));
    item.detail = !row ? 'you' : row.lastOneOnOne ? `last one-on-one ${row.lastOneOnOne}` : `named in ${row.entries} ${row.entries === 1 ? 'entry' : 'entries'}`;
    item.sortText = String(i).padStart(4, '0');
    return item;
  });
}
