/**
 * The extension's settings, read in one place: typed, with their defaults and checked.
 * Everything else reads `settings.current` (always what VS Code has now: a change made a moment
 * ago counts even before its event arrives) and listens to `onDidChange`; the two settings the
 * extension writes are written here too.
 */
import * as vscode from 'vscode';
import { DEFAULT_TARGET_SHARE, Taxonomy, validTargetShare } from '../journal/balance/taxonomy';
import { WEEKDAYS, type Weekday } from '../journal/base/weekdays';
import type { Side } from '../journal/entries/tags';
import { Disposable } from './disposable';

export interface WorkingHours {
  /** `HH:MM`, local time. */
  readonly start: string;
  readonly end: string;
}

export interface ReflectionSettings {
  /** `reflection.journalDirectory`, trimmed; `journal` when empty. */
  readonly journalDirectory: string;
  readonly targetLeadershipShare: number;
  readonly taxonomy: Taxonomy;
  readonly nudges: { readonly enabled: boolean; readonly weeklyReminderDay: Weekday };
  readonly autoCommit: 'off' | 'onCreate';
  /** `reflection.people.cadenceDays`: days between one-on-ones before the nudge says one is overdue. */
  readonly oneOnOneCadenceDays: number;
  readonly timeAudit: {
    /** `reflection.timeAudit.calendarRules` as written (the core reads and checks it). */
    readonly calendarRules: unknown;
    /** `reflection.calendar.me`, trimmed; '' when not set. */
    readonly calendarMe: string;
    readonly workingHours: WorkingHours;
    readonly workingDays: readonly Weekday[];
    readonly reminderAfterMinutes: number;
  };
}

/** The groups of settings a listener may care about. */
export type SettingsArea = 'journalDirectory' | 'numbers' | 'nudges' | 'git' | 'timeAudit';

const SECTION = 'reflection';
const AREAS: ReadonlyArray<readonly [SettingsArea, readonly string[]]> = [
  ['journalDirectory', ['journalDirectory']],
  ['numbers', ['taxonomy', 'targetLeadershipShare']],
  ['nudges', ['nudges', 'people']],
  ['git', ['git']],
  ['timeAudit', ['timeAudit', 'calendar']],
];
const DEFAULT_WORKDAYS: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

export class Settings extends Disposable {
  private readonly changed = this._register(new vscode.EventEmitter<ReadonlySet<SettingsArea>>());
  /** Fires with the areas whose settings changed. */
  readonly onDidChange = this.changed.event;
  /** The taxonomy built from the raw setting it was built from, so it is built once per change. */
  private taxonomy: { readonly raw: string; readonly value: Taxonomy } | undefined;

  constructor() {
    super();
    this._register(vscode.workspace.onDidChangeConfiguration((event) => {
      const areas = new Set(AREAS.filter(([, keys]) => keys.some((key) => event.affectsConfiguration(`${SECTION}.${key}`))).map(([area]) => area));
      if (areas.size > 0) {
        this.changed.fire(areas);
      }
    }));
  }

  /** Calls `listener` when a setting of `area` changes. */
  onDidChangeArea(area: SettingsArea, listener: () => void): vscode.Disposable {
    return this.onDidChange((areas) => {
      if (areas.has(area)) {
        listener();
      }
    });
  }

  get current(): ReflectionSettings {
    const config = configuration();
    const raw = JSON.stringify(config.get('taxonomy') ?? null);
    if (this.taxonomy?.raw !== raw) {
      this.taxonomy = { raw, value: Taxonomy.withOverrides(config.get('taxonomy')).taxonomy };
    }
    return read(config, this.taxonomy.value);
  }

  /** Saves a folder the person picked as their journal, in their user settings. */
  async rememberJournalDirectory(path: string): Promise<void> {
    await configuration().update('journalDirectory', path, vscode.ConfigurationTarget.Global);
  }

  /** Adds a tag to `reflection.taxonomy`: in the workspace when one is open (shared with the CLI), else for the user. */
  async addToTaxonomy(tag: string, side: Side): Promise<void> {
    const config = configuration();
    const inspected = config.inspect<Record<string, string>>('taxonomy');
    const inWorkspace = (vscode.workspace.workspaceFolders?.length ?? 0) > 0;
    const current = (inWorkspace ? inspected?.workspaceValue : inspected?.globalValue) ?? {};
    await config.update('taxonomy', { ...current, [tag.toLowerCase()]: side },
      inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
  }
}

/** The settings as they apply to the first workspace folder (resource-scoped ones included). */
function configuration(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SECTION, vscode.workspace.workspaceFolders?.[0]?.uri);
}

function read(config: vscode.WorkspaceConfiguration, taxonomy: Taxonomy): ReflectionSettings {
  const weekday = (value: unknown): value is Weekday => (WEEKDAYS as readonly unknown[]).includes(value);
  const workingDays = (config.get<unknown[]>('timeAudit.workingDays') ?? []).filter(weekday);
  const reminderDay = config.get<unknown>('nudges.weeklyReminderDay');
  const reminderMinutes = config.get<unknown>('timeAudit.reminderAfterMinutes');
  const cadence = config.get<unknown>('people.cadenceDays');
  return {
    journalDirectory: config.get<string>('journalDirectory', 'journal').trim() || 'journal',
    targetLeadershipShare: validTargetShare(config.get('targetLeadershipShare')) ?? DEFAULT_TARGET_SHARE,
    taxonomy,
    nudges: { enabled: config.get<boolean>('nudges.enabled', true), weeklyReminderDay: weekday(reminderDay) ? reminderDay : 'friday' },
    autoCommit: config.get<string>('git.autoCommit') === 'onCreate' ? 'onCreate' : 'off',
    oneOnOneCadenceDays: typeof cadence === 'number' && Number.isFinite(cadence) && cadence >= 1 ? Math.round(cadence) : 14,
    timeAudit: {
      calendarRules: config.get<unknown>('timeAudit.calendarRules'),
      calendarMe: (config.get<string>('calendar.me') ?? '').trim(),
      workingHours: workingHours(config.get<string>('timeAudit.workingHours', '')),
      workingDays: workingDays.length > 0 ? workingDays : DEFAULT_WORKDAYS,
      reminderAfterMinutes: typeof reminderMinutes === 'number' && reminderMinutes >= 15 ? reminderMinutes : 120,
    },
  };
}

/** `09:00-17:00` as start and end; the default for anything else. */
function workingHours(text: string): WorkingHours {
  const match = /^(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})$/.exec(text.trim());
  return match ? { start: match[1], end: match[2] } : { start: '09:00', end: '17:00' };
}
