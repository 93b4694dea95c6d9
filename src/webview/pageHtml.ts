/**
 * The HTML every page of the extension starts from: a strict content security policy (scripts
 * only with this load's nonce, styles, images and fonts only from the extension), one stylesheet,
 * one script, and an empty `#app` the script fills.
 */
import * as vscode from 'vscode';
import { jsonForAttribute } from './jsonForAttribute';

/**
 * `lazyScript`: a bundle the page loads itself after its first paint (its address in the script
 * tag's `data-chart`). `firstPaint`: what the page draws before it hears from the host, as JSON in
 * `#app`'s `data-first-paint` (data, never run: the page has no inline script). `firstLook`: a
 * headline to show until then, in `data-first-look`.
 */
export function pageHtml(webview: vscode.Webview, extensionUri: vscode.Uri, page: { script: string; style: string; title: string; lazyScript?: string; firstPaint?: unknown; firstLook?: string }): string {
  const nonce = Array.from(globalThis.crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', page.script));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', page.style));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link href="${style}" rel="stylesheet">
<title>${page.title}</title>
</head>
<body>
<main id="app" aria-busy="true"${page.firstPaint === undefined ? '' : ` data-first-paint="${jsonForAttribute(page.firstPaint)}"`}${page.firstLook === undefined ? '' : ` data-first-look="${jsonForAttribute(page.firstLook)}"`}></main>
<script nonce="${nonce}" src="${script}"${page.lazyScript ? ` data-chart="${webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', page.lazyScript))}"` : ''}></script>
</body>
</html>`;
}

/** What a page may load: the bundles and the stylesheets. */
export function pageRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')];
}
