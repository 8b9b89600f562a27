// Who reaches a Drive file through which service, as Google decides it. Two things must both allow it:
//  - the user's role on the file (Drive sharing: owner, writer, commenter, reader; https://support.google.com/drive/answer/2494822):
//    a file not shared with the user doesn't exist for them, and only owners and writers edit;
//  - the scopes the user granted, each reaching either every file the user can open or only the files the user
//    gave the app (drive.file: "files that the user opens with the app or that the user shares with an app while
//    using the Google Picker API", https://developers.google.com/workspace/drive/api/guides/api-specific-auth).
// documents/presentations reach every Doc/deck the user can open through the Docs API, SlidesApp and the Slides
// APIs (https://developers.google.com/workspace/docs/api/auth, .../slides/api/scopes); the Docs and Slides APIs also
// accept drive.file for granted files. The Sheets API takes spreadsheets
// (every spreadsheet) or drive.file (granted ones), never spreadsheets.currentonly
// (https://developers.google.com/sheets/api/scopes lists the scopes it supports). Where Google is silent (what a
// reader's edit through SlidesApp says), the services refuse in the strictest way.
import { hasScope, SCOPE, type ServiceContext } from '../service-context.ts';
import type { Role, StoredFile } from './drive-store.ts';

/** The ways into a file: the Drive API (advanced service), the Docs, Slides and Sheets APIs, SlidesApp. */
export type Door = 'driveApi' | 'docsApi' | 'slidesApi' | 'sheetsApi' | 'slidesApp';
export type Intent = 'read' | 'write';

/** A scope and how far it reaches: every file the user can open, or only the files they granted the app. */
type Reach = readonly [scope: string, reaches: 'every' | 'granted'];

const READ: Record<Door, readonly Reach[]> = {
  driveApi: [[SCOPE.drive, 'every'], [SCOPE.driveReadonly, 'every'], [SCOPE.driveFile, 'granted']],
  docsApi: [[SCOPE.documents, 'every'], [SCOPE.documentsReadonly, 'every'], [SCOPE.drive, 'every'], [SCOPE.driveReadonly, 'every'], [SCOPE.driveFile, 'granted']],
  slidesApi: [[SCOPE.presentations, 'every'], [SCOPE.presentationsReadonly, 'every'], [SCOPE.drive, 'every'], [SCOPE.driveReadonly, 'every'], [SCOPE.driveFile, 'granted']],
  sheetsApi: [[SCOPE.spreadsheets, 'every'], [SCOPE.spreadsheetsReadonly, 'every'], [SCOPE.drive, 'every'], [SCOPE.driveReadonly, 'every'], [SCOPE.driveFile, 'granted']],
  slidesApp: [[SCOPE.presentations, 'every']],
};

const WRITE: Record<Door, readonly Reach[]> = {
  driveApi: [[SCOPE.drive, 'every'], [SCOPE.driveFile, 'granted']],
  docsApi: [[SCOPE.documents, 'every'], [SCOPE.drive, 'every'], [SCOPE.driveFile, 'granted']],
  slidesApi: [[SCOPE.presentations, 'every'], [SCOPE.drive, 'every'], [SCOPE.driveFile, 'granted']],
  sheetsApi: [[SCOPE.spreadsheets, 'every'], [SCOPE.drive, 'every'], [SCOPE.driveFile, 'granted']],
  slidesApp: [[SCOPE.presentations, 'every']],
};

export type Access<Content = unknown> =
  | { ok: true; file: StoredFile<Content>; role: Role; canEdit: boolean }
  /** not-found: missing, not shared with the user, or out of the scopes' reach (Google can't tell these apart either); read-only: the user may only view or comment. */
  | { ok: false; refusal: 'not-found' | 'read-only'; file?: StoredFile<Content> };

export const canEdit = (role: Role | undefined): boolean => role === 'owner' || role === 'writer';

/** Whether `door` reaches the file for the current user with `intent`, given their role and granted scopes. */
export function reach<Content = unknown>(ctx: ServiceContext, id: unknown, door: Door, intent: Intent = 'read'): Access<Content> {
  const file = typeof id === 'string' ? (ctx.drive.find(id) as StoredFile<Content> | undefined) : undefined;
  const role = file && ctx.drive.roleOf(file, ctx.userEmail);
  if (!file || !role) return { ok: false, refusal: 'not-found' };
  const granted = file.grantedTo.includes(ctx.userEmail);
  const reaches = (list: readonly Reach[]) => list.some(([scope, how]) => hasScope(ctx, scope) && (how === 'every' || granted));
  if (!reaches(READ[door])) return { ok: false, refusal: 'not-found' };
  if (intent === 'write' && (!canEdit(role) || !reaches(WRITE[door]))) return { ok: false, refusal: 'read-only', file };
  return { ok: true, file, role, canEdit: canEdit(role) };
}

/** Anyone with the link may view: the only Drive files Google's image fetchers (Docs/Slides image URLs) can read. */
export function publiclyReadable(file: StoredFile): boolean {
  return file.linkSharing !== undefined && !file.trashed;
}
