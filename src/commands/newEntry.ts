/**
 * The "New …" commands: ask what is missing (period, event name, template), let the core write
 * the entry, then open it with the template as a live snippet, so Tab walks through the prompts.
 * Each command returns the entry's URI and takes `{ date, title }` (and `type` for "New Entry
 * from Template…"; `person` for a one-on-one) to skip the questions.
 */
import { currentDay } from '../workspace/clock';
import * as vscode from 'vscode';
import {
  type CalendarDate, addDays, isoWeekLabel, isoWeekOf, isoWeekStart, parseCalendarDate, shortDay,
} from '../journal/base/dates';
import { AFTER_ACTION_REVIEW, LEADERSHIP_MOMENTS, MONTHLY_REFLECTION, ONE_ON_ONE, QUARTERLY_REVIEW, YEARLY_REVIEW, entryPathFor } from '../journal/writing/entryNames';
import { periodOf } from '../journal/base/periods';
import { periodChoices } from '../journal/reviews/periodChoices';
import { periodTitle } from '../journal/reviews/recordMarkdown';
import { needsTitle, startEntry } from '../journal/writing/newEntry';
import { usesJournal, withJournal } from '../journal/reviews/journalVariables';
import { type Template, loadTemplates } from '../journal/writing/templates';
import { showEntry } from '../editor/showEntry';
import { askPerson, knownSpelling } from './personPrompt';
import { COMMANDS, type CommandId } from '../ids';
import { Refusal } from '../journal/base/refusal';
import type { CommandRunner } from '../workspace/commandRunner';
import { autoCommitNewEntry } from '../workspace/journalGit';
import type { JournalLocation } from '../workspace/journalLocation';
import type { JournalService } from '../workspace/journalService';
import type { Settings } from '../workspace/settings';
import { journalFilesFor } from '../workspace/localFiles';
import type { WorkspaceJournalFiles } from '../workspace/workspaceFiles';

/** What a keybinding or test may pass to skip the prompts. */
export interface NewEntryArgs {
  readonly type?: string;
  readonly date?: string;
  readonly title?: string;
}

export interface NewEntryDeps {
  readonly runner: CommandRunner;
  readonly location: JournalLocation;
  readonly journal: JournalService;
  readonly settings: Settings;
}

export function registerNewEntryCommands(context: vscode.ExtensionContext, deps: NewEntryDeps): void {
  const register = (command: CommandId, type: string | undefined): void => {
    context.subscriptions.push(deps.runner.register(command, (args?: unknown) => newEntry(deps, { ...asArgs(args), ...(type ? { type } : {}) })));
  };
  register(COMMANDS.newMonthlyReflection, MONTHLY_REFLECTION);
  register(COMMANDS.newAfterActionReview, AFTER_ACTION_REVIEW);
  register(COMMANDS.newLeadershipMoments, LEADERSHIP_MOMENTS);
  register(COMMANDS.newQuarterlyReview, QUARTERLY_REVIEW);
  register(COMMANDS.newYearlyReview, YEARLY_REVIEW);
  register(COMMANDS.newOneOnOne, ONE_ON_ONE);
  register(COMMANDS.newEntryFromTemplate, undefined);
}

/** Keybindings pass anything as arguments: keep only string fields. */
function asArgs(value: unknown): NewEntryArgs {
  if (typeof value !== 'object' || value === null) {
    return {};
  }
  const record = value as Record<string, unknown>;
  const text = (key: string): string | undefined => (typeof record[key] === 'string' ? record[key] : undefined);
  // A one-on-one's title is the person: `{ person, date }` reads as `{ title, date }`; from the
  // People view, the item's person.
  const row = record.row as { name?: unknown } | undefined;
  const viewPerson = record.kind === 'person' && typeof row?.name === 'string' ? row.name : undefined;
  return { type: text('type'), date: text('date'), title: text('title') ?? text('person') ?? viewPerson };
}

async function newEntry(deps: NewEntryDeps, args: NewEntryArgs): Promise<vscode.Uri | undefined> {
  const location = await deps.location.resolve();
  if (!location) {
    return undefined;
  }
  const files = journalFilesFor(location.root);
  const { templates, findings } = await loadTemplates(files);
  if (findings.length > 0) {
    void vscode.window.showWarningMessage(`Reflection: ${findings[0].path}: ${findings[0].message}`);
  }
  const template = args.type
    ? templates.find((candidate) => candidate.type === args.type)
    : await pickTemplate(templates);
  if (!template) {
    if (args.type) {
      throw new Refusal(`there is no template "${args.type}"`);
    }
    return undefined;
  }
  const date = await entryDate(files, template, args.date);
  if (!date) {
    return undefined;
  }
  const title = template.type === ONE_ON_ONE
    // One person, one spelling: a name given or typed takes the journal's spelling of it.
    ? await oneOnOnePerson(deps.journal, template, args.title)
    : args.title ?? (template.period === 'none' ? await askTitle(template) : '');
  if (title === undefined) {
    return undefined;
  }
  const context = usesJournal(template) ? await deps.journal.context() : undefined;
  const entry = await startEntry(files, template, date, title, withJournal(context));
  const uri = files.uriOf(entry.path);
  await showEntry(uri, entry);
  if (entry.created) {
    void autoCommitNewEntry(deps.journal, deps.settings, entry.path);
  } else {
    vscode.window.setStatusBarMessage(`$(history) Opened the existing ${template.label.toLowerCase()} for this period`, 5000);
  }
  if (location.pickedNow) {
    void deps.location.offerToRemember(location.root);
  }
  return uri;
}

async function oneOnOnePerson(service: JournalService, template: Template, given: string | undefined): Promise<string | undefined> {
  const person = given ?? await askPerson(service, template.label);
  return person === undefined || person.trim() === '' ? person : knownSpelling(service, person);
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
      throw new Refusal(`"${given}" is not a date; use YYYY-MM-DD`);
    }
    return date;
  }
  const today = currentDay();
  return template.period === 'none' ? today : pickPeriod(files, template, today);
}

const PERIOD_WORDS: Readonly<Record<'week' | 'month' | 'quarter' | 'year', readonly [string, string, string]>> = {
  week: ['This week', 'Last week', 'Which week is this about?'],
  month: ['This month', 'Last month', 'Which month is this about?'],
  quarter: ['This quarter', 'Last quarter', 'Which quarter is this about?'],
  year: ['This year', 'Last year', 'Which year is this about?'],
};

/** This period or the one before, in the order `periodChoices` offers them. */
async function pickPeriod(files: WorkspaceJournalFiles, template: Template, today: CalendarDate): Promise<CalendarDate | undefined> {
  const unit = template.period === 'none' ? 'month' : template.period;
  const [thisOne, lastOne, question] = PERIOD_WORDS[unit];
  const describe = (date: CalendarDate): string => (unit === 'week' ? weekDescription(date) : periodTitle(unit, periodOf(date, unit)));
  const choices = await Promise.all(periodChoices(unit, today).map(async ({ which, date }) => ({
    label: which === 'this' ? thisOne : lastOne,
    description: describe(date),
    detail: await files.exists(entryPathFor(template.type, date)) ? '$(check) Written: opens it' : '$(edit) Not written yet: starts it',
    date,
  })));
  const picked = await vscode.window.showQuickPick(choices, { title: template.label, placeHolder: question });
  return picked?.date;
}

function weekDescription(date: CalendarDate): string {
  const week = isoWeekOf(date);
  const start = isoWeekStart(week);
  return `${isoWeekLabel(week)} · ${shortDay(start)} – ${shortDay(addDays(start, 6))}`;
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
