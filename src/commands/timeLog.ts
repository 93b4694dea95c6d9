/**
 * Log Time, Start Time Audit, Stop Time Audit (seed 003's one-week exercise). A log adds its
 * minutes to the week's entry (`hours.<side>`) and a line under "Time log"; the audit's summary is
 * an entry of its own (type `time-audit`) with a decision prompt for each leadership log.
 * Arguments let keybindings, the status bar and tests skip the questions.
 */
import * as vscode from 'vscode';
import { auditEnd } from '../journal/timeAudit/audit';
import { writeAuditSummary } from '../journal/timeAudit/auditSummaryEntry';
import { type CalendarDate, parseCalendarDate } from '../journal/base/dates';
import { DurationError, formatMinutes, parseDuration } from '../journal/base/duration';
import { type Weekday, WEEKDAYS } from '../journal/base/weekdays';
import { logTagOf } from '../journal/entries/timeLogLines';
import { logTimeEdit, weekEntryForLog } from '../journal/timeAudit/logTime';
import type { Services } from '../extension';
import { currentDay } from '../workspace/clock';
import { editEntryFile } from '../workspace/entryEdits';
import { run } from './decisions';
import { showEntry } from './newEntry';

export interface LogArgs {
  /** `management`, `leadership` or `side/facet`. */
  readonly tag?: string;
  /** `45m`, `1.5h`, … */
  readonly duration?: string;
  readonly note?: string;
  readonly date?: string;
}

export interface AuditState {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

const AUDIT_KEY = 'reflection.timeAudit';

export function auditState(context: vscode.ExtensionContext): AuditState | undefined {
  return context.workspaceState.get<AuditState>(AUDIT_KEY);
}

export function workdays(): Weekday[] {
  const configured = vscode.workspace.getConfiguration('reflection.timeAudit').get<string[]>('workingDays', []);
  const valid = configured.filter((day): day is Weekday => (WEEKDAYS as readonly string[]).includes(day));
  return valid.length > 0 ? valid : ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
}

export function registerTimeLogCommands(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('reflection.logTime', (args?: LogArgs) => run(() => logTime(services, args ?? {}))),
    vscode.commands.registerCommand('reflection.logManagementTime', () => run(() => logTime(services, { tag: 'management' }))),
    vscode.commands.registerCommand('reflection.logLeadershipTime', () => run(() => logTime(services, { tag: 'leadership' }))),
    vscode.commands.registerCommand('reflection.startTimeAudit', (args?: { days?: number | 'week' }) => run(() => startAudit(context, services, args ?? {}))),
    vscode.commands.registerCommand('reflection.stopTimeAudit', () => run(() => stopAudit(context, services))),
  );
}

async function logTime(services: Services, args: LogArgs): Promise<vscode.Uri | undefined> {
  const journal = await services.journal.open();
  if (!journal) {
    return undefined;
  }
  const tag = args.tag !== undefined ? logTagOf(args.tag) : await pickTag(services);
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
  const date = args.date !== undefined ? parseCalendarDate(args.date) : currentDay();
  if (!date) {
    throw new Error(`"${args.date}" is not a day written YYYY-MM-DD`);
  }
  const now = new Date();
  const time = `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
  const path = await weekEntryForLog(journal.files, date);
  const uri = journal.files.uriOf(path);
  const result = await editEntryFile(journal.files, path, logTimeEdit({ date, time, minutes, tag, note }));
  vscode.window.setStatusBarMessage(`$(check) Logged ${formatMinutes(minutes)} of ${tag}${result.saved ? '' : ' (unsaved)'}`, 5000);
  return uri;
}

/** Management or leadership, with the taxonomy's facets of each. */
async function pickTag(services: Services): Promise<string | undefined> {
  const facets = services.journal.taxonomy().entries().filter(([tag]) => tag !== 'management' && tag !== 'leadership');
  const items: Array<vscode.QuickPickItem & { tag?: string }> = [
    { label: '$(tools) Management', description: 'tasks, reporting, coordination', tag: 'management' },
    { label: '$(compass) Leadership', description: 'decisions, direction, accountability', tag: 'leadership' },
  ];
  for (const side of ['management', 'leadership'] as const) {
    items.push({ label: side, kind: vscode.QuickPickItemKind.Separator });
    items.push(...facets.filter(([, s]) => s === side).map(([facet]) => ({ label: `${side}/${facet}`, tag: `${side}/${facet}` })));
  }
  const picked = await vscode.window.showQuickPick(items, { title: 'Log Time', placeHolder: 'What was it? (a facet is optional)' });
  return picked?.tag;
}

/** A duration from the usual ones, or typed (`45m` offers "45 min" as you type). */
async function pickDuration(tag: string): Promise<number | undefined> {
  const presets = [15, 30, 60, 120].map((minutes) => ({ label: formatMinutes(minutes), minutes }));
  const pick = vscode.window.createQuickPick<{ label: string; minutes: number; detail?: string; alwaysShow?: boolean }>();
  pick.title = `Log Time: ${tag}`;
  pick.placeholder = 'How long? Pick one, or type it: 45m, 1.5h, 1h30';
  pick.items = presets;
  const changed = pick.onDidChangeValue((value) => {
    if (value.trim() === '') {
      pick.items = presets;
      return;
    }
    try {
      const minutes = parseDuration(value);
      pick.items = [{ label: formatMinutes(minutes), minutes, detail: `typed: ${value}`, alwaysShow: true }, ...presets];
    } catch (error) {
      // A hint that cannot be accepted (its minutes are not a number).
      const hint = error instanceof DurationError ? error.message : String(error);
      pick.items = [{ label: `$(info) ${hint}`, minutes: Number.NaN, alwaysShow: true }, ...presets];
    }
  });
  try {
    return await new Promise<number | undefined>((resolve) => {
      pick.onDidAccept(() => {
        const minutes = pick.selectedItems[0]?.minutes;
        if (minutes !== undefined && Number.isNaN(minutes)) {
          return; // the hint: keep the picker open
        }
        resolve(minutes);
        pick.hide();
      });
      pick.onDidHide(() => resolve(undefined));
      pick.show();
    });
  } finally {
    changed.dispose();
    pick.dispose();
  }
}

async function startAudit(context: vscode.ExtensionContext, services: Services, args: { days?: number | 'week' }): Promise<AuditState | undefined> {
  const running = auditState(context);
  if (running) {
    void vscode.window.showInformationMessage(`Reflection: a time audit is running already (${running.from} to ${running.to}).`);
    return running;
  }
  const today = currentDay();
  const days = args.days ?? (await vscode.window.showQuickPick([
    { label: 'A week', description: `${today} to ${auditEnd(today, 'week', workdays())}`, days: 'week' as const },
    ...[5, 3].map((n) => ({ label: `${n} working days`, description: `${today} to ${auditEnd(today, n, workdays())}`, days: n })),
  ], { title: 'Start Time Audit', placeHolder: 'For how long? Log every stretch of work as management or leadership.' }))?.days;
  if (days === undefined) {
    return undefined;
  }
  const state: AuditState = { from: today, to: auditEnd(today, days, workdays()) };
  await context.workspaceState.update(AUDIT_KEY, state);
  services.audit.fire();
  vscode.window.setStatusBarMessage(`$(clock) Time audit until ${state.to}: log with the status bar's M and L`, 8000);
  return state;
}

/** Ends the audit and writes its summary entry (from the start to today, or to the planned end). */
async function stopAudit(context: vscode.ExtensionContext, services: Services): Promise<vscode.Uri | undefined> {
  const state = auditState(context);
  if (!state) {
    void vscode.window.showInformationMessage('Reflection: no time audit is running. Start one with "Reflection: Start Time Audit".');
    return undefined;
  }
  const journal = await services.journal.open();
  if (!journal) {
    return undefined;
  }
  await services.journal.settled();
  const summary = await writeAuditSummary(journal.files, journal.index.entries(), state, services.journal.target(), currentDay());
  await context.workspaceState.update(AUDIT_KEY, undefined);
  services.audit.fire();
  const uri = journal.files.uriOf(summary.path);
  await showEntry(uri, summary);
  return uri;
}
