// What every emulated Apps Script service shares: the call log, the domain's Drive, the clock, who the user is
// and which scopes they granted.
import type { AdvancedCallLog } from './advanced-calls.ts';
import type { CallLog } from './call-log.ts';
import type { DriveStore } from './drive/drive-store.ts';
import { AppsScriptException } from './errors.ts';

export interface ServiceContext {
  calls: CallLog;
  drive: DriveStore;
  now: () => Date;
  /** The user of the current execution (it changes when a workspace acts as another user). */
  userEmail: string;
  timeZone: string;
  authMode(): 'NONE' | 'LIMITED' | 'FULL';
  /** Scopes the manifest requests; undefined (no manifest given) refuses no scope. */
  grantedScopes?: ReadonlySet<string>;
  /** Where Advanced Service calls are traced (`debrief run --trace`); they are judged against Google's schemas either way. */
  advancedCalls?: AdvancedCallLog;
  /** Scopes the current user unticked on Google's granular consent screen: refused although the manifest asks for them. */
  declinedScopes?: ReadonlySet<string>;
}

export const SCOPE = {
  documents: 'https://www.googleapis.com/auth/documents',
  documentsReadonly: 'https://www.googleapis.com/auth/documents.readonly',
  presentations: 'https://www.googleapis.com/auth/presentations',
  presentationsReadonly: 'https://www.googleapis.com/auth/presentations.readonly',
  drive: 'https://www.googleapis.com/auth/drive',
  driveReadonly: 'https://www.googleapis.com/auth/drive.readonly',
  driveFile: 'https://www.googleapis.com/auth/drive.file',
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets',
  spreadsheetsReadonly: 'https://www.googleapis.com/auth/spreadsheets.readonly',
} as const;

/** Whether the current user's authorization holds `scope`: requested by the manifest and not declined. */
export function hasScope(ctx: Pick<ServiceContext, 'grantedScopes' | 'declinedScopes'>, scope: string): boolean {
  return (!ctx.grantedScopes || ctx.grantedScopes.has(scope)) && !ctx.declinedScopes?.has(scope);
}

/**
 * Apps Script's refusal of a service that needs the user's authorization: simple triggers and add-on onOpen
 * (AuthMode NONE or LIMITED) may not call it, nor may a user whose authorization lacks every one of `anyOf`
 * (not in the manifest, or declined on the granular consent screen).
 * Wording as users report it: "You do not have permission to call DocumentApp.openById. Required permissions:
 * https://www.googleapis.com/auth/documents"; several alternatives are shown as "(a || b)".
 */
export function requireAuthorization(ctx: ServiceContext, method: string, anyOf: readonly string[]): void {
  if (ctx.authMode() === 'FULL' && anyOf.some((s) => hasScope(ctx, s))) return;
  const required = anyOf.length === 1 ? anyOf[0] : `(${anyOf.join(' || ')})`;
  throw new AppsScriptException(`You do not have permission to call ${method}. Required permissions: ${required}`);
}
