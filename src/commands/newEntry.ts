/**
 * The "New …" commands: ask what is missing (period, event name, template), let the core write
 * the entry, then open it with the template as a live snippet, so Tab walks through the prompts.
 * Each command returns the entry's URI and takes `{ date, title }` (and `type` for "New Entry
 * from Template…") to skip the questions.
 */
import { currentDay } from '../workspace/clock';
import * as vscode from 'vscode';
import {
  type CalendarDate, addDays, addMonths, endOfMonth, isoWeekLabel, isoWeekOf, isoWeekStart, monthTitle, parseCalendarDate, shortDay,
} from '../journal/base/dates';
import { AFTER_ACTION_REVIEW, LEADERSHIP_MOMENTS, MONTHLY_REFLECTION, entryPathFor } from '../journal/writing/entryNames';
import { type NewEntry, needsTitle, startEntry } from '../journal/writing/newEntry';
import { type Template, loadTemplates } from '../journal/writing/templates';
import type { Services } from '../extension';
import { WorkspaceJournalFiles } from '../workspace/workspaceFiles';
import { autoCommitNewEntry } from './git';

/** What a keybinding or test may pass to skip the prompts. */
export interface NewEntryArgs {
  readonly type?: string;
  readonly date?: string;
  readonly title?: string;
}


export const NEW_ENTRY_COMMANDS = {
  monthlyReflection: 'reflection.newMonthlyReflection',
  afterActionReview: 'reflection.newAfterActionReview',
  leadershipMoments: 'reflection.newLeadershipMoments',
  fromTemplate: 'reflection.newEntryFromTemplate',
} as const;

export function registerNewEntryCommands(context: vscode.ExtensionContext, deps: Services): void {
  const register = (command: string, type: string | undefined): void => {
    context.subscriptions.push(vscode.commands.registerCommand(command, (args?: NewEntryArgs) =>
      newEntry(deps, { ...asArgs(args), ...(type ? { type } : {}) })));
  };
  register(NEW_ENTRY_COMMANDS.monthlyReflection, MONTHLY_REFLECTION);
  register(NEW_ENTRY_COMMANDS.afterActionReview, AFTER_ACTION_REVIEW);
  register(NEW_ENTRY_COMMANDS.leadershipMoments, LEADERSHIP_MOMENTS);
  register(NEW_ENTRY_COMMANDS.fromTemplate, undefined);
}

/** Keybindings pass anything as arguments: keep only string fields. */
function asArgs(value: unknown): NewEntryArgs {
  if (typeof value !== 'object' || value === null) {
    return {};
  }
  const record = value as Record<string, unknown>;
  const text = (key: string): string | undefined => (typeof record[key] === 'string' ? record[key] : undefined);
  return { type: text('type'), date: text('date'), title: text('title') };
}

async function newEntry(deps: Services, args: NewEntryArgs): Promise<vscode.Uri | undefined> {
  try {
    const location = await deps.location.resolve();
    if (!location) {
      return undefined;
    }
    const files = new WorkspaceJournalFiles(location.root);
    const { templates, findings } = await loadTemplates(files);
    if (findings.length > 0) {
      void vscode.window.showWarningMessage(`Reflection: ${findings[0].path}: ${findings[0].message}`);
    }
    const template = args.type
      ? templates.find((candidate) => candidate.type === args.type)
      : await pickTemplate(templates);
    if (!template) {
      if (args.type) {
        void vscode.window.showErrorMessage(`Reflection: there is no template "${args.type}".`);
      }
      return undefined;
    }
    const date = await entryDate(files, template, args.date);
    if (!date) {
      return undefined;
    }
    const title = args.title ?? (template.period === 'none' ? await askTitle(template) : '');
    if (title === undefined) {
      return undefined;
    }
    const entry = await startEntry(files, template, date, title);
    const uri = files.uriOf(entry.path);
    await showEntry(uri, entry);
    if (entry.created) {
      void autoCommitNewEntry(deps, entry.path);
    } else {
      vscode.window.setStatusBarMessage(`$(history) Opened the existing ${template.label.toLowerCase()} for this period`, 5000);
    }
    if (location.pickedNow) {
      void deps.location.offerToRemember(location.root);
    }
    return uri;
  } catch (error) {
    void vscode.window.showErrorMessage(`Reflection: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** Opens an entry; a new one gets its template as a live snippet (cursor on the first field). */
export async function showEntry(uri: vscode.Uri, entry: NewEntry): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  if (!entry.rendered) {
    return;
  }
  const document = editor.document;
  const everything = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
  // Refused when the text changed in between (someone typed already): their text stays as it
  // is, unsaved, next to the template that is on disk.
  const inserted = await editor.insertSnippet(new vscode.SnippetString(entry.rendered.snippet), everything);
  if (inserted) {
    // The file on disk already holds this text; saving keeps the editor clean. Tab stops stay live.
    await document.save();
  }
}

async function pickTemplate(templates: readonly Template[]): Promise<Template | undefined> {
  const picked = await vscode.window.showQuickPick(
    templates.map((template) => ({ label: template.label, description: template.description, template })),
    { title: 'New Entry from Template', placeHolder: 'Choose a reflection template' },
  );
  return picked?.template;
}

async function entryDate(
  files: WorkspaceJournalFiles,
  template: Template,
  given: string | undefined,
): Promise<CalendarDate | undefined> {
  if (given !== undefined) {
    const date = parseCalendarDate(given);
    if (!date) {
      void vscode.window.showErrorMessage(`Reflection: "${given}" is not a date; use YYYY-MM-DD.`);
    }
    return date;
  }
  const today = currentDay();
  return template.period === 'none' ? today : pickPeriod(files, template, today);
}

/** This period or the previous one: people often write on Monday about last week. */
async function pickPeriod(files: WorkspaceJournalFiles, template: Template, today: CalendarDate): Promise<CalendarDate | undefined> {
  const weekly = template.period === 'week';
  const previous = weekly ? addDays(today, -7) : endOfPreviousMonth(today);
  const choices = await Promise.all([today, previous].map(async (date, index) => {
    const written = await files.exists(entryPathFor(template.type, date));
    return {
      label: weekly ? (index === 0 ? 'This week' : 'Last week') : index === 0 ? 'This month' : 'Last month',
      description: weekly ? weekDescription(date) : monthTitle(date),
      detail: written ? '$(check) Written: opens it' : '$(edit) Not written yet: starts it',
      date,
    };
  }));
  const picked = await vscode.window.showQuickPick(choices, {
    title: template.label,
    placeHolder: weekly ? 'Which week is this about?' : 'Which month is this about?',
  });
  return picked?.date;
}

function weekDescription(date: CalendarDate): string {
  const week = isoWeekOf(date);
  const start = isoWeekStart(week);
  return `${isoWeekLabel(week)} · ${shortDay(start)} – ${shortDay(addDays(start, 6))}`;
}

function endOfPreviousMonth(date: CalendarDate): CalendarDate {
  const previous = addMonths(date, -1);
  return endOfMonth(previous);
}

async function askTitle(template: Template): Promise<string | undefined> {
  const required = needsTitle(template);
  return vscode.window.showInputBox({
    title: template.label,
    prompt: required ? 'What happened? Name the event (it becomes part of the file name).' : 'A title (optional; it becomes part of the file name)',
    placeHolder: required ? 'e.g. Checkout outage on Black Friday' : '',
    ignoreFocusOut: true,
    validateInput: (value) => (required && value.trim() === '' ? 'Name the event to review.' : undefined),
  });
}
