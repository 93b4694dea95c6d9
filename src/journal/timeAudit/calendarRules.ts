/**
 * `reflection.timeAudit.calendarRules`: an ordered list of `{ "match": "regex", "tag": "side/facet" }`;
 * the first rule whose pattern is found in an event's title gives its tag. Patterns run on RE2
 * (re2js), which takes time in proportion to the title whatever the pattern — settings may come
 * from a cloned journal — so look-around and back-references are refused, with a clear message.
 */
import { RE2JS } from 're2js';
import { logTagOf } from '../entries/timeLogLines';

/** Rules beyond this many are not read; a pattern longer than this is refused. */
export const MAX_RULES = 500;
export const MAX_PATTERN_CHARS = 500;

export interface CalendarRule {
  /** The pattern as written (echoed as `rule` in the JSON). */
  readonly match: string;
  /** `management`, `leadership`, or `side/facet`. */
  readonly tag: string;
  readonly pattern: RE2JS;
}

export interface CalendarRules {
  readonly rules: readonly CalendarRule[];
  /** One line per rule that could not be used, naming it. */
  readonly problems: readonly string[];
}

/** The rules from a setting's value; unusable ones are left out with a problem each. */
export function readCalendarRules(value: unknown): CalendarRules {
  if (value === undefined || value === null) {
    return { rules: [], problems: [] };
  }
  if (!Array.isArray(value)) {
    return { rules: [], problems: ['calendarRules must be a list of { "match": "…", "tag": "…" }'] };
  }
  const rules: CalendarRule[] = [];
  const problems: string[] = [];
  value.slice(0, MAX_RULES).forEach((raw: unknown, index) => {
    const rule = raw as { match?: unknown; tag?: unknown } | null;
    const where = `calendar rule ${index + 1}`;
    if (!rule || typeof rule.match !== 'string' || typeof rule.tag !== 'string') {
      problems.push(`${where} needs "match" (a pattern) and "tag" (like "management/hiring")`);
      return;
    }
    if (rule.match.length > MAX_PATTERN_CHARS) {
      problems.push(`${where}: the pattern is longer than ${MAX_PATTERN_CHARS} characters`);
      return;
    }
    let tag: string;
    let pattern: RE2JS;
    try {
      tag = logTagOf(rule.tag);
    } catch (error) {
      problems.push(`${where}: ${(error as Error).message}`);
      return;
    }
    try {
      pattern = RE2JS.compile(rule.match);
    } catch (error) {
      problems.push(`${where}: "${rule.match}" cannot be used (${(error as Error).message.replace(/^error parsing regexp: /, '')}); look-around and back-references are not supported`);
      return;
    }
    rules.push({ match: rule.match, tag, pattern });
  });
  if (value.length > MAX_RULES) {
    problems.push(`only the first ${MAX_RULES} calendar rules are used`);
  }
  return { rules, problems };
}

/** The first rule found in the title, or undefined. */
export function ruleFor(rules: readonly CalendarRule[], title: string): CalendarRule | undefined {
  return rules.find((rule) => rule.pattern.matcher(title).find());
}
