/**
 * The Decision Record panel's messages, both ways. No VS Code or Node imports: the page imports
 * this file too. The host computes every number; the page draws them.
 */

export interface RecordBucket {
  /** As a person reads it: `80–89 %`. */
  readonly range: string;
  readonly from: number;
  readonly to: number;
  readonly count: number;
  readonly meanConfidence: number;
  readonly hitRate: number;
}

export interface DebtBar {
  readonly period: string;
  /** Decisions open and past due at the end of the period (or today, for the current one). */
  readonly overdue: number;
  readonly open: number;
}

export type DebtUnit = 'week' | 'month';

export interface DecisionRecordState {
  readonly asOf: string;
  readonly reviewed: number;
  readonly brier: number | null;
  readonly buckets: readonly RecordBucket[];
  /** The curve in words: "When you said 80–89 % (4 times), it happened 55 % of the time." */
  readonly words: readonly string[];
  /** Waiting for a look back: decisions with an expectation and bets whose day has come. */
  readonly waiting: number;
  readonly debtUnit: DebtUnit;
  readonly debt: readonly DebtBar[];
}

export type RecordHostMessage = { readonly type: 'state'; readonly state: DecisionRecordState };

export type RecordPageMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'debtUnit'; readonly unit: DebtUnit }
  | { readonly type: 'reviewOutcome' };

/** A message from the page, if it is one it may send; anything else is dropped. */
export function parseRecordPageMessage(value: unknown): RecordPageMessage | undefined {
  const message = value as { type?: unknown; unit?: unknown } | null;
  if (!message || typeof message !== 'object') {
    return undefined;
  }
  if (message.type === 'ready' || message.type === 'reviewOutcome') {
    return { type: message.type };
  }
  if (message.type === 'debtUnit' && (message.unit === 'week' || message.unit === 'month')) {
    return { type: 'debtUnit', unit: message.unit };
  }
  return undefined;
}
