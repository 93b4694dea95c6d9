/**
 * The Decisions view in the Reflection side bar: open decisions grouped by urgency (Overdue, Due
 * soon, Open), those made or dropped recently, the leadership bets, and the follow-ups still open
 * (oldest first). Clicking an item opens its entry at that line; inline buttons mark a decision
 * made or dropped, revisit a due bet, or tick a follow-up done.
 */
import { currentDay } from '../workspace/clock';
import * as vscode from 'vscode';
import { type CalendarDate, addDays } from '../journal/base/dates';
import { type BetRow, betReport } from '../journal/decisions/bets';
import { type DecisionRow, decisionReport } from '../journal/decisions/decisionReport';
import { type FollowUpRow, openFollowUps } from '../journal/decisions/followUps';
import { type LookBack, lookBacksDue } from '../journal/decisions/lookBacks';
import { VIEWS } from '../ids';
import { escapeTooltipText } from './tooltipText';
import { Disposable } from '../workspace/disposable';
import type { JournalService, OpenJournal } from '../workspace/journalService';

/** Open decisions due within this many days count as "due soon". */
export const DUE_SOON_DAYS = 7;
/** Decisions made or dropped within this many days are listed as recent. */
export const RECENT_DAYS = 14;
/** Groups with more items than this start folded. */
export const EXPANDED_GROUP_LIMIT = 50;

/** A decision or bet named by the Decisions view (a tree item) or by path and index. */
export interface DecisionRef {
  readonly path: string;
  readonly index: number;
}

/** A follow-up named by the Decisions view (a tree item) or by path, line and text. */
export interface FollowUpRef {
  readonly path: string;
  readonly line: number;
  readonly text: string;
}

/** `{ path, line, text }` from a command argument: given as is, or a Decisions view item (`{ row }`). */
export function followUpRef(value: unknown): FollowUpRef | undefined {
  const candidate = (value as { row?: unknown } | undefined)?.row ?? value;
  const { path, line, text } = (candidate ?? {}) as { path?: unknown; line?: unknown; text?: unknown };
  return typeof path === 'string' && typeof line === 'number' && typeof text === 'string' ? { path, line, text } : undefined;
}

/** `{ path, index }` from a command argument: given as is, or a Decisions view item (`{ row }`). */
export function itemRef(value: unknown): DecisionRef | undefined {
  const candidate = (value as { row?: unknown } | undefined)?.row ?? value;
  const { path, index } = (candidate ?? {}) as { path?: unknown; index?: unknown };
  return typeof path === 'string' && typeof index === 'number' ? { path, index } : undefined;
}

type Node =
  | { readonly kind: 'group'; readonly id: string; readonly label: string; readonly children: readonly Node[] }
  | { readonly kind: 'decision'; readonly row: DecisionRow; readonly group: string }
  | { readonly kind: 'bet'; readonly row: BetRow }
  | { readonly kind: 'followUp'; readonly row: FollowUpRow }
  | { readonly kind: 'lookBack'; readonly row: LookBack };

export class DecisionsViewProvider extends Disposable implements vscode.TreeDataProvider<Node> {
  static readonly viewId = VIEWS.decisions;
  private readonly changeEmitter = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private journal: OpenJournal | undefined;

  constructor(private readonly service: JournalService) {
    super();
    this._register(service.onDidChange(() => this.changeEmitter.fire()));
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node) {
      return node.kind === 'group' ? [...node.children] : [];
    }
    this.journal = await this.service.openIfKnown();
    return this.journal ? groups(this.journal, currentDay()) : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      // A long group starts folded: its count is in its label, and its items (each sent to the
      // workbench) are made only when it is opened — a 10,000-entry journal can hold thousands.
      const state = node.children.length > EXPANDED_GROUP_LIMIT ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded;
      const item = new vscode.TreeItem(`${node.label} (${node.children.length})`, state);
      item.id = node.id;
      item.contextValue = 'group';
      return item;
    }
    const uri = this.journal!.files.uriOf(node.row.path);
    const line = Math.max(0, node.row.line - 1);
    const item = new vscode.TreeItem(node.kind === 'decision' ? node.row.decision : node.kind === 'bet' ? node.row.bet : node.row.text);
    item.id = `${node.kind}:${node.row.path}#${node.kind === 'followUp' ? `L${node.row.line}` : node.row.index}`;
    if (node.kind === 'lookBack') {
      const row = node.row;
      item.description = row.dueDays === 0 ? 'look back today' : `look back since ${row.dueOn}`;
      item.iconPath = new vscode.ThemeIcon('eye');
      item.contextValue = 'decision.review';
      item.tooltip = `${row.text}\nWritten ${row.entryDate} in ${row.path}: did it happen as you expected?`;
      item.resourceUri = uri;
      item.command = { command: 'vscode.open', title: 'Open Entry', arguments: [uri, { selection: new vscode.Range(line, 0, line, 0) }] };
      return item;
    }
    item.resourceUri = uri;
    item.command = { command: 'vscode.open', title: 'Open Entry', arguments: [uri, { selection: new vscode.Range(line, 0, line, 0) }] };
    if (node.kind === 'decision') {
      const row = node.row;
      item.description = [row.owner, describeDecision(row)].filter(Boolean).join(' · ');
      item.iconPath = new vscode.ThemeIcon(node.group === 'overdue' ? 'warning' : node.group === 'soon' ? 'clock'
        : row.status === 'made' ? 'pass' : row.status === 'dropped' ? 'circle-slash' : 'circle-large-outline');
      item.contextValue = row.status === 'open' ? 'decision.open' : 'decision.closed';
      item.tooltip = new vscode.MarkdownString(`**${escapeTooltipText(row.decision)}**\n\n${row.owner ? `Owner: ${escapeTooltipText(row.owner)}  \n` : ''}`
        + `${row.due ? `Due: ${row.due}  \n` : ''}Written ${row.entryDate} (${row.ageDays} days ago) in \`${row.path}\``);
    } else if (node.kind === 'followUp') {
      const row = node.row;
      item.description = `${row.entryDate} · ${row.ageDays} ${row.ageDays === 1 ? 'day' : 'days'} ago`;
      item.iconPath = new vscode.ThemeIcon('tasklist');
      item.contextValue = 'followUp';
      item.tooltip = `${row.text}\nPromised ${row.entryDate} in ${row.path}, line ${row.line}`;
    } else {
      const row = node.row;
      item.description = row.outcome ? `outcome: ${row.outcome}` : row.dueDays !== null ? (row.dueDays === 0 ? 'revisit today' : `revisit ${row.dueDays} days ago`) : row.revisit ? `revisit ${row.revisit}` : 'no revisit date';
      item.iconPath = new vscode.ThemeIcon(row.dueDays !== null ? 'bell-dot' : 'beaker');
      item.contextValue = row.dueDays !== null ? 'bet.due' : 'bet';
      item.tooltip = `${row.bet}\nWritten ${row.entryDate} in ${row.path}`;
    }
    return item;
  }

  /** The tree as labels (what a person reads), for tests and automation. */
  async snapshot(): Promise<Array<{ group: string; folded: boolean; items: Array<{ label: string; description: string; contextValue: string }> }>> {
    const roots = await this.getChildren();
    return Promise.all(roots.map(async (root) => ({
      group: String(this.getTreeItem(root).label),
      folded: this.getTreeItem(root).collapsibleState === vscode.TreeItemCollapsibleState.Collapsed,
      items: (await this.getChildren(root)).map((node) => {
        const item = this.getTreeItem(node);
        return { label: String(item.label), description: String(item.description ?? ''), contextValue: item.contextValue ?? '' };
      }),
    })));
  }
}

function describeDecision(row: DecisionRow): string {
  if (row.status !== 'open') {
    return `${row.status}${row.decided ? ` ${row.decided}` : ''}`;
  }
  if (row.overdueDays > 0) {
    return `${row.overdueDays} ${row.overdueDays === 1 ? 'day' : 'days'} overdue`;
  }
  return row.due ? `due ${row.due}` : 'no due date';
}

function groups(journal: OpenJournal, today: CalendarDate): Node[] {
  const all = decisionReport(journal.index.entries(), today).decisions;
  const soon = addDays(today, DUE_SOON_DAYS);
  const recent = addDays(today, -RECENT_DAYS);
  const open = all.filter((row) => row.status === 'open');
  const pick = (group: string, rows: readonly DecisionRow[]): Node[] => rows.map((row) => ({ kind: 'decision', row, group }));
  const bets = betReport(journal.index.entries(), today);
  const result: Node[] = [
    { kind: 'group', id: 'overdue', label: 'Overdue', children: pick('overdue', open.filter((row) => row.overdueDays > 0)) },
    { kind: 'group', id: 'soon', label: 'Due soon', children: pick('soon', open.filter((row) => row.overdueDays === 0 && row.due && row.due <= soon)) },
    { kind: 'group', id: 'open', label: 'Open', children: pick('open', open.filter((row) => row.overdueDays === 0 && (!row.due || row.due > soon))) },
    { kind: 'group', id: 'recent', label: 'Made recently', children: pick('recent', all.filter((row) => row.status !== 'open' && row.decided && row.decided >= recent)) },
    { kind: 'group', id: 'lookBacks', label: 'Due for a look back', children: lookBacksDue(journal.index.entries(), today).filter((row) => row.kind === 'decision').map((row) => ({ kind: 'lookBack', row })) },
    { kind: 'group', id: 'bets', label: 'Bets', children: bets.filter((row) => row.outcome === null).map((row) => ({ kind: 'bet', row })) },
    { kind: 'group', id: 'followUps', label: 'Follow-ups', children: openFollowUps(journal.index.entries(), today).map((row) => ({ kind: 'followUp', row })) },
  ];
  return result.filter((node) => node.kind !== 'group' || node.children.length > 0 || node.id === 'overdue');
}
