// createDriveServices: the Drive advanced service (v3) over the shared DriveStore, tracked so every
// call the add-on makes is counted under its official name.
import type { ServiceContext } from '../service-context.ts';
import { DriveRuntime, type BlankContent } from './drive-runtime.ts';
import { DriveV3Fake } from './drive-v3.ts';

export interface DriveServices {
  Drive: DriveV3Fake;
}

/**
 * `blanks` gives the content of a new empty Google file per MIME type, for Drive.Files.create({mimeType}) with no
 * media (createDocumentServices registers a blank Doc; other types may be added by their own services).
 */
export function createDriveServices(ctx: ServiceContext, blanks: BlankContent = new Map()): DriveServices {
  const rt = new DriveRuntime(ctx, blanks);
  return {
    Drive: rt.track('Drive', new DriveV3Fake(rt)),
  };
}
