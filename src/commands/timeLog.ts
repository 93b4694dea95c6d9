/**
 * Log Time, Start Time Audit, Stop Time Audit (seed 003's one-week exercise). A log adds its
 * minutes to the week's entry (`hours.<side>`) and a line under "Time log"; the audit's summary is
 * an entry of its own (type `time-audit`) with a decision prompt for each leadership log.
 * Arguments let keybindings, the status bar and tests skip the questions.
 */
import * as vscode from 'vscode';
import { type AuditRange, auditEnd } from '../journal/timeAudit/audit';
import { writeAuditSummary } from '../journal/timeAudit/auditSummaryEntry';
import { parseCalendarDate } from '../journal/base/dates';
import { DurationError, formatMinutes, parseDuration } from '../journal/base/duration';
import { logTagOf } from '../journal/entries/timeLogLines';
import { logTimeEdit, weekEntryForLog } from '../journal/timeAudit/logTime';
import { withJournal } from '../journal/reviews/journalVariables';
import { showEntry } from '../editor/showEntry';
import { COMMANDS } from '../ids';
import { pickOrType } from './pickOrType';
import { energyOf, pickEnergy, pickLogTag } from './logPrompts';
import { Refusal } from '../journal/base/refusal';
import { currentDay } from '../workspace/clock';
import type { CommandRunner } from '../workspace/commandRunner';
import { editEntryFile } from '../workspace/entryEdits';
import type { JournalService } from '../workspace/journalService';
import type { Settings } from '../workspace/settings';
import type { TimeAuditState } from '../workspace/timeAuditState';

export interface LogArgs {
  /** `management`, `leadership` or `side/facet`. */
  readonly tag?: string;
  /** `45m`, `1.5h`, … */
  readonly duration?: string;
  readonly note?: string;
  readonly date?: string;
  /** `+` energising, `-` draining, `''` neutral. */
  readonly energy?: string;
}

export interface TimeLogDeps {
  readonly runner: CommandRunner;
  readonly journal: JournalService;
  readonly audit: TimeAuditState;
  readonly settings: Settings;
}

export function registerTimeLogCommands(context: vscode.ExtensionContext, deps: TimeLogDeps): void {
  context.subscriptions.push(
    deps.runner.register(COMMANDS.logTime, (args?: LogArgs) => logTime(deps.journal, args ?? {})),
    deps.runner.register(COMMANDS.logManagementTime, () => logTime(deps.journal, { tag: 'management' })),
    deps.runner.register(COMMANDS.logLeadershipTime, () => logTime(deps.journal, { tag: 'leadership' })),
    deps.runner.register(COMMANDS.startTimeAudit, (args?: { days?: number | 'week' }) => startAudit(deps, args ?? {})),
    deps.runner.register(COMMANDS.stopTimeAudit, () => stopAudit(deps)),
  );
}

async function logTime(service: JournalService, args: LogArgs): Promise<vscode.Uri | undefined> {
  const journal = await service.open();
  if (!journal) {
    return undefined;
  }
  const tag = args.tag !== undefined ? logTagOf(args.tag) : await pickLogTag(service.taxonomy(), 'Log Time');
  if (!tag) {
    return undefined;
  }
  const minutes = args.duration !== undefined ? parseDuration(args.duration) : await pickDuration(tag);
  if (minutes === undefined) {
    return undefined;
  }
  const note = args.note ?? await vscode.window.showInputBox({
    title: `Log ${formatMinutes(minutes)} of ${tag}`, prompt: 'A note, one line (Enter to skip)', placeHolder: 'e.g. walked the team through the Q1 bet',
  });
  if (note === undefined) {
    return undefined;
  }
  // Scripted (a duration given): only what the arguments say. Asked: how it felt too, skippable.
  const energy = args.energy !== undefined ? energyOf(args.energy)
    : args.duration !== undefined ? '' : await pickEnergy(`Log ${formatMinutes(minutes)} of ${tag}`);
  if (energy === undefined) {
    return undefined;
  }
  const date = args.date !== undefined ? parseCalendarDate(args.date) : currentDay();
  if (!date) {
    throw new Refusal(`"${args.date}" is not a day written YYYY-MM-DD`);
  }
  const now = new Date();
  const time = `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
  const context = await service.context();
  const path = await weekEntryForLog(journal.files, date, withJournal(context));
  const uri = journal.files.uriOf(path);
  const result = await editEntryFile(journal.files, path, logTimeEdit({ date, time, minutes, tag, note, ...(energy ? { energy } : {}) }));
  vscode.window.setStatusBarMessage(`$(check) Logged ${formatMinutes(minutes)} of ${tag}${result.saved ? '' : ' (unsaved)'}`, 5000);
  return uri;
}

/** A duration from the usual ones, or typed (`45m` offers "45 min" as you type). */
function pickDuration(tag: string): Promise<number | undefined> {
  return pickOrType<number>({
    title: `Log Time: ${tag}`,
    placeholder: 'How long? Pick one, or type it: 45m, 1.5h, 1h30',
    presets: [15, 30, 60, 120].map((minutes) => ({ label: formatMinutes(minutes), value: minutes })),
    read: (typed) => {
      try {
        const minutes = parseDuration(typed);
        return { label: formatMinutes(minutes), value: minutes, detail: `typed: ${typed}` };
      } catch (error) {
        return { hint: error instanceof DurationError ? error.message : String(error) };
      }
    },
  });
}

async function startAudit(deps: TimeLogDeps, args: { days?: number | 'week' }): Promise<AuditRange | undefined> {
  const running = deps.audit.running;
  if (running) {
    void vscode.window.showInformationMessage(`Reflection: a time audit is running already (${running.from} to ${running.to}).`);
    return running;
  }
  const today = currentDay();
  const workdays = deps.settings.current.timeAudit.workingDays;
  const days = args.days ?? (await vscode.window.showQuickPick([
    { label: 'A week', description: `${today} to ${auditEnd(today, 'week', workdays)}`, days: 'week' as const },
    ...[5, 3].map((n) => ({ label: `${n} working days`, description: `${today} to ${auditEnd(today, n, workdays)}`, days: n })),
  ], { title: 'Start Time Audit', placeHolder: 'For how long? Log every stretch of work as management or leadership.' }))?.days;
  if (days === undefined) {
    return undefined;
  }
  const state: AuditRange = { from: today, to: auditEnd(today, days, workdays) };
  await deps.audit.start(state);
  vscode.window.setStatusBarMessage(`$(clock) Time audit until ${state.to}: log with the status bar's M and L`, 8000);
  return state;
}

/** Ends the audit and writes its summary entry (from the start to today, or to the planned end). */
async function stopAudit(deps: TimeLogDeps): Promise<vscode.Uri | undefined> {
  const state = deps.audit.running;
  if (!state) {
    void vscode.window.showInformationMessage('Reflection: no time audit is running. Start one with "Reflection: Start Time Audit".');
    return undefined;
  }
  const journal = await deps.journal.open();
  if (!journal) {
    return undefined;
  }
  await deps.journal.settled();
  const summary = await writeAuditSummary(journal.files, journal.index.entries(), state, deps.journal.target(), currentDay());
  await deps.audit.stop();
  const uri = journal.files.uriOf(summary.path);
  await showEntry(uri, summary);
  return uri;
}
