// ScriptApp: its AuthMode enum (trigger events carry it), the user's OAuth token (what Google Picker is given), and
// what the user authorized under granular consent (getAuthorizationInfo, requireScopes: "users may grant only some
// scopes", https://developers.google.com/apps-script/concepts/scopes#granular-consent). Also MimeType (strings).
import { createHash } from 'node:crypto';
import { requirePermission } from '../auth.ts';
import type { WorkspaceContext } from '../context.ts';
import { enumName, officialEnum } from '../enums.ts';
import { AppsScriptException, signatureMismatch } from '../errors.ts';
import { hasScope } from '../service-context.ts';

const AUTH_MODE = officialEnum('Script.AuthMode');
const STATUS = officialEnum('Script.AuthorizationStatus');
/** Not verified against Google: Apps Script's classic wording when an execution needs authorization it lacks. */
export const AUTHORIZATION_REQUIRED = 'Authorization is required to perform that action.';

export class FakeScriptApp {
  readonly AuthMode = AUTH_MODE;
  readonly AuthorizationStatus = STATUS;

  constructor(private readonly _ctx: WorkspaceContext) {}

  /** The scopes asked about: the given list, else the manifest's (none known without a manifest). */
  private _asked(method: string, args: unknown[]): { mode: string; scopes: string[] } {
    const [authMode, scopes] = args;
    const mode = enumName(authMode);
    const listOk = scopes === undefined || (Array.isArray(scopes) && scopes.every((s) => typeof s === 'string'));
    if (!mode || !(mode in AUTH_MODE) || !listOk || args.length > 2) throw signatureMismatch(`ScriptApp.${method}`, args);
    return { mode, scopes: (scopes as string[] | undefined) ?? [...(this._ctx.grantedScopes ?? [])] };
  }

  getAuthorizationInfo(...args: unknown[]): FakeAuthorizationInfo {
    const { mode, scopes } = this._asked('getAuthorizationInfo', args);
    // "no other authorization mode requires that users grant authorization" (AuthorizationInfo reference).
    const authorized = mode === 'FULL' ? scopes.filter((s) => hasScope(this._ctx, s)) : null;
    const missing = mode === 'FULL' ? scopes.filter((s) => !hasScope(this._ctx, s)) : [];
    return this._ctx.track('Script.AuthorizationInfo', new FakeAuthorizationInfo(authorized, missing));
  }

  /** Ends the execution when any of the scopes isn't granted (Google then offers the consent screen again). */
  requireScopes(...args: unknown[]): void {
    if (args.length !== 2) throw signatureMismatch('ScriptApp.requireScopes', args);
    const { mode, scopes } = this._asked('requireScopes', args);
    if (mode === 'FULL' && scopes.some((s) => !hasScope(this._ctx, s))) throw new AppsScriptException(AUTHORIZATION_REQUIRED);
  }

  requireAllScopes(...args: unknown[]): void {
    if (args.length !== 1) throw signatureMismatch('ScriptApp.requireAllScopes', args);
    this.requireScopes(args[0], [...(this._ctx.grantedScopes ?? [])]);
  }

  /** A stand-in access token for the current user (never a real one): what the add-on hands to Google Picker. */
  getOAuthToken(): string {
    requirePermission(this._ctx, 'ScriptApp.getOAuthToken', 'user');
    const granted = [...(this._ctx.grantedScopes ?? [])].filter((s) => hasScope(this._ctx, s)).sort().join(' ');
    return `ya29.local-${createHash('sha256').update(`${this._ctx.userEmail} ${granted}`).digest('base64url').slice(0, 40)}`;
  }
}

export class FakeAuthorizationInfo {
  constructor(private readonly _authorized: string[] | null, private readonly _missing: string[]) {}

  getAuthorizationStatus(): unknown {
    return this._missing.length ? STATUS.REQUIRED : STATUS.NOT_REQUIRED;
  }

  /** Null when nothing is missing, as documented; otherwise where the user can grant it (the address is the local Workspace's own). */
  getAuthorizationUrl(): string | null {
    if (!this._missing.length) return null;
    return `https://accounts.google.com/o/oauth2/auth?scope=${encodeURIComponent(this._missing.join(' '))}&local-workspace=1`;
  }

  getAuthorizedScopes(): string[] | null {
    return this._authorized && [...this._authorized];
  }
}

export const MIME_TYPES = {
  GOOGLE_APPS_SCRIPT: 'application/vnd.google-apps.script',
  GOOGLE_DRAWINGS: 'application/vnd.google-apps.drawing',
  GOOGLE_DOCS: 'application/vnd.google-apps.document',
  GOOGLE_FORMS: 'application/vnd.google-apps.form',
  GOOGLE_SHEETS: 'application/vnd.google-apps.spreadsheet',
  GOOGLE_SITES: 'application/vnd.google-apps.site',
  GOOGLE_SLIDES: 'application/vnd.google-apps.presentation',
  FOLDER: 'application/vnd.google-apps.folder',
  SHORTCUT: 'application/vnd.google-apps.shortcut',
  BMP: 'image/bmp',
  GIF: 'image/gif',
  JPEG: 'image/jpeg',
  PNG: 'image/png',
  SVG: 'image/svg+xml',
  PDF: 'application/pdf',
  CSS: 'text/css',
  CSV: 'text/csv',
  HTML: 'text/html',
  JAVASCRIPT: 'application/javascript',
  PLAIN_TEXT: 'text/plain',
  RTF: 'application/rtf',
  OPENDOCUMENT_GRAPHICS: 'application/vnd.oasis.opendocument.graphics',
  OPENDOCUMENT_PRESENTATION: 'application/vnd.oasis.opendocument.presentation',
  OPENDOCUMENT_SPREADSHEET: 'application/vnd.oasis.opendocument.spreadsheet',
  OPENDOCUMENT_TEXT: 'application/vnd.oasis.opendocument.text',
  MICROSOFT_EXCEL: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  MICROSOFT_EXCEL_LEGACY: 'application/vnd.ms-excel',
  MICROSOFT_POWERPOINT: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  MICROSOFT_POWERPOINT_LEGACY: 'application/vnd.ms-powerpoint',
  MICROSOFT_WORD: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  MICROSOFT_WORD_LEGACY: 'application/msword',
  ZIP: 'application/zip',
} as const;
