/**
 * Revisit Leadership Bet: a leadership move is a bet whose result shows only weeks later (seed
 * 002). Pick a bet whose revisit day has come, say how it turned out, and an after-action review
 * opens with the bet and a link back; the bet gets its `outcome` and a `revisited:` path.
 */
import { currentDay } from '../workspace/clock';
import * as vscode from 'vscode';
import { folderOf, markdownLink } from '../journal/base/journalPaths';
import { BET_OUTCOMES, type BetOutcome } from '../journal/entries/commitments';
import { type BetRow, betReport } from '../journal/decisions/bets';
import { readEntry } from '../journal/entries/entry';
import { EditRefused, setListItemFields } from '../journal/text/frontmatterEdit';
import { AFTER_ACTION_REVIEW, entryPathFor } from '../journal/writing/entryNames';
import { startEntryOfType } from '../journal/writing/newEntry';
import { withJournal } from '../journal/reviews/journalVariables';
import { showEntry } from '../editor/showEntry';
import { COMMANDS } from '../ids';
import { Refusal } from '../journal/base/refusal';
import { itemRef } from '../views/decisionsView';
import type { CommandRunner } from '../workspace/commandRunner';
import { editEntryFile } from '../workspace/entryEdits';
import { autoCommitNewEntry } from '../workspace/journalGit';
import type { JournalService } from '../workspace/journalService';
import type { Settings } from '../workspace/settings';

interface RevisitArgs {
  readonly path?: string;
  readonly index?: number;
  readonly outcome?: BetOutcome;
}

const OUTCOME_WORDS: Readonly<Record<BetOutcome, string>> = {
  better: 'It moved things where I hoped',
  worse: 'It made things worse, at least for now',
  unclear: 'Too early to tell, or no clear change',
};

export interface BetDeps {
  readonly runner: CommandRunner;
  readonly journal: JournalService;
  readonly settings: Settings;
}

export function registerBetCommands(context: vscode.ExtensionContext, deps: BetDeps): void {
  context.subscriptions.push(deps.runner.register(COMMANDS.revisitBet, (args?: RevisitArgs) => revisitBet(deps, { ...args, ...itemRef(args) })));
}

async function revisitBet(deps: BetDeps, args: RevisitArgs): Promise<vscode.Uri | undefined> {
  const journal = await deps.journal.open();
  if (!journal) {
    return undefined;
  }
  await deps.journal.settled();
  const today = currentDay();
  const bets = betReport(journal.index.entries(), today).filter((bet) => bet.outcome === null);
  const bet = args.path !== undefined
    ? bets.find((candidate) => candidate.path === args.path && candidate.index === args.index)
    : await pickBet(bets.filter((candidate) => candidate.dueDays !== null));
  if (!bet) {
    if (args.path !== undefined) {
      throw new Refusal(`there is no open bet ${(args.index ?? 0) + 1} in ${args.path}`);
    }
    return undefined;
  }
  const outcome = args.outcome ?? (await vscode.window.showQuickPick(
    BET_OUTCOMES.map((value) => ({ label: value, description: OUTCOME_WORDS[value], value })),
    { title: `Revisit: ${bet.bet}`, placeHolder: 'How did it turn out?' },
  ))?.value;
  if (!outcome || !BET_OUTCOMES.includes(outcome)) {
    return undefined;
  }

  const title = `Bet: ${bet.bet}`;
  const original = journal.index.entryAt(bet.path);
  const link = markdownLink(folderOf(entryPathFor(AFTER_ACTION_REVIEW, today, title)), bet.path);
  const preface = [
    `> Looking back at a leadership bet from [${original?.title ?? bet.path}](${link}) (${bet.entryDate}):`,
    `> **${bet.bet}**`,
    `> Outcome so far: **${outcome}** (${OUTCOME_WORDS[outcome].toLowerCase()}).`,
  ].join('\n');
  const context = await deps.journal.context();
  const review = await startEntryOfType(journal.files, AFTER_ACTION_REVIEW, today, title, { preface, ...(withJournal(context)) });

  await editEntryFile(journal.files, bet.path, (text) => {
    const current = readEntry(bet.path, text).entry?.bets.find((candidate) => candidate.index === bet.index);
    if (current?.bet !== bet.bet) {
      throw new EditRefused(`${bet.path} changed: bet ${bet.index + 1} is no longer "${bet.bet}"`);
    }
    return setListItemFields(text, 'bets', bet.index, [['outcome', outcome], ['revisited', review.path]]);
  });
  const uri = journal.files.uriOf(review.path);
  await showEntry(uri, review);
  void autoCommitNewEntry(deps.journal, deps.settings, review.path);
  return uri;
}

async function pickBet(due: readonly BetRow[]): Promise<BetRow | undefined> {
  if (due.length === 0) {
    void vscode.window.showInformationMessage('Reflection: no bet is due for a look back yet. Bets are due from their "revisit:" day.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(due.map((bet) => ({
    label: bet.bet,
    description: bet.dueDays === 0 ? `revisit today` : `revisit was ${bet.revisit}, ${bet.dueDays} days ago`,
    detail: bet.path,
    bet,
  })), { title: 'Revisit Leadership Bet', placeHolder: 'Which bet?', matchOnDetail: true });
  return picked?.bet;
}
