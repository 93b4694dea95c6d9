/** Command-line arguments: parsing, and the one-line errors that exit with status 2. */
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type CalendarDate, parseCalendarDate } from '../journal/base/dates';
import { Refusal } from '../journal/base/refusal';
import { describeError } from '../journal/files';

export const USAGE = `Usage: reflection-journal <command> [options]

Commands:
  stats     [--dir DIR] [--by week|month|quarter] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json | --csv]
            the management / leadership balance per period
  decisions [--dir DIR] [--open | --calibration] [--as-of YYYY-MM-DD] [--json]
            every decision with its owner, due date and how overdue it is;
            --calibration: how often what you were sure of happened, and the Brier score
  check     [--dir DIR] [--json]                             list problems; exit 1 if any
  new TYPE  [--dir DIR] [--date YYYY-MM-DD] [--title TEXT]   start an entry; prints its path
  log SIDE DURATION [--note TEXT] [--energy +|-] [--dir DIR] [--date YYYY-MM-DD]
            log time (SIDE: management, leadership, or side/facet; DURATION: 45m, 1.5h, 1h30;
            --energy: + energising, - draining)
  log --from-ics FILE [--week GGGG-Www] [--dir DIR] [--dry-run] [--json]
            log a week of a calendar export, classified by reflection.timeAudit.calendarRules
  review    [month|quarter|year] [--period LABEL] [--as-of YYYY-MM-DD] [--dir DIR] [--json]
            the period's record: entries, balance, decisions, bets, follow-ups, lessons
  people    [--dir DIR] [--as-of YYYY-MM-DD] [--json]
            everyone you work with: last one-on-one, what is open with them

TYPE is monthly-reflection, leadership-moments, after-action-review, one-on-one, or a template
of yours in DIR/.templates/. --dir defaults to the current directory.`;

/** A mistake in how the tool was called: printed as one line, exit status 2. */
export class UsageError extends Error {}

type OptionSpec = Record<string, { type: 'string' | 'boolean' }>;

export interface ParsedCommand {
  readonly positionals: string[];
  readonly values: Record<string, string | boolean | undefined>;
}

/**
 * Parses a command's arguments strictly: unknown options and missing values are usage errors. The
 * word after an option that takes a value is that value, even when it starts with "-"
 * (`--title -x`, `--note "- done"`).
 */
export function parseCommand(args: string[], options: OptionSpec, maxPositionals: number): ParsedCommand {
  let parsed: ReturnType<typeof parseArgs>;
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const name = args[i].startsWith('--') ? args[i].slice(2) : undefined;
    if (name !== undefined && options[name]?.type === 'string' && i + 1 < args.length && args[i + 1].startsWith('-')) {
      joined.push(`${args[i]}=${args[++i]}`);
    } else {
      joined.push(args[i]);
    }
  }
  try {
    parsed = parseArgs({ args: joined, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0] : String(error));
  }
  if (parsed.positionals.length > maxPositionals) {
    throw new UsageError(`unexpected argument "${parsed.positionals[maxPositionals]}"`);
  }
  return { positionals: parsed.positionals, values: parsed.values as ParsedCommand['values'] };
}

/** A `--date` value, checked to be a real calendar day. */
export function dateOption(value: string | boolean | undefined, name: string): CalendarDate | undefined {
  if (value === undefined || typeof value === 'boolean') {
    return undefined;
  }
  const date = parseCalendarDate(value);
  if (!date || date !== value) {
    throw new UsageError(`${name} must be a calendar day written YYYY-MM-DD (got "${value}")`);
  }
  return date;
}

/**
 * The one line printed for a failure, and the exit status: 2 for a mistake in the arguments, 1 for
 * something in the journal that stopped the command (a refused edit or write), 3 for anything else.
 */
export function describeFailure(error: unknown): { message: string; code: number } {
  if (error instanceof UsageError) {
    return { message: error.message, code: 2 };
  }
  if (error instanceof Refusal) {
    return { message: error.message, code: 1 };
  }
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    const path = (error as { path?: unknown }).path;
    return { message: `${typeof path === 'string' ? `${path}: ` : ''}${describeError(error)}`, code: 3 };
  }
  const message = error instanceof Error ? error.message.split('\n')[0] : 'unknown error';
  return { message: `${message} (set REFLECTION_DEBUG=1 to see where it happened)`, code: 3 };
}

/** `--dir`, or the current directory: it must be a directory. */
export function journalDirectory(value: string | boolean | undefined): string {
  const dir = typeof value === 'string' ? value : '.';
  let isDirectory = false;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch {
    isDirectory = false;
  }
  if (!isDirectory) {
    throw new UsageError(`--dir ${dir}: no such directory`);
  }
  return dir;
}
