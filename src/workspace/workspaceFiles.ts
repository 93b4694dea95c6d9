/**
 * The journal through `vscode.workspace.fs`, so it works in remote windows and on any file
 * system VS Code can open, not only the local disk.
 */
import * as vscode from 'vscode';
import { type DirectoryEntry, type FileStamp, type JournalFiles, WriteRefused, decodeText, encodeText, whenPresent } from '../journal/files';

export class WorkspaceJournalFiles implements JournalFiles {
  private readonly writeListeners: Array<(path: string) => void> = [];

  constructor(readonly root: vscode.Uri) {}

  /**
   * Calls `listener` with each path written through this object, so the extension's own writes
   * reach the index at once rather than when a file watcher reports them (late in a browser).
   */
  onDidWrite(listener: (path: string) => void): void {
    this.writeListeners.push(listener);
  }

  protected wrote(path: string): void {
    this.writeListeners.forEach((listener) => listener(path));
  }

  /** The URI of a path relative to the journal directory. */
  uriOf(path: string): vscode.Uri {
    return path === '' ? this.root : vscode.Uri.joinPath(this.root, ...path.split('/'));
  }

  async readFile(path: string): Promise<Uint8Array> {
    return vscode.workspace.fs.readFile(this.uriOf(path));
  }

  async readText(path: string): Promise<string> {
    return decodeText(await vscode.workspace.fs.readFile(this.uriOf(path)));
  }

  async readDirectory(path: string): Promise<DirectoryEntry[]> {
    let children: [string, vscode.FileType][];
    try {
      children = await vscode.workspace.fs.readDirectory(this.uriOf(path));
    } catch (error) {
      if (isMissing(error)) {
        return [];
      }
      throw error;
    }
    return children.map(([name, type]) => ({ name, kind: kindOf(type) }));
  }

  async stat(path: string): Promise<FileStamp | undefined> {
    const stat = await whenPresent(() => vscode.workspace.fs.stat(this.uriOf(path)), isMissing, undefined);
    // A link is not a file of the journal.
    return stat?.type === vscode.FileType.File ? { size: stat.size, mtime: stat.mtime } : undefined;
  }

  exists(path: string): Promise<boolean> {
    return whenPresent(async () => !!(await vscode.workspace.fs.stat(this.uriOf(path))), isMissing, false);
  }

  async createFile(path: string, content: Uint8Array): Promise<boolean> {
    await this.refuseLinks(path);
    // workspace.fs has no exclusive create: check, then write. The gap is a few milliseconds and
    // would need another program writing the same new name in it.
    if (await this.exists(path)) {
      const stat = await vscode.workspace.fs.stat(this.uriOf(path));
      if (stat.type !== vscode.FileType.File) {
        throw new WriteRefused(`${path} already exists and is not a file; nothing was written`);
      }
      return false;
    }
    const uri = this.uriOf(path);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(uri, content);
    this.wrote(path);
    return true;
  }

  /**
   * Reads, transforms and writes, checking just before the write that the file still holds what
   * was read (workspace.fs has no lock or atomic swap); if another writer changed it, again.
   */
  async replaceText(path: string, transform: (text: string) => string): Promise<string | undefined> {
    const uri = this.uriOf(path);
    await this.refuseLinks(path);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const before = keepingBom.decode(await vscode.workspace.fs.readFile(uri));
      let after: string;
      try {
        after = transform(before);
      } catch (error) {
        // Read half-way through another program's write? Then try again on what it wrote.
        await new Promise((settle) => setTimeout(settle, TORN_READ_WAIT_MS));
        if (keepingBom.decode(await vscode.workspace.fs.readFile(uri)) !== before) {
          continue;
        }
        throw error;
      }
      if (after === before) {
        return undefined;
      }
      if (keepingBom.decode(await vscode.workspace.fs.readFile(uri)) === before) {
        await vscode.workspace.fs.writeFile(uri, encodeText(after));
        this.wrote(path);
        return after;
      }
    }
    throw new WriteRefused(`${path} kept changing while it was being written; nothing was written`);
  }

  /** Refuses a path with a link in any part below the root (the root itself may be one). */
  private async refuseLinks(path: string): Promise<void> {
    const parts = path.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const part = parts.slice(0, i).join('/');
      let type: vscode.FileType;
      try {
        type = (await vscode.workspace.fs.stat(this.uriOf(part))).type;
      } catch (error) {
        if (isMissing(error)) {
          return;
        }
        throw error;
      }
      if (type & vscode.FileType.SymbolicLink) {
        throw new WriteRefused(`${part} is a link: entries are never written through links, which could lead outside the journal`);
      }
    }
  }
}

/** Tries before giving up when another writer keeps changing a file. */
const MAX_ATTEMPTS = 20;
/** How long a refused change waits to see whether it read a file half-way through another program's save. */
const TORN_READ_WAIT_MS = 30;
/** Decodes UTF-8 keeping a byte-order mark, so a rewrite keeps it too. */
const keepingBom = new TextDecoder('utf-8', { ignoreBOM: true });

function kindOf(type: vscode.FileType): DirectoryEntry['kind'] {
  // Links are never followed (a cloned journal could point them anywhere).
  if (type & vscode.FileType.SymbolicLink) {
    return 'other';
  }
  if (type === vscode.FileType.File) {
    return 'file';
  }
  return type === vscode.FileType.Directory ? 'directory' : 'other';
}

function isMissing(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'FileNotADirectory');
}
