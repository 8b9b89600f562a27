// A Docs/Drive test world: Docs and Drive over a fresh Drive store, with a call log, a
// switchable auth mode and optional manifest scopes, plus helpers to place files the add-on did not create.
import { CallLog } from '../../../../src/local/emulator/call-log.ts';
import { createDocumentServices } from '../../../../src/local/emulator/docs/services.ts';
import { blankDocument, DOCUMENT_MIME, type DocModel } from '../../../../src/local/emulator/docs/model.ts';
import { DriveStore } from '../../../../src/local/emulator/drive/drive-store.ts';
import { createDriveServices } from '../../../../src/local/emulator/drive/services.ts';
import { binaryContent } from '../../../../src/local/emulator/drive/blob.ts';
import type { ServiceContext } from '../../../../src/local/emulator/service-context.ts';

export const NOW = () => new Date('2026-11-24T10:00:00Z');
export const USER = 'you@agency.example';

// The fakes are used as the add-on uses them: through their official (untyped here) surface.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Any = any;

/** A 1×1 PNG. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

export function docsWorld(options: { drive?: DriveStore; scopes?: string[] } = {}) {
  let mode: 'NONE' | 'LIMITED' | 'FULL' = 'FULL';
  const calls = new CallLog();
  const drive = options.drive ?? new DriveStore(NOW, USER);
  const ctx: ServiceContext = {
    calls, drive, now: NOW, userEmail: USER, timeZone: 'Etc/UTC', authMode: () => mode,
    ...(options.scopes ? { grantedScopes: new Set(options.scopes) } : {}),
  };
  const docs = createDocumentServices(ctx);
  const driveServices = createDriveServices(ctx, new Map([[DOCUMENT_MIME, blankDocument]]));
  return {
    Docs: docs.Docs as Any,
    Drive: driveServices.Drive as Any,
    calls,
    drive,
    setAuthMode(next: typeof mode) {
      mode = next;
    },
    /**
     * A Doc someone else made: not shared with the user (out of every service's reach), or shared with them and
     * chosen in the Picker (`picked`), so the add-on reaches it under drive.file.
     */
    /** A Doc the user owns (made with Debrief, so drive.file reaches it), holding `content` (doc-builder.ts). */
    ownDoc(name: string, content: DocModel = blankDocument()): string {
      return drive.create({ name, mimeType: DOCUMENT_MIME, content, grantedTo: [USER] }).id;
    },
    foreignDoc(name: string, build?: (doc: DocModel) => void, picked = false): string {
      const content = blankDocument();
      build?.(content);
      const sharing = picked ? { shares: { [USER]: 'writer' as const }, grantedTo: [USER] } : {};
      return drive.create({ name, mimeType: DOCUMENT_MIME, content, owner: 'someone@else.example', ...sharing }).id;
    },
    /** An image the user uploaded and chose in the Picker (`picked`), or someone else's, not shared with them. */
    image(name = 'shot.png', picked = true): string {
      const owner = picked ? { grantedTo: [USER] } : { owner: 'someone@else.example' };
      return drive.create({ name, mimeType: 'image/png', content: binaryContent(new Uint8Array(PNG)), ...owner }).id;
    },
  };
}
