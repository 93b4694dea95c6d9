/**
 * The CLI has no VS Code settings, so it reads the workspace's: `reflection.taxonomy`,
 * `reflection.targetLeadershipShare`, the calendar rules and address from the nearest `.vscode/settings.json` in the journal
 * directory or a folder above it. Committed with the journal, those settings give the panel, the
 * CLI and every clone the same numbers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import { DEFAULT_TARGET_SHARE, Taxonomy, validTargetShare } from '../journal/balance/taxonomy';

export interface JournalSettings {
  readonly taxonomy: Taxonomy;
  readonly target: number;
  /** `reflection.timeAudit.calendarRules` as written (read by the calendar import). */
  readonly calendarRules?: unknown;
  /** `reflection.calendar.me`: your e-mail address in calendars. */
  readonly calendarMe?: string;
  /** The settings file they came from, if any. */
  readonly source?: string;
  readonly warnings: readonly string[];
}

export function journalSettings(journalDir: string): JournalSettings {
  const source = findSettingsFile(resolve(journalDir));
  if (!source) {
    return { taxonomy: Taxonomy.default, target: DEFAULT_TARGET_SHARE, warnings: [] };
  }
  const errors: ParseError[] = [];
  const parsed: unknown = parse(readFileSync(source, 'utf8'), errors, { allowTrailingComma: true });
  const settings = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  const warnings = errors.map((error) => `${source}: ${printParseErrorCode(error.error)} at offset ${error.offset}`);
  const { taxonomy, ignored } = Taxonomy.withOverrides(settings['reflection.taxonomy']);
  warnings.push(...ignored.map((tag) => `${source}: reflection.taxonomy["${tag}"] must be "management", "leadership" or "none"; ignored`));
  const rawTarget = settings['reflection.targetLeadershipShare'];
  const target = validTargetShare(rawTarget);
  if (rawTarget !== undefined && target === undefined) {
    warnings.push(`${source}: reflection.targetLeadershipShare must be a number from 0 to 1; using ${DEFAULT_TARGET_SHARE}`);
  }
  const me = settings['reflection.calendar.me'];
  return {
    taxonomy, target: target ?? DEFAULT_TARGET_SHARE, source, warnings,
    calendarRules: settings['reflection.timeAudit.calendarRules'], ...(typeof me === 'string' && me.trim() ? { calendarMe: me.trim() } : {}),
  };
}

/** The nearest `.vscode/settings.json` at or above `dir`: the workspace the journal belongs to. */
function findSettingsFile(dir: string): string | undefined {
  for (let current = dir; ; current = dirname(current)) {
    const candidate = join(current, '.vscode', 'settings.json');
    if (existsSync(candidate)) {
      return candidate;
    }
    if (dirname(current) === current) {
      return undefined;
    }
  }
}
