/**
 * Help with tags while writing an entry: completion of taxonomy tags after `tags:` in the
 * frontmatter, an information hint under tags the taxonomy does not know (they are kept but do
 * not count), and a quick fix that adds such a tag to `reflection.taxonomy`.
 */
import * as vscode from 'vscode';
import { frontmatterTagSpans, isTagPosition } from '../journal/text/frontmatterTags';
import type { Side } from '../journal/entries/tags';
import { COMMANDS } from '../ids';
import type { CommandRunner } from '../workspace/commandRunner';
import type { JournalLocation } from '../workspace/journalLocation';
import type { JournalService } from '../workspace/journalService';
import { isJournalEntry } from './journalDocument';
import type { Settings } from '../workspace/settings';

const UNKNOWN_TAG = 'unknown-tag';
const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export interface TagAssistDeps {
  readonly runner: CommandRunner;
  readonly location: JournalLocation;
  readonly journal: JournalService;
  readonly settings: Settings;
}

export function registerTagAssist(context: vscode.ExtensionContext, deps: TagAssistDeps): void {
  const hints = vscode.languages.createDiagnosticCollection('reflection-tags');
  const isEntry = (document: vscode.TextDocument): boolean => isJournalEntry(deps.location, document);
  const update = (document: vscode.TextDocument): void => {
    if (!isEntry(document)) {
      hints.delete(document.uri);
      return;
    }
    const taxonomy = deps.journal.taxonomy();
    hints.set(document.uri, frontmatterTagSpans(document.getText())
      .filter((span) => taxonomy.sideOf(span.tag) === undefined)
      .map((span) => {
        const diagnostic = new vscode.Diagnostic(
          new vscode.Range(span.line, span.start, span.line, span.end),
          `"${span.tag}" is not in the taxonomy: it is kept, but counts for neither management nor leadership`,
          vscode.DiagnosticSeverity.Information,
        );
        diagnostic.code = UNKNOWN_TAG;
        diagnostic.source = 'Reflection';
        return diagnostic;
      }));
  };
  const updateAll = (): void => vscode.workspace.textDocuments.forEach(update);

  context.subscriptions.push(
    hints,
    vscode.workspace.onDidOpenTextDocument(update),
    vscode.workspace.onDidChangeTextDocument((event) => update(event.document)),
    vscode.workspace.onDidCloseTextDocument((document) => hints.delete(document.uri)),
    deps.journal.onDidChange(updateAll),
    vscode.languages.registerCompletionItemProvider(MARKDOWN, {
      provideCompletionItems: (document, position) => (isEntry(document) ? completions(document, position, deps.journal) : undefined),
    }, '[', ',', ' ', '/'),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, { provideCodeActions: quickFixes }, {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
    }),
    deps.runner.register(COMMANDS.addToTaxonomy, async (tag: unknown, side: unknown) => {
      if (typeof tag === 'string' && (side === 'management' || side === 'leadership')) {
        await deps.settings.addToTaxonomy(tag, side);
      }
    }),
  );
  updateAll();
}

async function completions(document: vscode.TextDocument, position: vscode.Position, journal: JournalService): Promise<vscode.CompletionItem[] | undefined> {
  if (!isTagPosition(document.getText(), position.line, position.character)) {
    return undefined;
  }
  const taxonomy = journal.taxonomy();
  const items = taxonomy.entries().map(([tag, side], i) => {
    const item = new vscode.CompletionItem(tag, vscode.CompletionItemKind.EnumMember);
    item.detail = `counts as ${side}`;
    item.sortText = `0${String(i).padStart(3, '0')}`;
    return item;
  });
  const facets = ['management/', 'leadership/'].map((prefix) => {
    const item = new vscode.CompletionItem(prefix, vscode.CompletionItemKind.Folder);
    item.detail = `${prefix}<facet> counts as ${prefix.slice(0, -1)}`;
    item.sortText = '1';
    return item;
  });
  // Tags already used in the journal, so spelling stays consistent.
  const used = new Map<string, number>();
  for (const entry of (await journal.peek())?.index.entries() ?? []) {
    for (const tag of entry.tags) {
      used.set(tag, (used.get(tag) ?? 0) + 1);
    }
  }
  const known = new Set(items.map((item) => item.label as string));
  const others = [...used].filter(([tag]) => !known.has(tag)).map(([tag, count]) => {
    const item = new vscode.CompletionItem(tag, vscode.CompletionItemKind.Text);
    const side = taxonomy.sideOf(tag);
    item.detail = `${side ? `counts as ${side}` : 'does not count'} · used in ${count} ${count === 1 ? 'entry' : 'entries'}`;
    item.sortText = `2${tag}`;
    return item;
  });
  return [...items, ...facets, ...others];
}

function quickFixes(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
  return context.diagnostics
    .filter((diagnostic) => diagnostic.code === UNKNOWN_TAG)
    .flatMap((diagnostic) => {
      const tag = document.getText(diagnostic.range);
      return (['leadership', 'management'] as Side[]).map((side) => {
        const action = new vscode.CodeAction(`Count "${tag}" as ${side} (add it to reflection.taxonomy)`, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.command = { command: COMMANDS.addToTaxonomy, title: action.title, arguments: [tag, side] };
        return action;
      });
    });
}
