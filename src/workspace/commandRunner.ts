/**
 * The one way commands run and fail. A person's mistake (a `Refusal`: a day written wrongly, a
 * link in the way, an edit that cannot be made safely) is one clear message. Anything else is a
 * bug: it goes with its stack to the *Reflection Journal* log, and the message offers *Show Log*.
 * A failed command resolves to undefined; it never throws at whoever ran it.
 */
import * as vscode from 'vscode';
import { Refusal } from '../journal/base/refusal';
import type { CommandId } from '../ids';
import { Disposable } from './disposable';

const SHOW_LOG = 'Show Log';

export class CommandRunner extends Disposable {
  readonly log = this._register(vscode.window.createOutputChannel('Reflection Journal', { log: true }));

  /** Registers a command whose failures are reported here. */
  register<A extends unknown[], R>(id: CommandId, handler: (...args: A) => R | Thenable<R>): vscode.Disposable {
    return vscode.commands.registerCommand(id, (...args: A) => this.run(id, () => handler(...args)));
  }

  /** Runs `action`, reporting a failure; resolves to undefined when it failed. */
  async run<R>(what: string, action: () => R | Thenable<R>): Promise<R | undefined> {
    try {
      return await action();
    } catch (error) {
      this.report(what, error);
      return undefined;
    }
  }

  /** Tells the person what went wrong: a refusal as it is, anything else with the log behind it. */
  report(what: string, error: unknown): void {
    if (error instanceof Refusal) {
      this.log.info(`${what}: ${error.message}`);
      void vscode.window.showErrorMessage(`Reflection: ${error.message}`);
      return;
    }
    this.log.error(`${what} failed:`, error instanceof Error ? error : String(error));
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    void vscode.window.showErrorMessage(`Reflection: ${message}`, SHOW_LOG).then((choice) => {
      if (choice === SHOW_LOG) {
        this.log.show();
      }
    });
  }
}
