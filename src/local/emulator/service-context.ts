// What every emulated Apps Script service shares: the call log, the user's Drive, the clock, who the user is.
import type { AdvancedCallLog } from './advanced-calls.ts';
import type { CallLog } from './call-log.ts';
import type { DriveStore } from './drive/drive-store.ts';
import { AppsScriptException } from './errors.ts';

export interface ServiceContext {
  calls: CallLog;
  drive: DriveStore;
  now: () => Date;
  userEmail: string;
  timeZone: string;
  authMode(): 'NONE' | 'LIMITED' | 'FULL';
  /** Scopes the manifest grants; undefined (no manifest given) refuses no scope. */
  grantedScopes?: ReadonlySet<string>;
  /** Where Advanced Service calls are traced (`debrief run --trace`); they are judged against Google's schemas either way. */
  advancedCalls?: AdvancedCallLog;
}

export const SCOPE = {
  documents: 'https://www.googleapis.com/auth/documents',
  drive: 'https://www.googleapis.com/auth/drive',
  driveReadonly: 'https://www.googleapis.com/auth/drive.readonly',
  driveFile: 'https://www.googleapis.com/auth/drive.file',
} as const;

/**
 * Apps Script's refusal of a service that needs the user's authorization: simple triggers and add-on onOpen
 * (AuthMode NONE or LIMITED) may not call it, nor may a project whose manifest lacks every one of `anyOf`.
 * Wording as users report it: "You do not have permission to call DocumentApp.openById. Required permissions:
 * https://www.googleapis.com/auth/documents"; several alternatives are shown as "(a || b)".
 */
export function requireAuthorization(ctx: ServiceContext, method: string, anyOf: readonly string[]): void {
  const granted = ctx.grantedScopes;
  const scopeOk = !granted || anyOf.some((s) => granted.has(s));
  if (ctx.authMode() === 'FULL' && scopeOk) return;
  const required = anyOf.length === 1 ? anyOf[0] : `(${anyOf.join(' || ')})`;
  throw new AppsScriptException(`You do not have permission to call ${method}. Required permissions: ${required}`);
}
