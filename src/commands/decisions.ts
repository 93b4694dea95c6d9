/**
 * Record Decision, Mark Decision Made / Dropped. A decision goes into the frontmatter of the
 * entry being edited, or of this week's leadership moments; marking one writes `status` and
 * `decided` into its item and changes nothing else in the file. Arguments let keybindings, the
 * Decisions view and tests skip the questions.
 */
import { currentDay } from '../workspace/clock';
import * as vscode from 'vscode';
import { type CalendarDate, addDays, endOfMonth, parseCalendarDate } from '../journal/base/dates';
import { type DecisionRow, decisionReport } from '../journal/decisions/decisionReport';
import { openFollowUps } from '../journal/decisions/followUps';
import { readEntry } from '../journal/entries/entry';
import { EditRefused, appendListItem, setListItemFields } from '../journal/text/frontmatterEdit';
import { LEADERSHIP_MOMENTS } from '../journal/writing/entryNames';
import { startEntryOfType } from '../journal/writing/newEntry';
import { withJournal } from '../journal/reviews/journalVariables';
import { COMMANDS } from '../ids';
import { Refusal } from '../journal/base/refusal';
import { type DecisionRef, type FollowUpRef, followUpRef, itemRef } from '../views/decisionsView';
import { tickFollowUp } from '../journal/entries/followUpEdit';
import type { CommandRunner } from '../workspace/commandRunner';
import { editEntryFile } from '../workspace/entryEdits';
import { type JournalService, type OpenJournal, relativePath } from '../workspace/journalService';

interface RecordArgs {
  readonly decision?: string;
  readonly owner?: string;
  /** `YYYY-MM-DD`, or `''` for none. */
  readonly due?: string;
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
  const due = args.due !== undefined ? checkedDay(args.due) : await pickDue();
  if (due === undefined) {
    return undefined;
  }
  const path = args.path ?? activeEntryPath(journal) ?? await thisWeeksMoments(service, journal);
  const uri = journal.files.uriOf(path);
  const fields: Array<[string, string]> = [['decision', decision.trim()]];
  if (owner.trim()) {
    fields.push(['owner', owner.trim()]);
  }
  if (due) {
    fields.push(['due', due]);
  }
  const result = await editEntryFile(journal.files, path, (text) => appendListItem(text, 'decisions', fields));
  vscode.window.setStatusBarMessage(`$(check) Decision recorded in ${path}${result.saved ? '' : ' (unsaved)'}`, 6000);
  return uri;
}

function checkedDay(text: string): CalendarDate | null {
  if (text === '') {
    return null;
  }
  const day = parseCalendarDate(text);
  if (!day || day !== text) {
    throw new Refusal(`"${text}" is not a day written YYYY-MM-DD`);
  }
  return day;
}

/** A due date from a short list, a typed day, or none; undefined when cancelled. */
async function pickDue(): Promise<CalendarDate | null | undefined> {
  const today = currentDay();
  const monthEnd = endOfMonth(today);
  const choices: Array<{ label: string; description?: string; day?: CalendarDate | null }> = [
    { label: 'In a week', description: addDays(today, 7), day: addDays(today, 7) },
    { label: 'In two weeks', description: addDays(today, 14), day: addDays(today, 14) },
    { label: 'End of this month', description: monthEnd, day: monthEnd },
    { label: 'Another day…' },
    { label: 'No due date', day: null },
  ];
  const picked = await vscode.window.showQuickPick(choices, { title: 'Record Decision', placeHolder: 'By when?' });
  if (!picked) {
    return undefined;
  }
  if (picked.day !== undefined) {
    return picked.day;
  }
  const typed = await vscode.window.showInputBox({
    title: 'Record Decision', prompt: 'Due on (YYYY-MM-DD)', value: addDays(today, 7), ignoreFocusOut: true,
    validateInput: (value) => (parseCalendarDate(value) === value ? undefined : 'Write the day as YYYY-MM-DD.'),
  });
  return typed === undefined ? undefined : parseCalendarDate(typed) ?? undefined;
}

/** The entry in the active editor, if it is one of the journal's. */
function activeEntryPath(journal: OpenJournal): string | undefined {
  const uri = vscode.window.activeTextEditor?.document.uri;
  const path = uri && relativePath(journal.root, uri);
  return path && journal.index.entryAt(path) ? path : undefined;
}

/** This week's leadership moments, written from its template first if it does not exist yet. */
async function thisWeeksMoments(service: JournalService, journal: OpenJournal): Promise<string> {
  const context = await service.context();
  const entry = await startEntryOfType(journal.files, LEADERSHIP_MOMENTS, currentDay(), '', withJournal(context));
  await service.settled();
  return entry.path;
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
