/**
 * Every command and view id the extension contributes, in one place. A unit test checks that
 * this list and package.json's `contributes` name exactly the same ids.
 */
export const COMMANDS = {
  newMonthlyReflection: 'reflection.newMonthlyReflection',
  newAfterActionReview: 'reflection.newAfterActionReview',
  newLeadershipMoments: 'reflection.newLeadershipMoments',
  newQuarterlyReview: 'reflection.newQuarterlyReview',
  newYearlyReview: 'reflection.newYearlyReview',
  newOneOnOne: 'reflection.newOneOnOne',
  newEntryFromTemplate: 'reflection.newEntryFromTemplate',
  showBalance: 'reflection.showBalance',
  exportBalance: 'reflection.exportBalance',
  recordDecision: 'reflection.recordDecision',
  markDecisionMade: 'reflection.markDecisionMade',
  markDecisionDropped: 'reflection.markDecisionDropped',
  markFollowUpDone: 'reflection.markFollowUpDone',
  revisitBet: 'reflection.revisitBet',
  recordBet: 'reflection.recordBet',
  reviewOutcome: 'reflection.reviewOutcome',
  showDecisionRecord: 'reflection.showDecisionRecord',
  commitJournal: 'reflection.commitJournal',
  logTime: 'reflection.logTime',
  logManagementTime: 'reflection.logManagementTime',
  logLeadershipTime: 'reflection.logLeadershipTime',
  startTimeAudit: 'reflection.startTimeAudit',
  stopTimeAudit: 'reflection.stopTimeAudit',
  importCalendarWeek: 'reflection.importCalendarWeek',
  addToTaxonomy: 'reflection.addToTaxonomy',
  showLog: 'reflection.showLog',
  chooseJournalFolder: 'reflection.chooseJournalFolder',
  previousEntry: 'reflection.previousEntry',
  nextEntry: 'reflection.nextEntry',
  openEntry: 'reflection.openEntry',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

export const VIEWS = {
  balance: 'reflection.balance',
  decisions: 'reflection.decisions',
  people: 'reflection.people',
} as const;

/** The activity-bar container that holds the views. */
export const VIEW_CONTAINER = 'reflection';

/** VS Code's own command that shows and focuses a view. */
export function focusCommand(view: (typeof VIEWS)[keyof typeof VIEWS]): string {
  return `${view}.focus`;
}
