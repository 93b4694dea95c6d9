/**
 * A command argument that names a file or folder: a URI as it is; a path on the disk of the
 * workspace's folder — in the browser, or any other scheme than `file`, the folder's own.
 */
import * as vscode from 'vscode';

export function uriOrPath(text: string): vscode.Uri {
  if (/^[a-z][a-z0-9+.-]+:/i.test(text) && !/^[a-z]:[\\/]/i.test(text)) {
    return vscode.Uri.parse(text);
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder && folder.scheme !== 'file' && text.startsWith('/') ? folder.with({ path: text }) : vscode.Uri.file(text);
}
