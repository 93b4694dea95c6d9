/**
 * Bets and outcomes: Record Bet (a move you cannot be sure of, a day to look back, what you expect
 * and how sure you are) and Review Outcome (for a decision or bet whose day to look back has come:
 * did it happen as you expected? — `happened` and `reviewed` are written, with a line you learned
 * and, for a bet, its `outcome`; only those lines change). Arguments skip the questions.
 */
import * as vscode from 'vscode';
import { COMMANDS } from '../ids';
import { Refusal } from '../journal/base/refusal';
import { type LookBack, lookBacks } from '../journal/decisions/lookBacks';
import { BET_OUTCOMES, type BetOutcome } from '../journal/entries/commitments';
import { readEntry } from '../journal/entries/entry';
import { HAPPENED, type Happened } from '../journal/entries/expectation';
import { EditRefused, appendListItem, setListItemFields } from '../journal/text/frontmatterEdit';
import { currentDay } from '../workspace/clock';
import type { CommandRunner } from '../workspace/commandRunner';
import { editEntryFile } from '../workspace/entryEdits';
import type { JournalService } from '../workspace/journalService';
import { askExpectation, confidenceText, expectationFromArgs } from './expectationPrompt';
import { REVISIT_CHOICES, checkedDay, pickDay, recordTarget } from './recordTarget';

export interface OutcomeDeps {
  readonly runner: CommandRunner;
  readonly journal: JournalService;
}

interface RecordBetArgs {
  readonly bet?: string;
  readonly revisit?: string;
  readonly expect?: string;
  readonly confidence?: string | number;
  readonly path?: string;
}

interface ReviewArgs {
  readonly kind?: 'decision' | 'bet';
  readonly path?: string;
  readonly index?: number;
  readonly happened?: Happened;
  readonly note?: string;
  readonly outcome?: BetOutcome;
}

const HAPPENED_WORDS: Readonly<Record<Happened, string>> = {
  yes: 'It happened as I expected', partly: 'Partly, or only some of it', no: 'It did not happen',
};

export function registerOutcomeCommands(context: vscode.ExtensionContext, deps: OutcomeDeps): void {
  context.subscriptions.push(
    deps.runner.register(COMMANDS.recordBet, (args?: RecordBetArgs) => recordBet(deps.journal, args ?? {})),
    deps.runner.register(COMMANDS.reviewOutcome, (args?: unknown) => reviewOutcome(deps.journal, reviewArgs(args))),
  );
}

/** Arguments as given, or a Decisions view item (`{ row }` with kind, path and index). */
function reviewArgs(value: unknown): ReviewArgs {
  const given = (value ?? {}) as ReviewArgs & { readonly row?: Record<string, unknown> };
  if (!given.row) {
    return given;
  }
  const row = given.row;
  const kind = row.kind === 'decision' || row.kind === 'bet' ? row.kind : 'bet' in row ? 'bet' : 'decision';
  return { kind, path: row.path as string, index: row.index as number };
}

async function recordBet(service: JournalService, args: RecordBetArgs): Promise<vscode.Uri | undefined> {
  const journal = await service.open();
  if (!journal) {
    return undefined;
  }
  const bet = args.bet ?? await vscode.window.showInputBox({
    title: 'Record Bet', prompt: 'A move you cannot be sure of: what will you try? One line.',
    placeHolder: 'e.g. Priya runs the planning offsite without me', ignoreFocusOut: true,
    validateInput: (value) => (value.trim() === '' ? 'Name the bet.' : undefined),
  });
  if (!bet?.trim()) {
    return undefined;
  }
  const revisit = args.revisit !== undefined ? checkedDay(args.revisit) : await pickDay('Record Bet', 'When will you look back at it?', REVISIT_CHOICES);
  if (revisit === undefined) {
    return undefined;
  }
  const expectation = args.bet !== undefined ? expectationFromArgs(args.expect, args.confidence) : await askExpectation('Record Bet');
  const path = await recordTarget(service, journal, args.path);
  const fields: Array<[string, string]> = [['bet', bet.trim()], ...(revisit ? [['revisit', revisit] as [string, string]] : []), ...expectation];
  const result = await editEntryFile(journal.files, path, (text) => appendListItem(text, 'bets', fields));
  vscode.window.setStatusBarMessage(`$(check) Bet recorded in ${path}${result.saved ? '' : ' (unsaved)'}`, 6000);
  return journal.files.uriOf(path);
}

async function reviewOutcome(service: JournalService, args: ReviewArgs): Promise<boolean> {
  const journal = await service.open();
  if (!journal) {
    return false;
  }
  await service.settled();
  const open = lookBacks(journal.index.entries(), currentDay());
  const item = args.path !== undefined
    ? open.find((row) => row.path === args.path && row.index === args.index && (!args.kind || row.kind === args.kind))
    : await pickLookBack(open);
  if (!item) {
    if (args.path !== undefined) {
      throw new Refusal(`nothing in ${args.path} (item ${(args.index ?? 0) + 1}) is open for a look back`);
    }
    return false;
  }
  const written = journal.index.entryAt(item.path);
  const forecast = (item.kind === 'decision' ? written?.decisions : written?.bets)?.find((entry) => entry.index === item.index);
  const expected = forecast?.expect ? `You expected: ${forecast.expect}${forecast.confidence !== undefined ? ` (${confidenceText(forecast.confidence)} sure)` : ''}` : item.text;
  const happened = args.happened ?? (await vscode.window.showQuickPick(
    HAPPENED.map((value) => ({ label: value, description: HAPPENED_WORDS[value], value })),
    { title: `Review Outcome: ${item.text}`, placeHolder: `Did it happen as you expected? ${expected}`, ignoreFocusOut: true },
  ))?.value;
  if (!happened || !HAPPENED.includes(happened)) {
    return false;
  }
  const note = args.note ?? (args.happened !== undefined ? '' : await vscode.window.showInputBox({
    title: `Review Outcome: ${item.text}`, prompt: 'What did you learn? One line (Enter to skip)', ignoreFocusOut: true,
  }));
  if (note === undefined) {
    return false;
  }
  const outcome = item.kind === 'bet' ? args.outcome ?? (await vscode.window.showQuickPick(
    BET_OUTCOMES.map((value) => ({ label: value, value })), { title: `Review Outcome: ${item.text}`, placeHolder: 'And did it move things better, worse, or is it unclear?', ignoreFocusOut: true },
  ))?.value : undefined;
  if (item.kind === 'bet' && (!outcome || !BET_OUTCOMES.includes(outcome))) {
    return false;
  }
  const fields: Array<[string, string]> = [['happened', happened], ['reviewed', currentDay()]];
  if (note.trim()) {
    fields.push(['learned', note.trim()]);
  }
  if (outcome) {
    fields.push(['outcome', outcome]);
  }
  await editEntryFile(journal.files, item.path, (text) => {
    // The file may have changed since it was indexed: the item must still be this one, not looked back at yet.
    const entry = readEntry(item.path, text).entry;
    const current = item.kind === 'decision' ? entry?.decisions.find((d) => d.index === item.index) : entry?.bets.find((b) => b.index === item.index);
    const currentText = current && ('decision' in current ? current.decision : current.bet);
    if (currentText !== item.text) {
      throw new EditRefused(`${item.path} changed: ${item.kind} ${item.index + 1} is no longer "${item.text}"`);
    }
    if (current!.happened !== undefined) {
      throw new EditRefused(`"${item.text}" was looked back at already (happened: ${current!.happened})`);
    }
    return setListItemFields(text, item.kind === 'decision' ? 'decisions' : 'bets', item.index, fields);
  });
  vscode.window.setStatusBarMessage(`$(check) Looked back at "${item.text}": ${happened}`, 6000);
  return true;
}

/** The ones due first; then, after a separator, those not due yet (an outcome known early can be written early). */
async function pickLookBack(open: readonly LookBack[]): Promise<LookBack | undefined> {
  if (open.length === 0) {
    void vscode.window.showInformationMessage('Reflection: there is nothing to look back at: give a decision an expectation ("What do you expect?"), or record a bet.');
    return undefined;
  }
  const item = (row: LookBack) => ({
    label: row.text,
    description: `${row.kind} · ${!row.dueOn ? 'due 30 days after it is made' : row.due ? (row.dueDays === 0 ? 'due today' : `due since ${row.dueOn}`) : `due ${row.dueOn}`}`,
    detail: row.path,
    row,
  });
  const due = open.filter((row) => row.due);
  const later = open.filter((row) => !row.due);
  const items: Array<vscode.QuickPickItem & { row?: LookBack }> = [
    ...due.map(item),
    ...(later.length > 0 ? [{ label: 'Not due yet', kind: vscode.QuickPickItemKind.Separator }, ...later.map(item)] : []),
  ];
  const picked = await vscode.window.showQuickPick(items, { title: 'Review Outcome', placeHolder: 'Which one are you looking back at?', matchOnDetail: true, ignoreFocusOut: true });
  return picked?.row;
}
