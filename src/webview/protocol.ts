/**
 * Messages between the Balance view's host (extension) and its page (webview). Imported by both
 * sides, so it imports neither `vscode` nor the DOM. Everything the page sends is untrusted and
 * goes through `parsePageMessage` before the host acts on it.
 */

export type Unit = 'week' | 'month' | 'quarter';
export type Series = 'hours' | 'tags';
export type Range = 'recent' | 'all';

export interface ViewSettings {
  readonly unit: Unit;
  readonly series: Series;
  readonly range: Range;
}

export const DEFAULT_SETTINGS: ViewSettings = { unit: 'month', series: 'hours', range: 'recent' };

export interface ChartPoint {
  readonly period: string;
  readonly start: string;
  readonly end: string;
  readonly entries: number;
  readonly management: number;
  readonly leadership: number;
  readonly share: number | null;
  /** The period overlaps a time audit. */
  readonly audit: boolean;
  /** Time-log lines written in the period. */
  readonly logged: number;
  /** The period's review (leadership moments, monthly reflection, quarterly review), when written. */
  readonly review?: string;
}

export interface EntryRow {
  readonly path: string;
  readonly date: string;
  readonly type: string;
  readonly title: string;
  readonly share: number | null;
}

export interface InsightRow {
  readonly id: string;
  readonly text: string;
  /** A period to list when the person follows the insight… */
  readonly period?: string;
  /** …or else the entry to open. */
  readonly path?: string;
}

/** Everything the page draws, for the current settings. */
export interface BalanceState {
  readonly settings: ViewSettings;
  readonly target: number;
  readonly headline: string;
  readonly points: readonly ChartPoint[];
  readonly hiddenPeriods: number;
  readonly entryCount: number;
  readonly problemCount: number;
  readonly insights: readonly InsightRow[];
  /** The period whose entries are listed, if one is selected and still shown. */
  readonly selected?: { readonly period: string; readonly entries: readonly EntryRow[] };
}

export type HostMessage =
  | { readonly type: 'state'; readonly state: BalanceState }
  /** While every file is read for the first time: the headline of the newest files, said as such. */
  | { readonly type: 'firstLook'; readonly headline: string };

export const TEMPLATE_TYPES = ['monthly-reflection', 'after-action-review', 'leadership-moments'] as const;
export type TemplateType = (typeof TEMPLATE_TYPES)[number];

export type PageMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'settings'; readonly settings: ViewSettings }
  | { readonly type: 'select'; readonly period: string | null }
  | { readonly type: 'open'; readonly path: string }
  | { readonly type: 'newEntry'; readonly template: TemplateType }
  | { readonly type: 'showProblems' };

const UNITS: readonly string[] = ['week', 'month', 'quarter'];
const SERIES: readonly string[] = ['hours', 'tags'];
const RANGES: readonly string[] = ['recent', 'all'];
const PERIOD_LABEL = /^\d{4}-(W\d{2}|\d{2}|Q[1-4])$/;

/** A message from the page if it is well-formed, else undefined. Paths are checked by the host. */
export function parsePageMessage(raw: unknown): PageMessage | undefined {
  if (!raw || typeof raw !== 'object') {
    return undefined;
  }
  const message = raw as Record<string, unknown>;
  switch (message.type) {
    case 'ready':
    case 'showProblems':
      return { type: message.type };
    case 'settings': {
      const settings = message.settings as Record<string, unknown> | undefined;
      if (settings && UNITS.includes(settings.unit as string) && SERIES.includes(settings.series as string) && RANGES.includes(settings.range as string)) {
        return { type: 'settings', settings: { unit: settings.unit as Unit, series: settings.series as Series, range: settings.range as Range } };
      }
      return undefined;
    }
    case 'select':
      if (message.period === null || (typeof message.period === 'string' && PERIOD_LABEL.test(message.period))) {
        return { type: 'select', period: message.period };
      }
      return undefined;
    case 'open':
      return typeof message.path === 'string' && message.path.length < 1024 ? { type: 'open', path: message.path } : undefined;
    case 'newEntry':
      return (TEMPLATE_TYPES as readonly unknown[]).includes(message.template)
        ? { type: 'newEntry', template: message.template as TemplateType }
        : undefined;
    default:
      return undefined;
  }
}
