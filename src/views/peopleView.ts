/**
 * The People view in the Reflection side bar: everyone the journal names, longest since the last
 * one-on-one first, with what is open with them. Clicking a person opens the last one-on-one;
 * expanding shows their open follow-ups and the open decisions they own; the inline button starts
 * the next one-on-one, with what is still open already in it.
 */
import * as vscode from 'vscode';
import type { CalendarDate } from '../journal/base/dates';
import { type Entry } from '../journal/entries/entry';
import { isMe, nameKey } from '../journal/entries/personNames';
import { type PersonRow, RECENT_DAYS, oneOnOnesOverdue, peopleReport } from '../journal/people/peopleReport';
import { ONE_ON_ONE } from '../journal/writing/entryNames';
import { VIEWS } from '../ids';
import { escapeTooltipText } from './tooltipText';
import { currentDay } from '../workspace/clock';
import { Disposable } from '../workspace/disposable';
import type { JournalService, OpenJournal } from '../workspace/journalService';
import type { Settings } from '../workspace/settings';

type Node =
  | { readonly kind: 'person'; readonly row: PersonRow; readonly overdue: boolean; readonly open: readonly OpenItem[] }
  | { readonly kind: 'item'; readonly item: OpenItem; readonly person: string };

interface OpenItem {
  readonly text: string;
  readonly path: string;
  readonly line: number;
  /** `follow-up 2026-11-05`, `decision, due 2026-11-20`. */
  readonly description: string;
}

export class PeopleViewProvider extends Disposable implements vscode.TreeDataProvider<Node> {
  static readonly viewId = VIEWS.people;
  private readonly changeEmitter = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private journal: OpenJournal | undefined;

  constructor(private readonly service: JournalService, private readonly settings: Settings) {
    super();
    this._register(service.onDidChange(() => this.changeEmitter.fire()));
    this._register(settings.onDidChangeArea('nudges', () => this.changeEmitter.fire()));
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node) {
      return node.kind === 'person' ? node.open.map((item) => ({ kind: 'item', item, person: node.row.name })) : [];
    }
    this.journal = await this.service.openIfKnown();
    return this.journal ? people(this.journal.index.entries(), currentDay(), this.settings.current.oneOnOneCadenceDays) : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'item') {
      const uri = this.journal!.files.uriOf(node.item.path);
      const line = Math.max(0, node.item.line - 1);
      const item = new vscode.TreeItem(node.item.text);
      item.id = `person:${nameKey(node.person)}:${node.item.path}#L${node.item.line}`;
      item.description = node.item.description;
      item.iconPath = new vscode.ThemeIcon(node.item.description.startsWith('follow-up') ? 'tasklist' : 'law');
      item.tooltip = `${node.item.text}\n${node.item.path}, line ${node.item.line}`;
      item.command = { command: 'vscode.open', title: 'Open Entry', arguments: [uri, { selection: new vscode.Range(line, 0, line, 0) }] };
      return item;
    }
    const { row } = node;
    const item = new vscode.TreeItem(row.name, node.open.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = `person:${nameKey(row.name)}`;
    item.description = describe(row);
    item.iconPath = new vscode.ThemeIcon(node.overdue ? 'bell-dot' : 'person');
    item.contextValue = node.overdue ? 'person.overdue' : 'person';
    item.tooltip = new vscode.MarkdownString([
      `**${escapeTooltipText(row.name)}**`,
      row.lastOneOnOne ? `Last one-on-one: ${row.lastOneOnOne} (${row.daysSince} days ago)${node.overdue ? ' — overdue' : ''}` : 'No one-on-one yet',
      `One-on-ones: ${row.oneOnOnes} in all, ${row.recentOneOnOnes} in the last ${RECENT_DAYS} days`,
      `Open follow-ups from them: ${row.openFollowUps}`,
      `Decisions they own: ${row.openDecisions} open, ${row.overdueDecisions} overdue`,
      `Named in ${row.entries} ${row.entries === 1 ? 'entry' : 'entries'}`,
    ].join('  \n'));
    if (row.lastOneOnOnePath) {
      item.command = { command: 'vscode.open', title: 'Open the Last One-on-One', arguments: [this.journal!.files.uriOf(row.lastOneOnOnePath)] };
    }
    return item;
  }

  /** The view as labels (what a person reads), for tests and automation. */
  async snapshot(): Promise<Array<{ label: string; description: string; contextValue: string; children: string[] }>> {
    const roots = await this.getChildren();
    return Promise.all(roots.map(async (root) => {
      const item = this.getTreeItem(root);
      const children = (await this.getChildren(root)).map((child) => String(this.getTreeItem(child).label));
      return { label: String(item.label), description: String(item.description ?? ''), contextValue: item.contextValue ?? '', children };
    }));
  }
}

/** `1:1 16 d ago · 2 in 90 d · 1 overdue decision` */
function describe(row: PersonRow): string {
  const parts = [row.daysSince === null ? 'no 1:1 yet' : row.daysSince === 0 ? '1:1 today' : `1:1 ${row.daysSince} d ago`];
  if (row.daysSince !== null) {
    parts.push(`${row.recentOneOnOnes} in ${RECENT_DAYS} d`);
  }
  if (row.overdueDecisions > 0) {
    parts.push(`${row.overdueDecisions} overdue ${row.overdueDecisions === 1 ? 'decision' : 'decisions'}`);
  }
  return parts.join(' · ');
}

/** Everyone, in the report's order, with their open follow-ups (from their one-on-ones) and the open decisions they own. */
function people(entries: readonly Entry[], today: CalendarDate, cadenceDays: number): Node[] {
  const report = peopleReport(entries, today);
  const overdue = new Set(oneOnOnesOverdue(report, cadenceDays).map((row) => nameKey(row.name)));
  const open = new Map<string, OpenItem[]>();
  const add = (name: string, item: OpenItem): void => {
    const key = nameKey(name);
    open.set(key, [...(open.get(key) ?? []), item]);
  };
  for (const entry of entries) {
    if (entry.date > today) {
      continue;
    }
    if (entry.type === ONE_ON_ONE && entry.person !== undefined && !isMe(entry.person)) {
      entry.followUps.forEach((followUp) => add(entry.person!, { text: followUp.text, path: entry.path, line: followUp.line, description: `follow-up ${entry.date}` }));
    }
    for (const decision of entry.decisions) {
      if (decision.status === 'open' && decision.owner !== null && !isMe(decision.owner)) {
        const when = decision.due === null ? 'no due date' : decision.due < today ? `overdue since ${decision.due}` : `due ${decision.due}`;
        add(decision.owner, { text: decision.decision, path: entry.path, line: decision.line, description: `decision, ${when}` });
      }
    }
  }
  return report.people.map((row) => ({ kind: 'person', row, overdue: overdue.has(nameKey(row.name)), open: open.get(nameKey(row.name)) ?? [] }));
}
