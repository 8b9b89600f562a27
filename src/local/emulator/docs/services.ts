// createDocumentServices: the Docs advanced service over Doc models kept in the DriveStore (registered there so
// Docs survive snapshots), tracked so every call the add-on makes is counted. The add-on writes Docs only through
// the Docs API (its manifest has no documents scope), so DocumentApp isn't emulated: a call to it fails loudly.
// Google: https://developers.google.com/apps-script/advanced/docs
import type { ServiceContext } from '../service-context.ts';
import { DocsFake } from './api/docs-service.ts';
import { blankDocument, documentCodec, DOCUMENT_MIME } from './model.ts';
import { DocsRuntime } from './session.ts';

export interface DocumentServices {
  Docs: DocsFake;
}

export function createDocumentServices(ctx: ServiceContext): DocumentServices {
  ctx.drive.registerCodec(DOCUMENT_MIME, documentCodec);
  const rt = new DocsRuntime(ctx);
  return { Docs: rt.track('Docs', new DocsFake(rt)) };
}

/** For createDriveServices' `blanks`: Drive.Files.create({mimeType: Google Docs}) makes an empty Doc. */
export const blankDocumentContent = [DOCUMENT_MIME, blankDocument] as const;
