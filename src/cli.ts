/**
 * `reflection-journal`: the journal in a terminal, a git hook or CI. A thin layer over the same
 * core the extension uses. Exit status: 0 done, 1 problems found, 2 bad arguments.
 */
import { join, resolve } from 'node:path';
import { checkJournal, checkJson, checkSummary, formatFinding } from './cli/check';
import { NodeJournalFiles } from './node/nodeFiles';
import { calibrationTable, decisionTable } from './cli/decisions';
import { statsTable } from './cli/stats';
import { USAGE, UsageError, dateOption, describeFailure, journalDirectory, parseCommand } from './cli/usage';
import { peopleTable } from './cli/people';
import { peopleJson, peopleReport, spelledAsKnown } from './journal/people/peopleReport';
import { terminalSafeLines } from './cli/terminal';
import { journalSettings } from './cli/workspaceSettings';
import { JournalIndex } from './journal/entries/journalIndex';
import { PERIOD_UNITS, type PeriodUnit } from './journal/base/periods';
import { statsCsv, statsJson, statsReport } from './journal/balance/report';
import { readJournalBalance } from './journal/entries/balanceEntry';
import { localToday } from './journal/base/dates';
import { type Output, journalContext } from './cli/journalContext';
import { runLog } from './cli/log';
import { decisionJson, decisionReport } from './journal/decisions/decisionReport';
import { calibration, calibrationJson } from './journal/decisions/calibration';
import { needsTitle, startEntry } from './journal/writing/newEntry';
import { periodNamed, periodOf } from './journal/base/periods';
import { REVIEW_UNITS, type ReviewUnit, periodRecord } from './journal/reviews/periodRecord';
import { recordJson } from './journal/reviews/recordJson';
import { recordMarkdown } from './journal/reviews/recordMarkdown';
import { usesJournal, withJournal } from './journal/reviews/journalVariables';
import { ONE_ON_ONE } from './journal/writing/entryNames';
import { loadTemplates } from './journal/writing/templates';


async function main(argv: string[], output: Output): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'new':
      return runNew(rest, output);
    case 'check':
      return runCheck(rest, output);
    case 'stats':
      return runStats(rest, output);
    case 'decisions':
      return runDecisions(rest, output);
    case 'log':
      return runLog(rest, output);
    case 'review':
      return runReview(rest, output);
    case 'people':
      return runPeople(rest, output);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      output.out(USAGE);
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`unknown command "${command}" (try: reflection-journal --help)`);
  }
}

async function runNew(args: string[], output: Output): Promise<number> {
  const { positionals, values } = parseCommand(
    args, { dir: { type: 'string' }, date: { type: 'string' }, title: { type: 'string' } }, 1);
  const type = positionals[0];
  if (!type) {
    throw new UsageError('new needs a TYPE, like: reflection-journal new monthly-reflection');
  }
  const dir = journalDirectory(values.dir);
  const files = new NodeJournalFiles(resolve(dir), { sync: true });
  const { templates, findings } = await loadTemplates(files);
  findings.forEach((finding) => output.err(formatFinding(finding)));
  const template = templates.find((candidate) => candidate.type === type);
  if (!template) {
    throw new UsageError(`no template "${type}"; there are: ${templates.map((t) => t.type).join(', ')}`);
  }
  const date = dateOption(values.date, '--date') ?? localToday();
  const given = typeof values.title === 'string' ? values.title : '';
  if (needsTitle(template) && given.trim() === '') {
    throw new UsageError(`${template.label} needs a title: ${template.type === ONE_ON_ONE ? 'the person\'s name' : 'the name of the event'} (--title "…")`);
  }
  const context = usesJournal(template) ? await journalContext(dir, files, output) : undefined;
  // One person, one spelling: a one-on-one takes the journal's spelling of the name.
  const title = template.type === ONE_ON_ONE && context ? spelledAsKnown(context.entries, given) : given;
  const entry = await startEntry(files, template, date, title, withJournal(context));
  output.out(join(dir, ...entry.path.split('/')));
  if (!entry.created) {
    output.err('(the entry for this period already exists; it was left as it is)');
  }
  return 0;
}

async function runCheck(args: string[], output: Output): Promise<number> {
  const { values } = parseCommand(args, { dir: { type: 'string' }, json: { type: 'boolean' } }, 0);
  const dir = journalDirectory(values.dir);
  const result = await checkJournal(new NodeJournalFiles(resolve(dir), { sync: true }), localToday());
  if (values.json) {
    output.out(checkJson(result));
  } else {
    result.findings.forEach((finding) => output.out(formatFinding(finding)));
    output.err(checkSummary(result));
  }
  return result.findings.some((finding) => finding.severity === 'problem') ? 1 : 0;
}

async function runStats(args: string[], output: Output): Promise<number> {
  const { values } = parseCommand(args, {
    dir: { type: 'string' }, by: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
    json: { type: 'boolean' }, csv: { type: 'boolean' },
  }, 0);
  const by = values.by ?? 'month';
  if (typeof by !== 'string' || !(PERIOD_UNITS as readonly string[]).includes(by)) {
    throw new UsageError(`--by must be week, month or quarter (got "${String(by)}")`);
  }
  if (values.json && values.csv) {
    throw new UsageError('choose one of --json and --csv');
  }
  const range = { from: dateOption(values.from, '--from'), to: dateOption(values.to, '--to') };
  if (range.from && range.to && range.from > range.to) {
    throw new UsageError(`--from ${range.from} is after --to ${range.to}`);
  }
  const dir = journalDirectory(values.dir);
  const settings = journalSettings(dir);
  settings.warnings.forEach((warning) => output.err(`warning: ${warning}`));
  // The balance alone: no decisions, people or sections are read for it.
  const { entries, problems } = await readJournalBalance(new NodeJournalFiles(resolve(dir), { sync: true }));
  const report = statsReport(entries, problems, settings.taxonomy, by as PeriodUnit, range);
  output.out(values.json ? statsJson(report) : values.csv ? statsCsv(report) : statsTable(report, settings.target));
  return 0;
}

async function runDecisions(args: string[], output: Output): Promise<number> {
  const { values } = parseCommand(args, {
    dir: { type: 'string' }, open: { type: 'boolean' }, 'as-of': { type: 'string' }, json: { type: 'boolean' }, calibration: { type: 'boolean' },
  }, 0);
  if (values.calibration && values.open) {
    throw new UsageError('--calibration covers every reviewed decision and bet; leave out --open');
  }
  const asOf = dateOption(values['as-of'], '--as-of') ?? localToday();
  const dir = journalDirectory(values.dir);
  const index = new JournalIndex(new NodeJournalFiles(resolve(dir), { sync: true }));
  await index.build();
  if (values.calibration) {
    const result = calibration(index.entries(), asOf);
    output.out(values.json ? calibrationJson(result) : calibrationTable(result));
    return 0;
  }
  const report = decisionReport(index.entries(), asOf, { openOnly: values.open === true });
  output.out(values.json ? decisionJson(report) : decisionTable(report));
  return 0;
}

async function runPeople(args: string[], output: Output): Promise<number> {
  const { values } = parseCommand(args, { dir: { type: 'string' }, 'as-of': { type: 'string' }, json: { type: 'boolean' } }, 0);
  const asOf = dateOption(values['as-of'], '--as-of') ?? localToday();
  const index = new JournalIndex(new NodeJournalFiles(resolve(journalDirectory(values.dir)), { sync: true }));
  await index.build();
  const report = peopleReport(index.entries(), asOf);
  output.out(values.json ? peopleJson(report) : peopleTable(report));
  return 0;
}

async function runReview(args: string[], output: Output): Promise<number> {
  const { positionals, values } = parseCommand(args, {
    dir: { type: 'string' }, period: { type: 'string' }, 'as-of': { type: 'string' }, json: { type: 'boolean' },
  }, 1);
  const unit = positionals[0] ?? 'month';
  if (!(REVIEW_UNITS as readonly string[]).includes(unit)) {
    throw new UsageError(`review covers a month, a quarter or a year (got "${unit}")`);
  }
  const asOf = dateOption(values['as-of'], '--as-of') ?? localToday();
  const label = typeof values.period === 'string' ? values.period : undefined;
  const period = label === undefined ? periodOf(asOf, unit as ReviewUnit) : periodNamed(label, unit as ReviewUnit);
  if (!period) {
    const example = { month: '2026-11', quarter: '2026-Q4', year: '2026' }[unit as ReviewUnit];
    throw new UsageError(`--period ${label} is not a ${unit}; write it like ${example}`);
  }
  const dir = journalDirectory(values.dir);
  const settings = journalSettings(dir);
  settings.warnings.forEach((warning) => output.err(`warning: ${warning}`));
  const index = new JournalIndex(new NodeJournalFiles(resolve(dir), { sync: true }));
  await index.build();
  const record = periodRecord(index.entries(), settings.taxonomy, unit as ReviewUnit, period.start, asOf);
  output.out(values.json ? recordJson(record) : recordMarkdown(record, { linkFrom: '', target: settings.target }).trimEnd());
  return 0;
}

// Everything printed passes through here: whatever a journal holds prints as visible text.
const consoleOutput: Output = {
  out: (line) => process.stdout.write(`${terminalSafeLines(line)}\n`),
  err: (line) => process.stderr.write(`${terminalSafeLines(line)}\n`),
};

main(process.argv.slice(2), consoleOutput).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const failure = describeFailure(error);
    consoleOutput.err(`reflection-journal: ${failure.message}`);
    if (process.env.REFLECTION_DEBUG === '1' && error instanceof Error && error.stack) {
      consoleOutput.err(error.stack);
    }
    process.exitCode = failure.code;
  },
);
