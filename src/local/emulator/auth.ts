// Authorization as Apps Script enforces it: AuthMode.NONE (onOpen of an add-on not yet used in this document)
// allows no service that needs authorization, LIMITED allows the current document and script storage but no
// user data or dialogs, FULL allows whatever the manifest's oauthScopes grant, less what the user declined.
// Google: https://developers.google.com/apps-script/add-ons/concepts/editor-auth-lifecycle,
//   https://developers.google.com/apps-script/concepts/scopes
import type { WorkspaceContext } from './context.ts';
import { AppsScriptException } from './errors.ts';
import { hasScope } from './service-context.ts';

export const SCOPES = {
  spreadsheetsCurrentOnly: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  userInfoEmail: 'https://www.googleapis.com/auth/userinfo.email',
} as const;

/**
 * What a method touches: `document` = the container document (allowed from LIMITED on), `storage` = Properties,
 * Cache and Lock (allowed from LIMITED on), `user` = anything else that needs the user's authorization (FULL only).
 */
export type Access = 'document' | 'storage' | 'user';

const ALLOWED: Record<Access, readonly string[]> = { document: ['LIMITED', 'FULL'], storage: ['LIMITED', 'FULL'], user: ['FULL'] };

function permissionError(method: string, scopes: readonly string[]): AppsScriptException {
  if (scopes.length === 0) return new AppsScriptException(`You do not have permission to call ${method}.`);
  const required = scopes.length === 1 ? scopes[0] : `(${scopes.join(' || ')})`;
  return new AppsScriptException(`You do not have permission to call ${method}. Required permissions: ${required}`);
}

/** Throws Apps Script's permission error unless the current auth mode and the granted scopes allow `method`. */
export function requirePermission(ctx: WorkspaceContext, method: string, access: Access, scopes: readonly string[] = []): void {
  const scopeGranted = scopes.length === 0 || scopes.some((s) => hasScope(ctx, s));
  if (!ALLOWED[access].includes(ctx.authMode) || !scopeGranted) throw permissionError(method, scopes);
}
