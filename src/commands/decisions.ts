/**
 * Record Decision, Mark Decision Made / Dropped. A decision goes into the frontmatter of the
 * entry being edited, or of this week's leadership moments; marking one writes `status` and
 * `decided` into its item and changes nothing else in the file. Arguments let keybindings, the
 * Decisions view and tests skip the questions.
 */
import { currentDay } from '../workspace/clock';
import * as vscode from 'vscode';
import { type DecisionRow, decisionReport } from '../journal/decisions/decisionReport';
import { openFollowUps } from '../journal/decisions/followUps';
import { readEntry } from '../journal/entries/entry';
import { EditRefused, appendListItem, setListItemFields } from '../journal/text/frontmatterEdit';
import { COMMANDS } from '../ids';
import { Refusal } from '../journal/base/refusal';
import { type DecisionRef, type FollowUpRef, followUpRef, itemRef } from '../views/decisionsView';
import { tickFollowUp } from '../journal/entries/followUpEdit';
import type { CommandRunner } from '../workspace/commandRunner';
import { editEntryFile } from '../workspace/entryEdits';
import type { JournalService } from '../workspace/journalService';
import { DUE_CHOICES, checkedDay, pickDay, recordTarget } from './recordTarget';
import { askExpectation, expectationFromArgs } from './expectationPrompt';

interface RecordArgs {
  readonly decision?: string;
  readonly owner?: string;
  /** `YYYY-MM-DD`, or `''` for none. */
  readonly due?: string;
  /** What you expect to happen, and how sure you are (`70%`): both or neither. */
  readonly expect?: string;
  readonly confidence?: string | number;
  /** Entry path relative to the journal; default: the active entry, else this week's moments. */
  readonly path?: string;
}

export interface DecisionDeps {
  readonly runner: CommandRunner;
  readonly journal: JournalService;
}

export function registerDecisionCommands(context: vscode.ExtensionContext, deps: DecisionDeps): void {
  context.subscriptions.push(
    deps.runner.register(COMMANDS.recordDecision, (args?: RecordArgs) => recordDecision(deps.journal, args ?? {})),
    deps.runner.register(COMMANDS.markDecisionMade, (ref?: unknown) => markDecision(deps.journal, 'made', itemRef(ref))),
    deps.runner.register(COMMANDS.markDecisionDropped, (ref?: unknown) => markDecision(deps.journal, 'dropped', itemRef(ref))),
    deps.runner.register(COMMANDS.markFollowUpDone, (ref?: unknown) => markFollowUpDone(deps.journal, followUpRef(ref))),
  );
}

async function recordDecision(service: JournalService, args: RecordArgs): Promise<vscode.Uri | undefined> {
  const journal = await service.open();
  if (!journal) {
    return undefined;
  }
  const decision = args.decision ?? await vscode.window.showInputBox({
    title: 'Record Decision', prompt: 'What is decided, or needs deciding? One line.',
    placeHolder: 'e.g. Freeze the mobile API until January', ignoreFocusOut: true,
    validateInput: (value) => (value.trim() === '' ? 'Name the decision.' : undefined),
  });
  if (!decision?.trim()) {
    return undefined;
  }
  const owner = args.owner ?? await vscode.window.showInputBox({
    title: 'Record Decision', prompt: 'Who owns it? (A decision without an owner tends to wait.)', value: 'me', ignoreFocusOut: true,
  });
  if (owner === undefined) {
    return undefined;
  }
  const due = args.due !== undefined ? checkedDay(args.due) : await pickDay('Record Decision', 'By when?', DUE_CHOICES);
  if (due === undefined) {
    return undefined;
  }
  // Scripted (a decision given): only what the arguments say. Asked: the forecast too, skippable.
  const expectation = args.decision !== undefined ? expectationFromArgs(args.expect, args.confidence) : await askExpectation('Record Decision');
  const path = await recordTarget(service, journal, args.path);
  const uri = journal.files.uriOf(path);
  const fields: Array<[string, string]> = [['decision', decision.trim()]];
  if (owner.trim()) {
    fields.push(['owner', owner.trim()]);
  }
  if (due) {
    fields.push(['due', due]);
  }
  fields.push(...expectation);
  const result = await editEntryFile(journal.files, path, (text) => appendListItem(text, 'decisions', fields));
  vscode.window.setStatusBarMessage(`$(check) Decision recorded in ${path}${result.saved ? '' : ' (unsaved)'}`, 6000);
  return uri;
}

async function markDecision(service: JournalService, status: 'made' | 'dropped', ref: DecisionRef | undefined): Promise<boolean> {
  const journal = await service.open();
  if (!journal) {
    return false;
  }
  await service.settled();
  const open = decisionReport(journal.index.entries(), currentDay(), { openOnly: true }).decisions;
  const row = ref ? open.find((candidate) => candidate.path === ref.path && candidate.index === ref.index) : await pickDecision(open, status);
  if (!row) {
    if (ref) {
      throw new Refusal(`there is no open decision ${ref.index + 1} in ${ref.path} any more`);
    }
    return false;
  }
  const today = currentDay();
  await editEntryFile(journal.files, row.path, (text) => {
    // The file may have changed since it was indexed: check the item is still this decision.
    const current = readEntry(row.path, text).entry?.decisions.find((decision) => decision.index === row.index);
    if (current?.decision !== row.decision) {
      throw new EditRefused(`${row.path} changed: decision ${row.index + 1} is no longer "${row.decision}"`);
    }
    return setListItemFields(text, 'decisions', row.index, [['status', status], ['decided', today]]);
  });
  vscode.window.setStatusBarMessage(`$(${status === 'made' ? 'pass' : 'circle-slash'}) "${row.decision}" marked ${status}`, 6000);
  return true;
}

async function pickDecision(open: readonly DecisionRow[], status: 'made' | 'dropped'): Promise<DecisionRow | undefined> {
  if (open.length === 0) {
    void vscode.window.showInformationMessage('Reflection: no open decisions. Record one with "Reflection: Record Decision".');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(open.map((row) => ({
    label: row.decision,
    description: [row.owner, row.overdueDays > 0 ? `${row.overdueDays} days overdue` : row.due ? `due ${row.due}` : 'no due date'].filter(Boolean).join(' · '),
    detail: row.path,
    row,
  })), { title: status === 'made' ? 'Mark Decision Made' : 'Mark Decision Dropped', placeHolder: 'Which decision?', matchOnDetail: true });
  return picked?.row;
}

/** Ticks a follow-up off in its entry (only that line changes); asks which when none is given. */
async function markFollowUpDone(service: JournalService, ref: FollowUpRef | undefined): Promise<boolean> {
  const journal = await service.open();
  if (!journal) {
    return false;
  }
  await service.settled();
  const open = openFollowUps(journal.index.entries(), currentDay());
  const row = ref ?? (await vscode.window.showQuickPick(open.map((item) => ({
    label: item.text, description: `${item.entryDate} · ${item.ageDays} days ago`, detail: item.path, row: item,
  })), { title: 'Mark Follow-up Done', placeHolder: open.length === 0 ? 'No follow-ups are open' : 'Which follow-up is done?', matchOnDetail: true }))?.row;
  if (!row) {
    return false;
  }
  await editEntryFile(journal.files, row.path, (text) => tickFollowUp(row.path, text, row.line, row.text));
  vscode.window.setStatusBarMessage(`$(check) Done: ${row.text}`, 6000);
  return true;
}
