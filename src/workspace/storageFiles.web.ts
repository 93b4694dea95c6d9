/** In the browser the extension's storage is reached through `vscode.workspace.fs` only. */
import * as vscode from 'vscode';
import type * as OnDisk from './storageFiles';
import { joinParts } from '../journal/entries/snapshotBytes';

export const readStorageFile: typeof OnDisk.readStorageFile = async (uri) => vscode.workspace.fs.readFile(uri);

export const writeStorageFile: typeof OnDisk.writeStorageFile = async (uri, parts) => {
  const bytes = joinParts([...parts]);
  await vscode.workspace.fs.writeFile(uri, bytes);
  return bytes.byteLength;
};
