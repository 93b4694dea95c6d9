/**
 * Wiring only: builds the services and registers each feature. Nothing here reads the disk;
 * VS Code activates the extension when one of its commands runs, never at start-up.
 */
import type * as vscode from 'vscode';
import { type NewEntryDeps, registerNewEntryCommands } from './commands/newEntry';
import { JournalLocation } from './workspace/journalLocation';

type Feature = (context: vscode.ExtensionContext, deps: NewEntryDeps) => void;

const FEATURES: readonly Feature[] = [registerNewEntryCommands];

export function activate(context: vscode.ExtensionContext): void {
  const deps: NewEntryDeps = { location: new JournalLocation() };
  for (const feature of FEATURES) {
    feature(context, deps);
  }
}

export function deactivate(): void {
  // Everything registered is in context.subscriptions, which VS Code disposes.
}
