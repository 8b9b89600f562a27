// The Sheets advanced service's fakes with the official interfaces they stand for, for the API-surface test.
import type { WorkspaceContext } from '../context.ts';
import { DriveStore } from '../drive/drive-store.ts';
import type { FakeClass } from '../fake-classes.ts';
import type { ServiceContext } from '../service-context.ts';
import { SheetsAccess, SheetsAdvancedFake, SpreadsheetsCollectionFake, ValuesCollectionFake } from './index.ts';

function sampleContext(ctx: WorkspaceContext): ServiceContext {
  return { calls: ctx.calls, drive: new DriveStore(ctx.now, ctx.userEmail), now: ctx.now, userEmail: ctx.userEmail, timeZone: ctx.timeZone, authMode: () => ctx.authMode };
}

export const SHEETS_API_FAKE_CLASSES: readonly FakeClass[] = [
  { qualifiedName: 'Sheets', sample: (ctx) => new SheetsAdvancedFake(sampleContext(ctx)) },
  { qualifiedName: 'Sheets.Collection.SpreadsheetsCollection', sample: (ctx) => new SpreadsheetsCollectionFake(new SheetsAccess(sampleContext(ctx)), ctx.calls) },
  { qualifiedName: 'Sheets.Collection.Spreadsheets.ValuesCollection', sample: (ctx) => new ValuesCollectionFake(new SheetsAccess(sampleContext(ctx))) },
];
