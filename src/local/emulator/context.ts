// What every fake of one local Workspace shares: the call log, the clock, the emulated user, the authorization
// mode and granted scopes, the spreadsheets, HTML files and logs, and the end-of-execution hooks (locks).
import { AdvancedCallLog } from './advanced-calls.ts';
import { CallLog } from './call-log.ts';
import type { SpreadsheetModel } from './sheets/model.ts';
import { track } from './tracked.ts';
import { UiLog } from './ui-record.ts';

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL';

export interface LogEntry {
  source: 'console' | 'Logger';
  level: 'log' | 'info' | 'warn' | 'error';
  message: string;
}

export class WorkspaceContext {
  readonly calls = new CallLog();
  /** Advanced Service calls as REST requests, for `--trace`. */
  readonly advancedCalls = new AdvancedCallLog();
  authMode: AuthMode = 'FULL';
  /** Scopes the project's manifest requests; undefined (no manifest) refuses no scope. */
  grantedScopes: ReadonlySet<string> | undefined;
  readonly spreadsheets = new Map<string, SpreadsheetModel>();
  activeSpreadsheet: SpreadsheetModel | null = null;
  readonly htmlFiles = new Map<string, string>();
  readonly logs: LogEntry[] = [];
  readonly ui = new UiLog();
  private readonly executionEndHooks: (() => void)[] = [];

  constructor(readonly userEmail: string, readonly timeZone: string, readonly now: () => Date) {}

  /** Wraps a fake for the add-on: counted calls, official names only (see tracked.ts). */
  track<T extends object>(qualifiedClass: string, fake: T): T {
    return track(qualifiedClass, fake, this.calls);
  }

  onExecutionEnd(hook: () => void): void {
    this.executionEndHooks.push(hook);
  }

  /** Apps Script ends every execution by releasing what it held (locks); the harness calls this after each entry point. */
  endExecution(): void {
    for (const hook of this.executionEndHooks) hook();
  }
}
