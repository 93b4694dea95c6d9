/**
 * Wiring only: builds the services and registers each feature. Nothing here reads the disk;
 * VS Code activates the extension when one of its commands runs or its view opens, never at
 * start-up, and the journal is read on first use.
 */
import * as vscode from 'vscode';
import { registerBalanceCommands } from './commands/balance';
import { registerBetCommands } from './commands/bets';
import { registerCalendarImport } from './commands/calendarImport';
import { registerDecisionCommands } from './commands/decisions';
import { registerGitCommands } from './commands/git';
import { registerJournalFolder } from './commands/journalFolder';
import { registerNavigation } from './commands/navigation';
import { registerNewEntryCommands } from './commands/newEntry';
import { registerOutcomeCommands } from './commands/outcomes';
import { registerTimeLogCommands } from './commands/timeLog';
import { registerNameCompletion } from './editor/nameCompletion';
import { registerTagAssist } from './editor/tagAssist';
import { AuditStatusBar } from './nudges/auditStatus';
import { NudgeStatusBar } from './nudges/statusBar';
import { DecisionsViewProvider } from './views/decisionsView';
import { PeopleViewProvider } from './views/peopleView';
import { BalanceViewProvider } from './webview/balanceView';
import { DecisionRecordPanel } from './webview/decisionRecordPanel';
import type { DecisionRecordState } from './webview/recordProtocol';
import type { BalanceState } from './webview/protocol';
import { benchLog } from './workspace/benchLog';
import { COMMANDS } from './ids';
import { CommandRunner } from './workspace/commandRunner';
import { IndexStore } from './workspace/indexStore';
import { JournalDiagnostics } from './workspace/journalDiagnostics';
import { JournalLocation } from './workspace/journalLocation';
import { JournalService } from './workspace/journalService';
import { Settings } from './workspace/settings';
import { TimeAuditState } from './workspace/timeAuditState';

/** What the extension exports: read-only views of its state, for tests and automation. */
export interface ReflectionApi {
  /** What the Balance view was last sent, or undefined before it was drawn. */
  balanceState(): BalanceState | undefined;
  /** Resolves once every file change seen so far is in the journal index. */
  settled(): Promise<void>;
  /** The status-bar nudge's text, or undefined while it is hidden. */
  nudgeText(): Promise<string | undefined>;
  /** The time audit's status-bar texts, or undefined when no audit runs. */
  auditTexts(): Promise<string[] | undefined>;
  /** Whether the journal started from its saved index (else every file was read). */
  startedFromSavedIndex(): boolean;
  /** The Decisions view as its groups and items' labels. */
  decisionsTree(): ReturnType<DecisionsViewProvider['snapshot']>;
  /** The People view as its people (label, description, context) and their open items. */
  peopleTree(): ReturnType<PeopleViewProvider['snapshot']>;
  /** What the Decision Record panel was last sent, or undefined before it was shown. */
  decisionRecordState(): DecisionRecordState | undefined;
}

const loadedAt = performance.now();

export function activate(context: vscode.ExtensionContext): ReflectionApi {
  const own = <T extends vscode.Disposable>(value: T): T => {
    context.subscriptions.push(value);
    return value;
  };
  const runner = own(new CommandRunner());
  const settings = own(new Settings());
  const location = own(new JournalLocation(settings));
  const store = new IndexStore(context.storageUri ?? context.globalStorageUri,
    `reflection-journal ${(context.extension.packageJSON as { version: string }).version}`);
  const journal = own(new JournalService(location, settings, store));
  const audit = own(new TimeAuditState(context.workspaceState));
  const balanceView = own(new BalanceViewProvider(context, journal, audit));
  const decisionsView = own(new DecisionsViewProvider(journal));
  const peopleView = own(new PeopleViewProvider(journal, settings));
  const decisionRecord = own(new DecisionRecordPanel(context.extensionUri, journal));
  const nudges = own(new NudgeStatusBar(journal, settings, context.workspaceState));
  const auditStatus = own(new AuditStatusBar(journal, audit, settings));
  own(new JournalDiagnostics(journal));
  // The page is small and kept while hidden: in the browser, a new webview waits for the
  // workbench's service worker (0.2–3 s measured), and showing the view again should be instant.
  own(vscode.window.registerWebviewViewProvider(BalanceViewProvider.viewType, balanceView, { webviewOptions: { retainContextWhenHidden: true } }));
  own(vscode.window.createTreeView(DecisionsViewProvider.viewId, { treeDataProvider: decisionsView, showCollapseAll: true }));
  own(vscode.window.createTreeView(PeopleViewProvider.viewId, { treeDataProvider: peopleView, showCollapseAll: true }));

  own(runner.register(COMMANDS.showLog, () => runner.log.show()));
  own(runner.register(COMMANDS.showDecisionRecord, () => decisionRecord.show()));
  // Each feature gets the few services it uses.
  registerJournalFolder(context, { runner, location });
  registerNewEntryCommands(context, { runner, location, journal, settings });
  registerBalanceCommands(context, { runner, journal });
  registerTagAssist(context, { runner, location, journal, settings });
  registerNameCompletion(context, { location, journal });
  registerDecisionCommands(context, { runner, journal });
  registerBetCommands(context, { runner, journal, settings });
  registerGitCommands(context, { runner, journal });
  registerTimeLogCommands(context, { runner, journal, audit, settings });
  registerCalendarImport(context, { runner, journal, audit, settings });
  registerNavigation(context, { runner, journal });
  registerOutcomeCommands(context, { runner, journal });
  benchLog?.(`activated in ${(performance.now() - loadedAt).toFixed(1)} ms (module load to the end of activate)`);
  return {
    balanceState: () => balanceView.state,
    settled: () => journal.settled(),
    nudgeText: async () => {
      await journal.settled();
      await nudges.update();
      return nudges.text;
    },
    startedFromSavedIndex: () => journal.startedFromSavedIndex,
    auditTexts: async () => {
      await journal.settled();
      await auditStatus.update();
      return auditStatus.texts;
    },
    decisionRecordState: () => decisionRecord.state,
    peopleTree: async () => {
      await journal.settled();
      return peopleView.snapshot();
    },
    decisionsTree: async () => {
      await journal.settled();
      return decisionsView.snapshot();
    },
  };
}

export function deactivate(): void {
  // Everything registered is in context.subscriptions, which VS Code disposes.
}
