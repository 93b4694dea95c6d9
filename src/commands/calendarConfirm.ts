/**
 * The one confirming pass of a calendar import: every event of the week in one list, the ones a
 * rule classified checked, the rest unchecked until given a tag. Unchecking leaves an event out;
 * the tag button changes its side or facet; the energy button marks it energising, draining or
 * neutral. Enter writes what is checked.
 */
import * as vscode from 'vscode';
import type { Taxonomy } from '../journal/balance/taxonomy';
import { formatMinutes } from '../journal/base/duration';
import type { Energy } from '../journal/entries/timeLogLines';
import type { ImportedLog } from '../journal/timeAudit/calendarImport';
import type { CalendarEventTime, CalendarWeek } from '../journal/timeAudit/calendarWeek';
import { pickLogTag } from './logPrompts';

interface Row {
  readonly event: CalendarEventTime;
  tag?: string;
  energy?: Energy;
  readonly already: boolean;
}

type Item = vscode.QuickPickItem & { readonly row: Row };

const TAG_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('tag'), tooltip: 'Change the tag' };
const ENERGY_ICONS: Readonly<Record<'' | Energy, string>> = { '': 'circle-outline', '+': 'arrow-up', '-': 'arrow-down' };
const ENERGY_WORDS: Readonly<Record<'' | Energy, string>> = { '': 'neutral (click: energising)', '+': 'energising (click: draining)', '-': 'draining (click: neutral)' };
const WEEKDAY = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * The logs to write, or undefined when cancelled. `alreadyLogged(event)` says whether the week's
 * entry has it already (shown, unchecked).
 */
export async function confirmCalendarWeek(week: CalendarWeek, taxonomy: Taxonomy, alreadyLogged: (event: CalendarEventTime) => boolean): Promise<ImportedLog[] | undefined> {
  const rows: Row[] = [
    ...week.logs.map((log) => ({ event: log, tag: log.tag, already: alreadyLogged(log) })),
    ...week.unclassified.map((event) => ({ event, already: alreadyLogged(event) })),
  ].sort((a, b) => (a.event.date + a.event.start < b.event.date + b.event.start ? -1 : a.event.date + a.event.start > b.event.date + b.event.start ? 1 : 0));
  const pick = vscode.window.createQuickPick<Item>();
  pick.canSelectMany = true;
  pick.matchOnDescription = true;
  pick.ignoreFocusOut = true;
  pick.title = `Import Calendar Week ${week.week}: uncheck what to leave out; the buttons change the tag and mark how it felt`;
  const skipped = week.skipped.length > 0 ? `, ${week.skipped.length} skipped (all-day, cancelled, declined)` : '';
  pick.placeholder = `${week.logs.length} tagged by your rules, ${week.unclassified.length} without a rule${skipped}`;
  const items = (): Item[] => rows.map((row) => ({
    label: row.event.title,
    description: describe(row),
    buttons: [TAG_BUTTON, { iconPath: new vscode.ThemeIcon(ENERGY_ICONS[row.energy ?? '']), tooltip: `How it felt: ${ENERGY_WORDS[row.energy ?? '']}` }],
    row,
  }));
  let chosen = new Set(rows.filter((row) => row.tag && !row.already));
  const redraw = (): void => {
    pick.items = items();
    pick.selectedItems = pick.items.filter((item) => chosen.has(item.row));
  };
  redraw();
  let asking = false;
  /** Asks a row's tag with the list hidden, then shows the list again. */
  const askTag = async (row: Row): Promise<void> => {
    asking = true;
    const tag = await pickLogTag(taxonomy, `Tag for "${row.event.title}"`, 'Which side was it? (a facet is optional)');
    asking = false;
    row.tag = tag ?? row.tag;
    if (!row.tag) {
      chosen.delete(row);
    }
    redraw();
    pick.show();
  };
  try {
    return await new Promise<ImportedLog[] | undefined>((resolve) => {
      pick.onDidTriggerItemButton(async ({ item, button }) => {
        if (button === TAG_BUTTON) {
          chosen.add(item.row);
          await askTag(item.row);
        } else {
          item.row.energy = item.row.energy === undefined ? '+' : item.row.energy === '+' ? '-' : undefined;
          chosen = new Set(pick.selectedItems.map((selected) => selected.row));
          redraw();
        }
      });
      pick.onDidChangeSelection(async (selected) => {
        if (asking) {
          return;
        }
        const now = new Set(selected.map((item) => item.row));
        const untagged = [...now].find((row) => !chosen.has(row) && !row.tag);
        chosen = now;
        if (untagged) {
          await askTag(untagged);
        }
      });
      pick.onDidAccept(() => {
        resolve(rows.filter((row) => chosen.has(row) && row.tag).map((row) => ({
          date: row.event.date, start: row.event.start, minutes: row.event.minutes, title: row.event.title, tag: row.tag!, ...(row.energy ? { energy: row.energy } : {}),
        })));
        pick.hide();
      });
      pick.onDidHide(() => {
        if (!asking) {
          resolve(undefined);
        }
      });
      pick.show();
    });
  } finally {
    pick.dispose();
  }
}

function describe(row: Row): string {
  const { event } = row;
  const weekday = WEEKDAY[(new Date(`${event.date}T00:00:00Z`).getUTCDay() + 6) % 7];
  const tag = row.tag ? `${row.tag}${row.energy ? ` ${row.energy}` : ''}` : 'no rule matched: check it to choose a tag';
  return `${weekday} ${event.start} · ${formatMinutes(event.minutes)} · ${tag}${row.already ? ' · logged already' : ''}`;
}
