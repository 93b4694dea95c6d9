/**
 * Carry-over: a new week's leadership moments start with what earlier entries left open — the
 * follow-ups not done yet and the open decisions due this week or already overdue — each with a
 * link to where it lives, so it is ticked off or decided there (this list is a snapshot).
 */
import { type CalendarDate, daysBetween } from '../base/dates';
import { markdownLink } from '../base/journalPaths';
import { periodOf } from '../base/periods';
import type { Entry } from '../entries/entry';
import { openFollowUps } from '../decisions/followUps';
import { escapeMarkdown } from '../text/markdownText';

/** The "Carried over" section for a week entry dated `date`, as of `today`, linked from `linkFrom`. */
export function carriedOverMarkdown(entries: readonly Entry[], date: CalendarDate, today: CalendarDate, linkFrom: string): string {
  const weekEnd = periodOf(date, 'week').end;
  const known = entries.filter((entry) => entry.date <= today);
  const link = (text: string, path: string): string => `[${escapeMarkdown(text)}](${markdownLink(linkFrom, path)})`;
  const followUps = openFollowUps(known, today).map((item) => `- Follow-up from ${item.entryDate}: ${link(item.text, item.path)}`);
  const decisions = known
    .flatMap((entry) => entry.decisions.filter((d) => d.status === 'open' && d.due !== null && d.due <= weekEnd).map((d) => ({ d, entry })))
    .sort((a, b) => (a.d.due! < b.d.due! ? -1 : a.d.due! > b.d.due! ? 1 : 0))
    .map(({ d, entry }) => {
      const late = daysBetween(d.due!, today);
      const when = d.due! < today ? `overdue since ${d.due} (${late} ${late === 1 ? 'day' : 'days'})` : `due ${d.due}`;
      return `- Decision ${when}${d.owner ? `, ${escapeMarkdown(d.owner)}` : ''}: ${link(d.decision, entry.path)}`;
    });
  const items = [...followUps, ...decisions];
  return [
    '## Carried over',
    '',
    `<!-- What earlier entries left open, as of ${today}: tick it off or decide it where it lives. -->`,
    '',
    ...(items.length === 0 ? ['Nothing open from earlier entries.'] : items),
  ].join('\n');
}
