/**
 * The journal's files for the extension. On the `file` scheme (the local disk, or the remote disk
 * in a remote window, where the extension host runs) reads go straight through Node, several
 * times faster than `vscode.workspace.fs` for thousands of small files, and so do writes: they take
 * the same lock as `reflection-journal` in a terminal or a git hook, so the two never lose each
 * other's changes (editors see the new text through their file watchers, as with any program).
 * Any other scheme (vscode.dev, virtual file systems) uses `workspace.fs` only.
 */
import type * as vscode from 'vscode';
import type { DirectoryEntry, FileStamp } from '../journal/files';
import { NodeJournalFiles } from '../node/nodeFiles';
import { WorkspaceJournalFiles } from './workspaceFiles';

/** How long reading holds the extension host before it lets other work run. */
const SLICE_MS = 20;

class LocalJournalFiles extends WorkspaceJournalFiles {
  private readonly local: NodeJournalFiles;

  constructor(root: vscode.Uri) {
    super(root);
    // Synchronous reads are several times faster than the thread pool here (see docs/benchmarks.md);
    // pausing after every 20 ms of them keeps the extension host free for everything else.
    this.local = new NodeJournalFiles(root.fsPath, { sync: true, sliceMs: SLICE_MS });
  }

  override readFile(path: string): Promise<Uint8Array> {
    return this.local.readFile(path);
  }

  override readText(path: string): Promise<string> {
    return this.local.readText(path);
  }

  override readDirectory(path: string): Promise<DirectoryEntry[]> {
    return this.local.readDirectory(path);
  }

  override stat(path: string): Promise<FileStamp | undefined> {
    return this.local.stat(path);
  }

  /** The local files are read synchronously: their stamps come in one loop (`NodeJournalFiles.statMany`). */
  get statMany(): ((paths: readonly string[]) => Promise<Array<FileStamp | undefined>>) | undefined {
    return this.local.statMany;
  }

  override exists(path: string): Promise<boolean> {
    return this.local.exists(path);
  }

  override async createFile(path: string, content: Uint8Array): Promise<boolean> {
    const created = await this.local.createFile(path, content);
    if (created) {
      this.wrote(path);
    }
    return created;
  }

  override async replaceText(path: string, transform: (text: string) => string): Promise<string | undefined> {
    const after = await this.local.replaceText(path, transform);
    if (after !== undefined) {
      this.wrote(path);
    }
    return after;
  }
}

export function journalFilesFor(root: vscode.Uri): WorkspaceJournalFiles {
  return root.scheme === 'file' ? new LocalJournalFiles(root) : new WorkspaceJournalFiles(root);
}
