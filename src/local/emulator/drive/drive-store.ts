// The emulated domain's Drive: every file of every user (Docs, Slides, images), who owns it, whom the owner shared
// it with and as what, which users gave Debrief the file under drive.file, and a serialisable snapshot so
// `--state` keeps Drive between runs. Drive, Docs and SlidesApp share it; drive/access.ts decides who
// reaches what through which service.
// Google: https://developers.google.com/drive/api/guides/ref-roles
import { createHash } from 'node:crypto';
import { isEmail } from '../users.ts';
import { PublicWeb } from '../web/public-web.ts';

/** Drive's roles on a file (https://developers.google.com/drive/api/guides/ref-roles); commenters and readers can't edit. */
export type Role = 'owner' | 'writer' | 'commenter' | 'reader';
export type SharedRole = Exclude<Role, 'owner'>;
export const SHARED_ROLES: readonly SharedRole[] = ['reader', 'commenter', 'writer'];

export interface StoredFile<Content = unknown> {
  id: string;
  name: string;
  mimeType: string;
  owner: string;
  createdAt: string; // ISO timestamp
  updatedAt: string;
  trashed: boolean;
  /** People the owner shared the file with, by email (Drive's "Share with people"). */
  shares: Record<string, SharedRole>;
  /** "Anyone with the link" access, if the owner turned it on: what Google's own fetchers (image URLs) can read. */
  linkSharing?: SharedRole;
  /**
   * Users who gave Debrief this file under the drive.file scope: by creating it with Debrief or choosing it in
   * Google Picker. A grant is per user: a colleague's grant reaches nothing for you.
   */
  grantedTo: string[];
  content: Content;
}

export interface FileInit<Content> {
  name: string;
  mimeType: string;
  content: Content;
  /** Default: the store's default user. */
  owner?: string;
  shares?: Record<string, SharedRole>;
  linkSharing?: SharedRole;
  /** Users for whom Debrief may reach the file under drive.file (default: nobody: a file made outside Debrief). */
  grantedTo?: string[];
}

/** How one kind of file's content is saved and restored (e.g. a Doc's element tree). */
export interface ContentCodec<Content> {
  serialize(content: Content): unknown;
  deserialize(data: unknown): Content;
}

export interface DriveSnapshot {
  files: (Omit<StoredFile, 'content'> & { content: unknown })[];
  nextId: number;
}

/** A person's mistake in using the store directly (tests, the CLI's share/pick): said plainly, never a Google error. */
export class DriveStoreError extends Error {}

export class DriveStore {
  private readonly files = new Map<string, StoredFile>();
  private readonly codecs = new Map<string, ContentCodec<unknown>>();
  private nextId = 1;

  /**
   * The public web Google fetches images from (kept here so every service sharing this Drive sees the same): the
   * images declared public, and this Drive's image files that anyone with the link may view.
   */
  readonly web = new PublicWeb((id) => {
    const file = this.files.get(id);
    if (!file || file.linkSharing === undefined || file.trashed) return undefined;
    const base64 = (file.content as { base64?: unknown } | null)?.base64;
    return typeof base64 === 'string' ? { contentType: file.mimeType, bytes: new Uint8Array(Buffer.from(base64, 'base64')) } : undefined;
  });

  /**
   * The domain's sharing policy: whether its users may share a file with anyone who has the link (an admin can
   * turn it off; Permissions.create of type "anyone" then fails).
   */
  linkSharingAllowed = true;

  /** `userEmail` owns files created without an owner (tests placing files). */
  constructor(private readonly now: () => Date, readonly userEmail: string) {}

  registerCodec<Content>(mimeType: string, codec: ContentCodec<Content>): void {
    this.codecs.set(mimeType, codec as ContentCodec<unknown>);
  }

  create<Content>(init: FileInit<Content>): StoredFile<Content> {
    const stamp = this.now().toISOString();
    const id = driveFileId(this.nextId++, init.mimeType);
    const file: StoredFile<Content> = {
      id, name: init.name, mimeType: init.mimeType, owner: init.owner ?? this.userEmail,
      createdAt: stamp, updatedAt: stamp, trashed: false, shares: { ...init.shares }, grantedTo: [...(init.grantedTo ?? [])],
      ...(init.linkSharing ? { linkSharing: init.linkSharing } : {}), content: init.content,
    };
    this.files.set(id, file);
    return file;
  }

  /** Any file by id, whoever may open it (for the local Workspace's own code and tests). */
  find(id: string): StoredFile | undefined {
    return this.files.get(id);
  }

  /** The role `email` has on the file, or undefined if it isn't shared with them. */
  roleOf(file: StoredFile, email: string): Role | undefined {
    return file.owner === email ? 'owner' : file.shares[email];
  }

  /** Shares the file as its owner would in Drive's Share dialog; a new role replaces the old one. */
  share(id: string, email: string, role: SharedRole): StoredFile {
    const file = this.require(id);
    if (!isEmail(email)) throw new DriveStoreError(`“${email}” isn’t an email address.`);
    if (!SHARED_ROLES.includes(role)) throw new DriveStoreError(`“${role}” isn’t a Drive role: use reader, commenter or writer.`);
    if (email === file.owner) throw new DriveStoreError(`${email} owns “${file.name}”: there is nothing to share with them.`);
    file.shares[email] = role;
    this.touch(file);
    return file;
  }

  /** Takes someone's access away; their drive.file grant stays but reaches nothing while they can't open the file. */
  unshare(id: string, email: string): StoredFile {
    const file = this.require(id);
    delete file.shares[email];
    return file;
  }

  /**
   * What choosing the file in Google Picker (with the app id set) or creating it with Debrief does: Debrief may
   * reach it for `email` under drive.file. The Picker lists only files the user can open, so nothing else can be granted.
   */
  grant(id: string, email: string): StoredFile {
    const file = this.require(id);
    if (!this.roleOf(file, email)) throw new DriveStoreError(`${email} can’t open “${file.name}”, so they can’t choose it in the Picker: share it with them first.`);
    if (!file.grantedTo.includes(email)) file.grantedTo.push(email);
    return file;
  }

  /** Deletes the file for good (Drive's files.delete: no trash), as its owner may. */
  remove(id: string): void {
    this.files.delete(this.require(id).id);
  }

  /** Files `email` can open and sees in Drive (and so in the Picker): their own and those shared with them, not trashed. */
  visibleTo(email: string): StoredFile[] {
    return this.all().filter((f) => !f.trashed && this.roleOf(f, email) !== undefined);
  }

  touch(file: StoredFile): void {
    file.updatedAt = this.now().toISOString();
  }

  all(): StoredFile[] {
    return [...this.files.values()];
  }

  snapshot(): DriveSnapshot {
    return {
      nextId: this.nextId,
      files: this.all().map((f) => ({ ...f, content: this.codecs.get(f.mimeType)?.serialize(f.content) ?? f.content })),
    };
  }

  restore(snapshot: DriveSnapshot): void {
    this.files.clear();
    this.nextId = snapshot.nextId;
    for (const saved of snapshot.files) {
      // Snapshots from before sharing was modelled carry `reachable` (a grant for the owner) and no shares.
      const { reachable, ...f } = saved as typeof saved & { reachable?: boolean };
      const grantedTo = Array.isArray(f.grantedTo) ? f.grantedTo : reachable ? [f.owner] : [];
      this.files.set(f.id, { ...f, shares: { ...f.shares }, grantedTo, content: this.codecs.get(f.mimeType)?.deserialize(f.content) ?? f.content });
    }
  }

  private require(id: string): StoredFile {
    const file = this.files.get(id);
    if (!file) throw new DriveStoreError(`There is no file with the id ${id} in the local Workspace’s Drive.`);
    return file;
  }
}

/**
 * Drive documents ids only as opaque, URL-safe strings ("Files and folders": "a unique, opaque ID"), no length.
 * Real ones are 44 characters for Docs, Sheets and Slides files and 33 for uploaded files; the emulator keeps
 * those lengths (deterministic per store), so anything Debrief stores per file is sized for real ids.
 */
export function driveFileId(ordinal: number, mimeType: string): string {
  const length = mimeType.startsWith('application/vnd.google-apps.') ? 44 : 33;
  return `1${createHash('sha256').update(`drive-file#${ordinal}`).digest('base64url').slice(0, length - 1)}`;
}
