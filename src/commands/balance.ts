/**
 * Show Balance Trends (focuses the Balance view) and Export Balance (CSV or JSON through a save
 * dialog, the same report as `reflection-journal stats`). Export takes `{ format, by, uri }` to skip
 * the questions.
 */
import * as vscode from 'vscode';
import { PERIOD_UNITS, type PeriodUnit } from '../journal/base/periods';
import { statsCsv, statsJson, statsReport } from '../journal/balance/report';
import { COMMANDS, VIEWS, focusCommand } from '../ids';
import type { CommandRunner } from '../workspace/commandRunner';
import type { JournalService } from '../workspace/journalService';

export interface BalanceDeps {
  readonly runner: CommandRunner;
  readonly journal: JournalService;
}

interface ExportArgs {
  readonly format?: 'csv' | 'json';
  readonly by?: PeriodUnit;
  readonly uri?: vscode.Uri;
}

export function registerBalanceCommands(context: vscode.ExtensionContext, deps: BalanceDeps): void {
  context.subscriptions.push(
    deps.runner.register(COMMANDS.showBalance, () => vscode.commands.executeCommand(focusCommand(VIEWS.balance))),
    deps.runner.register(COMMANDS.exportBalance, (args?: ExportArgs) => exportBalance(deps, args ?? {})),
  );
}

async function exportBalance(deps: BalanceDeps, args: ExportArgs): Promise<vscode.Uri | undefined> {
  const format = args.format ?? (await vscode.window.showQuickPick(
    [{ label: 'CSV', description: 'for a spreadsheet', format: 'csv' as const }, { label: 'JSON', description: 'the same shape as reflection-journal stats --json', format: 'json' as const }],
    { title: 'Export Balance', placeHolder: 'Which format?' },
  ))?.format;
  if (!format) {
    return undefined;
  }
  const by = args.by ?? (await vscode.window.showQuickPick(
    PERIOD_UNITS.map((unit) => ({ label: `By ${unit}`, unit })),
    { title: 'Export Balance', placeHolder: 'One row per…' },
  ))?.unit;
  if (!by || !PERIOD_UNITS.includes(by)) {
    return undefined;
  }
  const journal = await deps.journal.open();
  if (!journal) {
    return undefined;
  }
  const uri = args.uri ?? await vscode.window.showSaveDialog({
    title: 'Export Balance',
    defaultUri: vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? journal.root, `balance-by-${by}.${format}`),
    filters: format === 'csv' ? { CSV: ['csv'] } : { JSON: ['json'] },
  });
  if (!uri) {
    return undefined;
  }
  const report = statsReport(journal.index.entries(), journal.index.problemCount(), deps.journal.taxonomy(), by);
  const text = format === 'csv' ? statsCsv(report) : statsJson(report);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${text}\n`));
  void vscode.window.showInformationMessage(`Balance by ${by} exported to ${vscode.workspace.asRelativePath(uri)}.`);
  return uri;
}
