// Drive through the Advanced Drive service (v3), which works under the narrow drive.file scope: checking a file
// Debrief may open (and, when it may not, telling a colleague's file not yet chosen in the Picker from one not
// shared at all), copying a template, creating a blank Doc. Failures become messages that name the file.
import { FILE_KINDS } from '../../domain/artefacts.ts';
import { hasScope, permissionErrorMessage, SCOPES } from '../consent.ts';
import { BadInputError, NotReachableError, PlatformError } from '../errors.ts';
import { pickerKeys } from '../picker/setup.ts';

export const MIME = {
  document: FILE_KINDS.doc.mimeType,
  presentation: FILE_KINDS.deck.mimeType,
  spreadsheet: FILE_KINDS.sheet.mimeType,
} as const;

export interface DriveFileInfo {
  id: string;
  name: string;
  mimeType: string;
  trashed: boolean;
  /** False for someone who may only view or comment. */
  canEdit: boolean;
  owner: { name: string; email: string } | null;
}

/** The advanced services are off unless the manifest enables them; say so instead of a ReferenceError. */
export function driveService(): GoogleAppsScript.Drive {
  if (typeof Drive === 'undefined' || !Drive) throw new PlatformError('Debrief needs the Drive API advanced service (v3), which this copy of the add-on doesn’t have.');
  return Drive;
}

export function docsService(): GoogleAppsScript.Docs {
  if (typeof Docs === 'undefined' || !Docs) throw new PlatformError('Debrief needs the Google Docs API advanced service, which this copy of the add-on doesn’t have.');
  return Docs;
}

export function slidesService(): GoogleAppsScript.Slides {
  if (typeof Slides === 'undefined' || !Slides) throw new PlatformError('Debrief needs the Google Slides API advanced service, which this copy of the add-on doesn’t have.');
  return Slides;
}

const kindOf = (mimeType: string) => Object.values(FILE_KINDS).find((k) => k.mimeType === mimeType);

export function fileUrl(mimeType: string, id: string): string {
  return `${(kindOf(mimeType) ?? FILE_KINDS.doc).url}${id}/edit`;
}

/** How messages name a file: "the client report template", with the link the person gave when there is one. */
export interface FileRole {
  what: string;
  url?: string;
  /** Appending or filling it needs an editor's access (the learnings Doc): said when asking its owner. */
  needsEdit?: boolean;
}

const subject = (role: FileRole) => (role.url ? `${role.what} (${role.url})` : role.what);

/**
 * The file behind `id`, checked to be one Debrief may open (drive.file: made by Debrief for this user, or chosen in
 * the Picker), not in the trash and of the expected type. When Drive refuses, the message says why as far as
 * Debrief can tell: shared with you but not chosen yet, or not shared with you at all.
 */
export function openableFile(id: string, mimeType: string, role: FileRole): DriveFileInfo {
  let file: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
  try {
    file = driveService().Files!.get(id, { fields: 'id,name,mimeType,trashed,capabilities(canEdit),owners(displayName,emailAddress)' });
  } catch (error) {
    if (permissionErrorMessage(error)) throw error; // a declined scope: api.ts says which and how to grant it
    console.warn(`Drive.Files.get(${id}) failed`, error);
    throw new NotReachableError(whyUnreachable(id, mimeType, role));
  }
  if (file.trashed) throw new NotReachableError(`${capital(subject(role))} is in the trash: restore it, or choose another file.`);
  if (file.mimeType !== mimeType) throw new BadInputError(`${capital(subject(role))} is not a ${kindOf(mimeType)?.label ?? mimeType}.`);
  const owner = file.owners?.[0];
  return {
    id: file.id ?? id, name: file.name ?? '', mimeType: file.mimeType ?? mimeType, trashed: false,
    canEdit: file.capabilities?.canEdit !== false,
    owner: owner ? { name: owner.displayName ?? '', email: owner.emailAddress ?? '' } : null,
  };
}

/**
 * The title of a deck the user can open, even one Debrief wasn't given: `presentations` reaches every deck the user
 * can open through the Slides API. Null when it can't be opened at all; undefined when Debrief can't tell (a Doc:
 * Debrief has no `documents` scope, so under drive.file only files given to it are visible; or the user declined
 * `presentations`).
 */
function titleIfShared(id: string, mimeType: string): string | null | undefined {
  try {
    if (mimeType === MIME.presentation && hasScope(SCOPES.presentations)) return slidesService().Presentations!.get(id).title ?? '';
  } catch {
    return null;
  }
  return undefined;
}

function whyUnreachable(id: string, mimeType: string, role: FileRole): string {
  const title = titleIfShared(id, mimeType);
  const { setup } = pickerKeys();
  const noPicker = setup.ready ? '' : ` ${setup.message}`;
  if (typeof title === 'string') {
    return `“${title || 'That file'}” is shared with you, but you haven’t given it to Debrief yet: Google lets Debrief open only files it made ` +
      `for you or that you chose in its file picker. Click “Choose from Drive” for ${role.what} and pick it.${noPicker}`;
  }
  if (title === null) {
    return `Debrief can’t open ${subject(role)}: it isn’t shared with you, or it was deleted. Ask its owner to share it with you` +
      `${role.needsEdit ? ' as an editor' : ''}, then choose it with “Choose from Drive”.${noPicker}`;
  }
  return `Debrief can’t open ${subject(role)}. If it’s shared with you, choose it with “Choose from Drive” (with its link pasted, the ` +
    `picker opens on it). If the picker doesn’t show it, it isn’t shared with you, or it was deleted: ask its owner to share it with you` +
    `${role.needsEdit ? ' as an editor' : ''}.${noPicker}`;
}

/** A new copy named `name`: the template is never changed, and every generation is a new file. */
export function copyFile(sourceId: string, name: string): { id: string; name: string } {
  const copy = driveService().Files!.copy({ name }, sourceId, { fields: 'id,name' });
  return { id: copy.id ?? '', name: copy.name ?? name };
}

/** A new, empty Google file (Doc or Slides) owned by the user, which Debrief may then reach under drive.file. */
export function createBlankFile(name: string, mimeType: string): string {
  const file = driveService().Files!.create({ name, mimeType });
  if (!file.id) throw new Error(`Drive made no ${mimeType} file`);
  return file.id;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
