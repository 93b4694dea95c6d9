/**
 * In the browser (vscode.dev, github.dev) the extension host has no disk of its own: a home
 * folder or an absolute path means nothing there, so the journal directory is always taken
 * relative to the first workspace folder.
 */
import type * as OnDisk from './absoluteDirectory';

export const absoluteDirectory: typeof OnDisk.absoluteDirectory = () => undefined;
