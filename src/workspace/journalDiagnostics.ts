/**
 * The journal's problems and warnings in the Problems panel: each on its file and line, kept in
 * step with the index, with the entries dated after today among the warnings.
 */
import * as vscode from 'vscode';
import { type Finding, futureEntryFindings } from '../journal/entries/entry';
import { currentDay } from './clock';
import { Disposable } from './disposable';
import type { JournalService } from './journalService';

export class JournalDiagnostics extends Disposable {
  private readonly collection = this._register(vscode.languages.createDiagnosticCollection('reflection'));

  constructor(private readonly journal: JournalService) {
    super();
    this._register(journal.onDidChange(() => void this.publish()));
  }

  private async publish(): Promise<void> {
    const open = await this.journal.peek();
    this.collection.clear();
    if (!open) {
      return;
    }
    const byPath = new Map<string, vscode.Diagnostic[]>();
    for (const finding of [...open.index.findings(), ...futureEntryFindings(open.index.entries(), currentDay())]) {
      byPath.set(finding.path, [...(byPath.get(finding.path) ?? []), diagnosticOf(finding)]);
    }
    for (const [path, list] of byPath) {
      this.collection.set(open.files.uriOf(path), list);
    }
  }
}

function diagnosticOf(finding: Finding): vscode.Diagnostic {
  const line = Math.max(0, finding.line - 1);
  const diagnostic = new vscode.Diagnostic(
    new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER),
    finding.severity === 'problem' ? `${finding.message} (left out of the balance)` : finding.message,
    finding.severity === 'problem' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
  );
  diagnostic.source = 'Reflection';
  return diagnostic;
}
