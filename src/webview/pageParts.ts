/**
 * A page's own script and stylesheet as text, to be written into its HTML: a webview then boots
 * without asking the workbench for two files, each of which goes through the webview's service
 * worker, the workbench and the server — slow when they are busy, as after a window reload. Read
 * once, when the extension starts to use the page. A part that cannot be read, or whose text could
 * end the element it sits in, is left out, and the page loads that file as before. Read through Node
 * where the extension's folder is on its disk: `workspace.fs` would ask the workbench, the busy
 * party here (a round trip of ~0.5 s after a window reload on a slow machine).
 */
import * as vscode from 'vscode';
import { readStorageFile } from '../workspace/storageFiles';

export interface PageParts {
  readonly script?: string;
  readonly style?: string;
}

/** Text that would end (or change how HTML reads) a `<script>` or `<style>` element around it. */
const ENDS_ELEMENT = /<\/(?:script|style)|<!--/i;

async function readText(file: vscode.Uri): Promise<string | undefined> {
  try {
    const text = new TextDecoder().decode(await readStorageFile(file));
    return ENDS_ELEMENT.test(text) ? undefined : text;
  } catch {
    return undefined;
  }
}

/** Reads `dist/<script>` and `media/<style>` of the extension. */
export async function readPageParts(extensionUri: vscode.Uri, script: string, style: string): Promise<PageParts> {
  const [scriptText, styleText] = await Promise.all([
    readText(vscode.Uri.joinPath(extensionUri, 'dist', script)), readText(vscode.Uri.joinPath(extensionUri, 'media', style)),
  ]);
  return { ...(scriptText === undefined ? {} : { script: scriptText }), ...(styleText === undefined ? {} : { style: styleText }) };
}
