/**
 * Where recorded decisions and bets go, and the days offered for them: shared by the commands that
 * record and review them.
 */
import * as vscode from 'vscode';
import { type CalendarDate, addDays, addMonths, endOfMonth, parseCalendarDate } from '../journal/base/dates';
import { Refusal } from '../journal/base/refusal';
import { withJournal } from '../journal/reviews/journalVariables';
import { LEADERSHIP_MOMENTS } from '../journal/writing/entryNames';
import { startEntryOfType } from '../journal/writing/newEntry';
import { currentDay } from '../workspace/clock';
import { type JournalService, type OpenJournal, relativePath } from '../workspace/journalService';

export function checkedDay(text: string): CalendarDate | null {
  if (text === '') {
    return null;
  }
  const day = parseCalendarDate(text);
  if (!day || day !== text) {
    throw new Refusal(`"${text}" is not a day written YYYY-MM-DD`);
  }
  return day;
}

/** Days offered for a decision's due date, from today. */
export const DUE_CHOICES: readonly DayChoice[] = [
  { label: 'In a week', day: (today) => addDays(today, 7) },
  { label: 'In two weeks', day: (today) => addDays(today, 14) },
  { label: 'End of this month', day: (today) => endOfMonth(today) },
  { label: 'No due date', day: () => null },
];

/** Days offered for looking back at a bet, from today. */
export const REVISIT_CHOICES: readonly DayChoice[] = [
  { label: 'In four weeks', day: (today) => addDays(today, 28) },
  { label: 'In eight weeks', day: (today) => addDays(today, 56) },
  { label: 'In three months', day: (today) => addMonths(today, 3) },
];

export interface DayChoice {
  readonly label: string;
  readonly day: (today: CalendarDate) => CalendarDate | null;
}

/** A day from a short list, a typed day, or none; undefined when cancelled. */
export async function pickDay(title: string, question: string, offered: readonly DayChoice[]): Promise<CalendarDate | null | undefined> {
  const today = currentDay();
  const choices: Array<{ label: string; description?: string; day?: CalendarDate | null }> = offered.map((choice) => {
    const day = choice.day(today);
    return { label: choice.label, ...(day ? { description: day } : {}), day };
  });
  choices.splice(choices.length - (choices[choices.length - 1].day === null ? 1 : 0), 0, { label: 'Another day…' });
  const picked = await vscode.window.showQuickPick(choices, { title, placeHolder: question, ignoreFocusOut: true });
  if (!picked) {
    return undefined;
  }
  if (picked.day !== undefined) {
    return picked.day;
  }
  const typed = await vscode.window.showInputBox({
    title, prompt: `${question} (YYYY-MM-DD)`, value: addDays(today, 7), ignoreFocusOut: true,
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

/** Where a recorded decision or bet goes: the given entry, else the one being edited, else this week's moments. */
export async function recordTarget(service: JournalService, journal: OpenJournal, given?: string): Promise<string> {
  return given ?? activeEntryPath(journal) ?? thisWeeksMoments(service, journal);
}

/** This week's leadership moments, written from its template first if it does not exist yet. */
async function thisWeeksMoments(service: JournalService, journal: OpenJournal): Promise<string> {
  const context = await service.context();
  const entry = await startEntryOfType(journal.files, LEADERSHIP_MOMENTS, currentDay(), '', withJournal(context));
  await service.settled();
  return entry.path;
}
