// Drive through the Advanced Drive service (v3), which works under the narrow drive.file scope: checking a file
// Debrief may open, copying a template, creating a blank Doc. Failures become messages that name the file.
import { FILE_KINDS } from '../../domain/artefacts.ts';
import { BadInputError, NotReachableError, PlatformError } from '../errors.ts';

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

/**
 * The file behind `id`, checked to be reachable, not in the trash and of the expected type; `what` names it in
 * messages ("the client report template (https://…)").
 */
export function openableFile(id: string, mimeType: string, what: string): DriveFileInfo {
  let file: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
  try {
    file = driveService().Files!.get(id, { fields: 'id,name,mimeType,trashed' });
  } catch (error) {
    console.warn(`Drive.Files.get(${id}) failed`, error);
    throw new NotReachableError(`Debrief can’t open ${what}: it was deleted, or you haven’t opened it with Debrief. ` +
      'Debrief only reaches files it made or that you opened with it (its Drive access is limited to those).');
  }
  if (file.trashed) throw new NotReachableError(`${capital(what)} is in the trash: restore it, or choose another file.`);
  if (file.mimeType !== mimeType) throw new BadInputError(`${capital(what)} is not a ${kindOf(mimeType)?.label ?? mimeType}.`);
  return { id: file.id ?? id, name: file.name ?? '', mimeType: file.mimeType ?? mimeType, trashed: false };
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
