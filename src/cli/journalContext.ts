/** What the journal knows today, for templates that show it (the record, what is carried over). */
import { localToday } from '../journal/base/dates';
import { JournalIndex } from '../journal/entries/journalIndex';
import type { JournalContext } from '../journal/reviews/journalVariables';
import type { NodeJournalFiles } from '../node/nodeFiles';
import { journalSettings } from './workspaceSettings';

/** Where a command prints: results on stdout, messages on stderr. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export async function journalContext(dir: string, files: NodeJournalFiles, output: Output): Promise<JournalContext> {
  const settings = journalSettings(dir);
  settings.warnings.forEach((warning) => output.err(`warning: ${warning}`));
  const index = new JournalIndex(files);
  await index.build();
  return { entries: index.entries(), taxonomy: settings.taxonomy, target: settings.target, today: localToday() };
}
