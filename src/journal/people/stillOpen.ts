/**
 * What a one-on-one starts from: the follow-ups still open from the last one-on-one with that
 * person (only the last: older ones were carried into it already, or let go on purpose) and the
 * open decisions they own, each linked to where it lives, so it is ticked off or decided there.
 */
import { type CalendarDate, daysBetween } from '../base/dates';
import type { FollowUp } from '../entries/bodySections';
import type { Decision } from '../entries/commitments';
import type { Entry } from '../entries/entry';
import { nameKey } from '../entries/personNames';
import { entryLink, escapeMarkdown } from '../text/markdownText';
import { ONE_ON_ONE } from '../writing/entryNames';

export interface StillOpen {
  /** The last one-on-one with the person before this one, if there was one. */
  readonly last?: Entry;
  readonly followUps: readonly FollowUp[];
  readonly decisions: ReadonlyArray<{ readonly decision: Decision; readonly entry: Entry }>;
}

/**
 * For a one-on-one with `person` dated `date` (to be written at `path`), as of `today`: the last
 * earlier one-on-one with them (dated up to `date`, not `path` itself), its open follow-ups, and
 * the open decisions they own in entries dated up to `today`, soonest due first.
 */
export function stillOpen(entries: readonly Entry[], person: string, date: CalendarDate, today: CalendarDate, path = ''): StillOpen {
  const key = nameKey(person);
  let last: Entry | undefined;
  for (const entry of entries) {
    if (entry.type === ONE_ON_ONE && entry.person !== undefined && entry.date <= date && entry.path !== path && nameKey(entry.person) === key) {
      last = !last || entry.date >= last.date ? entry : last;
    }
  }
  const decisions = entries
    .filter((entry) => entry.date <= today)
    .flatMap((entry) => entry.decisions
      .filter((decision) => decision.status === 'open' && decision.owner !== null && nameKey(decision.owner) === key)
      .map((decision) => ({ decision, entry })))
    .sort((a, b) => dueOrder(a.decision.due, b.decision.due));
  return { ...(last ? { last } : {}), followUps: last?.followUps ?? [], decisions };
}

/** Due first (soonest first), then those without a due day. */
function dueOrder(a: CalendarDate | null, b: CalendarDate | null): number {
  return a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;
}

/** The "Still open from last time" section, linked from `linkFrom` (the new entry's folder). */
export function stillOpenMarkdown(open: StillOpen, person: string, today: CalendarDate, linkFrom: string): string {
  const who = escapeMarkdown(person);
  const lines = ['## Still open from last time', ''];
  lines.push(`<!-- As of ${today}: tick these off or decide them where they live; this list is a snapshot. -->`, '');
  if (open.last) {
    const from = entryLink(`the one-on-one of ${open.last.date}`, open.last.path, linkFrom);
    lines.push(...(open.followUps.length === 0
      ? [`- Nothing left open from ${from}.`]
      : open.followUps.map((item) => `- Follow-up from ${open.last!.date}: ${entryLink(item.text, open.last!.path, linkFrom)}`)));
  } else {
    lines.push(`- This is the first one-on-one with ${who} in the journal.`);
  }
  for (const { decision, entry } of open.decisions) {
    const late = decision.due !== null && decision.due < today ? daysBetween(decision.due, today) : 0;
    const when = decision.due === null ? 'no due date' : late > 0 ? `overdue since ${decision.due} (${late} ${late === 1 ? 'day' : 'days'})` : `due ${decision.due}`;
    lines.push(`- A decision ${who} owns, ${when}: ${entryLink(decision.decision, entry.path, linkFrom)}`);
  }
  return lines.join('\n');
}
