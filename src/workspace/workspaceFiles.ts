/**
 * The journal through `vscode.workspace.fs`, so it works in remote windows and on any file
 * system VS Code can open, not only the local disk.
 */
import * as vscode from 'vscode';
import { type DirectoryEntry, type FileStamp, type JournalFiles, decodeText } from '../journal/files';

export class WorkspaceJournalFiles implements JournalFiles {
  constructor(readonly root: vscode.Uri) {}

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
    try {
      const stat = await vscode.workspace.fs.stat(this.uriOf(path));
      return stat.type & vscode.FileType.File ? { size: stat.size, mtime: stat.mtime } : undefined;
    } catch (error) {
      if (isMissing(error)) {
        return undefined;
      }
      throw error;
    }
  }

  async exists(path: string): Promise<boolean> {
    try {
      await vscode.workspace.fs.stat(this.uriOf(path));
      return true;
    } catch (error) {
      if (isMissing(error)) {
        return false;
      }
      throw error;
    }
  }

  async createFile(path: string, content: Uint8Array): Promise<boolean> {
    // workspace.fs has no exclusive create: check, then write. The gap is a few milliseconds and
    // would need another program writing the same new name in it.
    if (await this.exists(path)) {
      return false;
    }
    const uri = this.uriOf(path);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(uri, content);
    return true;
  }
}

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
