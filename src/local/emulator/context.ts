// What every fake of one local Workspace shares: the call log, the clock, the emulated user (switchable: one
// workspace can act as each user of the domain in turn), the authorization mode, the manifest's scopes and what
// each user declined, the spreadsheets, HTML files and logs, and the end-of-execution hooks (locks).
import { AdvancedCallLog } from './advanced-calls.ts';
import { CallLog } from './call-log.ts';
import type { SpreadsheetModel } from './sheets/model.ts';
import { track } from './tracked.ts';
import { UiLog } from './ui-record.ts';

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL';

export interface LogEntry {
  source: 'console';
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
  /** Per user: scopes they unticked on Google's granular consent screen. */
  readonly declined = new Map<string, Set<string>>();
  readonly spreadsheets = new Map<string, SpreadsheetModel>();
  activeSpreadsheet: SpreadsheetModel | null = null;
  readonly htmlFiles = new Map<string, string>();
  readonly logs: LogEntry[] = [];
  readonly ui = new UiLog();
  private readonly executionEndHooks: (() => void)[] = [];

  constructor(public userEmail: string, readonly timeZone: string, readonly now: () => Date) {}

  /** What the current user declined (empty when they granted everything the manifest asks for). */
  get declinedScopes(): ReadonlySet<string> {
    return this.declined.get(this.userEmail) ?? new Set();
  }

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
    this.calls.endExecution();
  }
}
