// What the Drive advanced service keeps: which files the current user reaches through each
// (drive/access.ts), creating files and copying them. A file the add-on creates is the user's and granted to it.
// Google: https://developers.google.com/drive/api/guides/api-specific-auth
import type { ServiceContext } from '../service-context.ts';
import { track } from '../tracked.ts';
import { reach, type Access, type Door, type Intent } from './access.ts';
import type { StoredFile } from './drive-store.ts';
import { binaryContent } from './blob.ts';

/** Content for a new, empty Google file of one type (a blank Doc…), registered by the service that owns the type. */
export type BlankContent = Map<string, () => unknown>;

export class DriveRuntime {
  constructor(readonly ctx: ServiceContext, readonly blanks: BlankContent) {}

  track<T extends object>(qualifiedClass: string, fake: T): T {
    return track(qualifiedClass, fake, this.ctx.calls);
  }

  /**
   * The file if `door` reaches it for the current user, trashed or not (Drive still opens a trashed file by id);
   * Google answers "not found" for files that exist but are out of reach, so callers do too.
   */
  access(id: unknown, door: Door, intent: Intent = 'read'): Access {
    return reach(this.ctx, id, door, intent);
  }

  createBinary(name: string, mimeType: string, bytes: Uint8Array): StoredFile {
    return this.ctx.drive.create({ name, mimeType, content: binaryContent(bytes), owner: this.ctx.userEmail, grantedTo: [this.ctx.userEmail] });
  }

  createBlank(name: string, mimeType: string): StoredFile | undefined {
    const blank = this.blanks.get(mimeType);
    return blank ? this.ctx.drive.create({ name, mimeType, content: blank(), owner: this.ctx.userEmail, grantedTo: [this.ctx.userEmail] }) : undefined;
  }

  /** A copy made by the add-on: the user owns it (whoever owned the source) and, under drive.file, the add-on may reach it. */
  copy(source: StoredFile, name: string): StoredFile {
    return this.ctx.drive.create({
      name, mimeType: source.mimeType, content: structuredClone(source.content), owner: this.ctx.userEmail, grantedTo: [this.ctx.userEmail],
    });
  }
}
