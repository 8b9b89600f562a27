// createDocumentServices: DocumentApp and the Docs advanced service over one Doc model kept in the DriveStore
// (registered there so Docs survive snapshots), tracked so every call the add-on makes is counted.
import type { ServiceContext } from '../service-context.ts';
import { DocsFake } from './api/docs-service.ts';
import { DocumentAppFake, wrapNode } from './document-app.ts';
import { blankDocument, documentCodec, DOCUMENT_MIME } from './model.ts';
import { DocsRuntime } from './session.ts';

export interface DocumentServices {
  DocumentApp: DocumentAppFake;
  Docs: DocsFake;
  /** Call when an execution ends: open Documents are saved and closed, as Apps Script does. */
  endExecution(): void;
}

export function createDocumentServices(ctx: ServiceContext): DocumentServices {
  ctx.drive.registerCodec(DOCUMENT_MIME, documentCodec);
  const rt = new DocsRuntime(ctx);
  rt.wrap = wrapNode;
  return {
    DocumentApp: rt.track('Document.DocumentApp', new DocumentAppFake(rt)),
    Docs: rt.track('Docs', new DocsFake(rt)),
    endExecution: () => rt.endExecution(),
  };
}

/** For createDriveServices' `blanks`: Drive.Files.create({mimeType: Google Docs}) makes an empty Doc. */
export const blankDocumentContent = [DOCUMENT_MIME, blankDocument] as const;
