/**
 * `reflection-journal log`: one stretch of time as management or leadership (with an optional
 * energy mark) into the week's entry, or a week of a calendar export (`--from-ics`).
 */
import { join, resolve } from 'node:path';
import { localToday } from '../journal/base/dates';
import { formatMinutes, parseDuration } from '../journal/base/duration';
import { type Energy, logTagOf } from '../journal/entries/timeLogLines';
import { withJournal } from '../journal/reviews/journalVariables';
import { logTimeEdit, weekEntryForLog } from '../journal/timeAudit/logTime';
import { LEADERSHIP_MOMENTS, entryPathFor } from '../journal/writing/entryNames';
import { NodeJournalFiles } from '../node/nodeFiles';
import { runCalendarLog } from './calendarLog';
import { type Output, journalContext } from './journalContext';
import { UsageError, dateOption, journalDirectory, parseCommand } from './usage';

export async function runLog(args: string[], output: Output): Promise<number> {
  const { positionals, values } = parseCommand(args, {
    dir: { type: 'string' }, date: { type: 'string' }, note: { type: 'string' }, energy: { type: 'string' },
    'from-ics': { type: 'string' }, week: { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' },
  }, 2);
  if (typeof values['from-ics'] === 'string') {
    const dir = journalDirectory(values.dir);
    return runCalendarLog({
      file: values['from-ics'], week: typeof values.week === 'string' ? values.week : undefined, dir, today: localToday(),
      dryRun: values['dry-run'] === true, json: values.json === true,
    }, output, () => journalContext(dir, new NodeJournalFiles(resolve(dir), { sync: true }), output));
  }
  const [side, duration] = positionals;
  if (!side || !duration) {
    throw new UsageError('log needs a side and a duration, like: reflection-journal log leadership 45m --note "…"');
  }
  let tag: string;
  let minutes: number;
  try {
    tag = logTagOf(side);
    minutes = parseDuration(duration);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const dir = journalDirectory(values.dir);
  const files = new NodeJournalFiles(resolve(dir), { sync: true });
  const date = dateOption(values.date, '--date') ?? localToday();
  const now = new Date();
  const time = `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
  // A new week's entry shows what earlier entries left open: read the journal only then.
  const isNew = !await files.exists(entryPathFor(LEADERSHIP_MOMENTS, date));
  const path = await weekEntryForLog(files, date, withJournal(isNew ? await journalContext(dir, files, output) : undefined));
  if (values.energy !== undefined && values.energy !== '+' && values.energy !== '-') {
    throw new UsageError('--energy is + (energising) or - (draining); leave it out for neutral');
  }
  const energy = values.energy === '+' || values.energy === '-' ? { energy: values.energy as Energy } : {};
  const item = { date, time, minutes, tag, note: typeof values.note === 'string' ? values.note : '', ...energy };
  await files.replaceText(path, logTimeEdit(item));
  output.out(join(dir, ...path.split('/')));
  output.err(`logged ${formatMinutes(minutes)} of ${tag}`);
  return 0;
}
