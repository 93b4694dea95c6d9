/**
 * The journal as the extension sees it: the index, built on first use (never at start-up), then
 * kept current from a file watcher and editor saves, one changed path at a time. Problems become
 * diagnostics on their files. Changing the journal directory starts over; changing the taxonomy
 * or target only recomputes.
 */
import * as vscode from 'vscode';
import { JournalIndex } from '../journal/journalIndex';
import { DEFAULT_TARGET_SHARE, Taxonomy, validTargetShare } from '../journal/taxonomy';
import { JOURNAL_DIRECTORY_SETTING, type JournalLocation } from './journalLocation';
import { WorkspaceJournalFiles } from './workspaceFiles';

/** Changes that arrive together (a save, a git checkout) are read in one go after this pause. */
const SETTLE_MS = 60;

export interface OpenJournal {
  readonly root: vscode.Uri;
  readonly files: WorkspaceJournalFiles;
  readonly index: JournalIndex;
}

export class JournalService implements vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  /** Fires after the index or the settings that shape the numbers changed. */
  readonly onDidChange = this.changeEmitter.event;

  private opening: Promise<OpenJournal | undefined> | undefined;
  private watcher: vscode.Disposable | undefined;
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private draining: Promise<void> = Promise.resolve();
  private readonly disposables: vscode.Disposable[] = [];
  private cachedTaxonomy: Taxonomy | undefined;

  constructor(
    private readonly location: JournalLocation,
    private readonly diagnostics: vscode.DiagnosticCollection,
  ) {
    this.disposables.push(
      this.changeEmitter,
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`reflection.${JOURNAL_DIRECTORY_SETTING}`)) {
          this.close();
          this.changeEmitter.fire();
        } else if (event.affectsConfiguration('reflection.taxonomy') || event.affectsConfiguration('reflection.targetLeadershipShare')) {
          this.cachedTaxonomy = undefined;
          this.changeEmitter.fire();
        }
      }),
      vscode.workspace.onDidSaveTextDocument((document) => this.enqueue(document.uri)),
      location.onDidChoose(() => {
        this.close();
        this.changeEmitter.fire();
      }),
    );
  }

  /** The journal and its index, read on first use; undefined when there is no journal folder. */
  open(): Promise<OpenJournal | undefined> {
    this.opening ??= this.build().catch((error: unknown) => {
      this.opening = undefined;
      throw error;
    });
    return this.opening;
  }

  /** The journal when its folder is known without asking (read on first use); else undefined. */
  async openIfKnown(): Promise<OpenJournal | undefined> {
    return this.location.current() ? this.open() : undefined;
  }

  /** The journal if it is already open; never reads the disk or asks anything. */
  async peek(): Promise<OpenJournal | undefined> {
    return this.opening ? this.opening.catch(() => undefined) : undefined;
  }

  taxonomy(): Taxonomy {
    this.cachedTaxonomy ??= Taxonomy.withOverrides(vscode.workspace.getConfiguration('reflection').get('taxonomy')).taxonomy;
    return this.cachedTaxonomy;
  }

  target(): number {
    return validTargetShare(vscode.workspace.getConfiguration('reflection').get('targetLeadershipShare')) ?? DEFAULT_TARGET_SHARE;
  }

  /** Resolves once every change seen so far is in the index. */
  async settled(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.drain();
    }
    await this.draining;
  }

  private async build(): Promise<OpenJournal | undefined> {
    const location = await this.location.resolve();
    if (!location) {
      return undefined;
    }
    const files = new WorkspaceJournalFiles(location.root);
    const index = new JournalIndex(files);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(location.root, '**'));
    this.watcher = vscode.Disposable.from(
      watcher,
      watcher.onDidCreate((uri) => this.enqueue(uri)),
      watcher.onDidChange((uri) => this.enqueue(uri)),
      watcher.onDidDelete((uri) => this.enqueue(uri)),
    );
    await index.build();
    const journal = { root: location.root, files, index };
    this.publishDiagnostics(journal);
    return journal;
  }

  private enqueue(uri: vscode.Uri): void {
    if (!this.opening) {
      return;
    }
    this.pending.add(uri.toString());
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.drain();
    }, SETTLE_MS);
  }

  /** Reads the pending paths one after another; updates never overlap. */
  private drain(): void {
    const uris = [...this.pending].map((text) => vscode.Uri.parse(text));
    this.pending.clear();
    this.draining = this.draining.then(async () => {
      const journal = await this.peek();
      if (!journal) {
        return;
      }
      let changed = false;
      for (const uri of uris) {
        const path = relativePath(journal.root, uri);
        if (path !== undefined) {
          await journal.index.refresh(path);
          changed = true;
        }
      }
      if (changed) {
        this.publishDiagnostics(journal);
        this.changeEmitter.fire();
      }
    }).catch((error: unknown) => {
      console.error('Reflection: updating the journal index failed', error);
    });
  }

  private publishDiagnostics(journal: OpenJournal): void {
    const byPath = new Map<string, vscode.Diagnostic[]>();
    for (const finding of journal.index.findings()) {
      const line = Math.max(0, finding.line - 1);
      const diagnostic = new vscode.Diagnostic(
        new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER),
        finding.severity === 'problem' ? `${finding.message} (left out of the balance)` : finding.message,
        finding.severity === 'problem' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
      );
      diagnostic.source = 'Reflection';
      byPath.set(finding.path, [...(byPath.get(finding.path) ?? []), diagnostic]);
    }
    this.diagnostics.clear();
    for (const [path, list] of byPath) {
      this.diagnostics.set(journal.files.uriOf(path), list);
    }
  }

  private close(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
    this.watcher?.dispose();
    this.watcher = undefined;
    this.opening = undefined;
    this.diagnostics.clear();
  }

  dispose(): void {
    this.close();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

/** The path of `uri` relative to the journal `root`, with `/`; undefined when it is outside. */
export function relativePath(root: vscode.Uri, uri: vscode.Uri): string | undefined {
  if (uri.scheme !== root.scheme || uri.authority !== root.authority) {
    return undefined;
  }
  const base = root.path.endsWith('/') ? root.path : `${root.path}/`;
  if (uri.path === root.path) {
    return '';
  }
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : undefined;
}
