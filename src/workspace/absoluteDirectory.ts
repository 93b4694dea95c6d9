/**
 * `reflection.journalDirectory` as an absolute path on the extension host's disk, expanding `~`;
 * undefined when it is relative (to the first workspace folder). The browser build has its own
 * version (`absoluteDirectory.web.ts`).
 */
import * as os from 'node:os';
import * as path from 'node:path';

export function absoluteDirectory(setting: string): string | undefined {
  if (setting === '~' || setting.startsWith('~/') || setting.startsWith('~\\')) {
    return path.join(os.homedir(), setting.slice(1));
  }
  return path.isAbsolute(setting) ? setting : undefined;
}
