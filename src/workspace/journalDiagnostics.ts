/**
 * The journal's problems and warnings in the Problems panel: each on its file and line, kept in
 * step with the index, with the entries dated after today among the warnings. They are published
 * a moment after a change (the Balance view goes first) and only for the files whose findings
 * changed, in one batch: a big journal can have thousands, and one message per file kept the
 * workbench busy for a second on the first read.
 */
import * as vscode from 'vscode';
import { type Finding, futureEntryFindings } from '../journal/entries/entry';
import { benchLog } from './benchLog';
import { currentDay } from './clock';
import { BACKGROUND_MS, Disposable } from './disposable';
import type { JournalService } from './journalService';

export class JournalDiagnostics extends Disposable {
  private readonly collection = this._register(vscode.languages.createDiagnosticCollection('reflection'));
  /** The journal folder the collection holds findings of. */
  private publishedRoot: string | undefined;
  /** What is in the collection, per path: the findings' text, to tell which files changed. */
  private published = new Map<string, string>();

  constructor(private readonly journal: JournalService) {
    super();
    const publishSoon = this._later(BACKGROUND_MS, () => void this.publish());
    this._register(journal.onDidChange(publishSoon));
  }

  private async publish(): Promise<void> {
    const open = await this.journal.peek();
    const root = open?.root.toString();
    if (root !== this.publishedRoot) {
      this.collection.clear();
      this.published = new Map();
      this.publishedRoot = root;
    }
    if (!open) {
      return;
    }
    const byPath = new Map<string, Finding[]>();
    for (const finding of [...open.index.findings(), ...futureEntryFindings(open.index.entries(), currentDay())]) {
      const list = byPath.get(finding.path);
      if (list) {
        list.push(finding);
      } else {
        byPath.set(finding.path, [finding]);
      }
    }
    const changes: Array<[vscode.Uri, vscode.Diagnostic[] | undefined]> = [];
    const next = new Map<string, string>();
    for (const [path, findings] of byPath) {
      const text = findings.map((finding) => `${finding.line}\u0000${finding.severity}\u0000${finding.message}`).join('\u0001');
      next.set(path, text);
      if (this.published.get(path) !== text) {
        changes.push([open.files.uriOf(path), findings.map(diagnosticOf)]);
      }
    }
    for (const path of this.published.keys()) {
      if (!next.has(path)) {
        changes.push([open.files.uriOf(path), undefined]);
      }
    }
    this.published = next;
    if (changes.length > 0) {
      this.collection.set(changes);
      benchLog?.(`problems and warnings of ${changes.length} files published`);
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
