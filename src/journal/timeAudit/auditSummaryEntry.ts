/**
 * Ending a time audit: its summary entry (type `time-audit`), covering the audit from its first
 * day to today or its planned last day, whichever comes first, written as a new entry whose
 * decision prompts open as a snippet.
 */
import type { CalendarDate } from '../base/dates';
import type { Entry } from '../entries/entry';
import type { JournalFiles } from '../files';
import { renderSnippet } from '../text/snippet';
import type { NewEntry } from '../writing/newEntry';
import { TIME_AUDIT } from '../writing/entryNames';
import { placeEntry } from '../writing/placeEntry';
import { type AuditRange, auditSummarySource, summarizeAudit } from './audit';

/** Writes the summary of the `running` audit as of `today`; never overwrites an entry. */
export async function writeAuditSummary(
  files: JournalFiles,
  entries: readonly Entry[],
  running: AuditRange,
  target: number,
  today: CalendarDate,
): Promise<NewEntry> {
  const planned = today < running.to ? today : running.to;
  const end = planned < running.from ? running.from : planned;
  const summary = summarizeAudit(entries, { from: running.from, to: end });
  const rendered = renderSnippet(auditSummarySource(summary, target, end));
  const placed = await placeEntry(files, TIME_AUDIT, end, '', () => rendered.text);
  return { ...placed, rendered };
}
