/**
 * The time audit running in this workspace, if any: one owner for the state (kept in the
 * workspace's storage, so it survives a reload) and one event when it starts or stops.
 */
import * as vscode from 'vscode';
import type { AuditRange } from '../journal/timeAudit/audit';
import { Disposable } from './disposable';

const KEY = 'reflection.timeAudit';

export class TimeAuditState extends Disposable {
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  /** Fires when an audit starts or stops. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly storage: vscode.Memento) {
    super();
  }

  /** The audit running now, or undefined. */
  get running(): AuditRange | undefined {
    return this.storage.get<AuditRange>(KEY);
  }

  async start(range: AuditRange): Promise<void> {
    await this.storage.update(KEY, range);
    this.changed.fire();
  }

  async stop(): Promise<void> {
    await this.storage.update(KEY, undefined);
    this.changed.fire();
  }
}
