// The Docs and Drive advanced-service fakes (and Blob) with the official interfaces they stand for, for the
// API-surface test (fake-classes.ts): each sample is a bare instance over a throwaway Drive.
// Google: https://developers.google.com/apps-script/advanced/docs
import type { WorkspaceContext } from '../context.ts';
import { DriveStore } from '../drive/drive-store.ts';
import { Blob } from '../drive/blob.ts';
import { DriveRuntime } from '../drive/drive-runtime.ts';
import { DriveV3Fake, FilesCollectionFake } from '../drive/drive-v3.ts';
import type { FakeClass } from '../fake-classes.ts';
import type { ServiceContext } from '../service-context.ts';
import { DocsFake, DocumentsCollectionFake } from './api/docs-service.ts';
import { DocsRuntime } from './session.ts';

function serviceContext(ctx: WorkspaceContext): ServiceContext {
  return { calls: ctx.calls, drive: new DriveStore(ctx.now, ctx.userEmail), now: ctx.now, userEmail: ctx.userEmail, timeZone: ctx.timeZone, authMode: () => ctx.authMode };
}

const runtime = (ctx: WorkspaceContext) => new DocsRuntime(serviceContext(ctx));
const driveRuntime = (ctx: WorkspaceContext) => new DriveRuntime(serviceContext(ctx), new Map());

export const DOCS_FAKE_CLASSES: readonly FakeClass[] = [
  { qualifiedName: 'Docs', sample: (ctx) => new DocsFake(runtime(ctx)) },
  { qualifiedName: 'Docs.Collection.DocumentsCollection', sample: (ctx) => new DocumentsCollectionFake(runtime(ctx)) },
  { qualifiedName: 'Base.Blob', sample: () => new Blob(new Uint8Array(), null, null) },
  { qualifiedName: 'Drive', sample: (ctx) => new DriveV3Fake(driveRuntime(ctx)) },
  { qualifiedName: 'Drive_v3.Drive.V3.Collection.FilesCollection', sample: (ctx) => new FilesCollectionFake(driveRuntime(ctx)) },
];
