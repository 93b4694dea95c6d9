/** Command-line arguments: parsing, and the one-line errors that exit with status 2. */
import { parseArgs } from 'node:util';
import { type CalendarDate, parseCalendarDate } from '../journal/dates';

export const USAGE = `Usage: reflection-journal <command> [options]

Commands:
  stats     [--dir DIR] [--by week|month|quarter] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json | --csv]
            the management / leadership balance per period
  decisions [--dir DIR] [--open] [--as-of YYYY-MM-DD] [--json]
            every decision with its owner, due date and how overdue it is
  check     [--dir DIR] [--json]                             list problems; exit 1 if any
  new TYPE  [--dir DIR] [--date YYYY-MM-DD] [--title TEXT]   start an entry; prints its path
  log SIDE DURATION [--note TEXT] [--dir DIR] [--date YYYY-MM-DD]
            log time (SIDE: management, leadership, or side/facet; DURATION: 45m, 1.5h, 1h30)

TYPE is monthly-reflection, leadership-moments, after-action-review, or a template
of yours in DIR/.templates/. --dir defaults to the current directory.`;

/** A mistake in how the tool was called: printed as one line, exit status 2. */
export class UsageError extends Error {}

type OptionSpec = Record<string, { type: 'string' | 'boolean' }>;

export interface ParsedCommand {
  readonly positionals: string[];
  readonly values: Record<string, string | boolean | undefined>;
}

/** Parses a command's arguments strictly: unknown options and missing values are usage errors. */
export function parseCommand(args: string[], options: OptionSpec, maxPositionals: number): ParsedCommand {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
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
