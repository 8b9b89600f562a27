// Every fake class the local Workspace hands to the add-on, with the official interface it stands for and a
// way to make a sample instance: the API-surface test checks each one exposes nothing Apps Script lacks.
// Add new fakes (Document, Slides, Drive…) here.
import type { WorkspaceContext } from './context.ts';
import { FakeHtmlOutput, FakeHtmlService } from './services/html.ts';
import { FakeLock, FakeLockService, LockTable } from './services/lock.ts';
import { FakeCache, FakeCacheService } from './services/cache.ts';
import { FakeConsole } from './services/logging.ts';
import { FakeProperties, FakePropertiesService, PropertyStores } from './services/properties.ts';
import { FakeAuthorizationInfo, FakeScriptApp, MIME_TYPES } from './services/script-app.ts';
import { FakeSession, FakeUser } from './services/session.ts';
import { FakeMenu, FakeUi } from './services/ui.ts';
import { FakeUtilities } from './services/utilities.ts';
import { FakeChartOptions, FakeChartsService, FakeContainerInfo, FakeEmbeddedChart, newChartBuilder } from './sheets/charts.ts';
import { FakeDataTable, FakeDataTableBuilder, FakeStandaloneChart, FakeStandaloneChartBuilder } from './sheets/standalone-charts.ts';
import { FakeBooleanCondition, FakeConditionalFormatRule, FakeConditionalFormatRuleBuilder } from './sheets/conditional-format.ts';
import { FakeDataValidation, FakeDataValidationBuilder } from './sheets/data-validation.ts';
import type { ChartSpec, ConditionalRuleSpec, SpreadsheetModel } from './sheets/model.ts';
import { FakeNamedRange } from './sheets/named-range.ts';
import { FakeProtection } from './sheets/protection.ts';
import { FakeRange } from './sheets/range.ts';
import { FakeRangeList } from './sheets/range-list.ts';
import { FakeSheet } from './sheets/sheet.ts';
import { FakeSpreadsheet } from './sheets/spreadsheet.ts';
import { FakeSpreadsheetApp } from './sheets/spreadsheet-app.ts';
import { DOCS_FAKE_CLASSES } from './docs/fake-classes.ts';
import { SHEETS_API_FAKE_CLASSES } from './sheets-api/fake-classes.ts';
import { SLIDES_FAKE_CLASSES } from './slides/fake-classes.ts';
import { unwrap } from './tracked.ts';
import { UNEMULATED_SERVICES } from './unemulated.ts';

export interface FakeClass {
  /** The official interface, as official-api.ts keys it ("Spreadsheet.Range"). */
  qualifiedName: string;
  /** A bare (unwrapped) instance, made in a workspace that has an active spreadsheet. */
  sample(ctx: WorkspaceContext): object;
}

function container(ctx: WorkspaceContext): SpreadsheetModel {
  if (!ctx.activeSpreadsheet) throw new Error('fake-classes: the sample workspace needs a spreadsheet');
  return ctx.activeSpreadsheet;
}

const firstSheet = (ctx: WorkspaceContext) => container(ctx).sheets[0]!;
const chartSpec = (ctx: WorkspaceContext): ChartSpec => ({
  chartId: 1, type: 'COLUMN', ranges: [firstSheet(ctx).range('A1:B2')], options: new Map(), position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
  numHeaders: -1, transposeRowsAndColumns: false,
});
const ruleSpec = (ctx: WorkspaceContext): ConditionalRuleSpec => ({ ranges: [firstSheet(ctx).range('A1')], criteria: 'CELL_EMPTY', args: [], format: {} });

export const FAKE_CLASSES: readonly FakeClass[] = [
  { qualifiedName: 'Spreadsheet.SpreadsheetApp', sample: (ctx) => new FakeSpreadsheetApp(ctx) },
  { qualifiedName: 'Spreadsheet.Spreadsheet', sample: (ctx) => new FakeSpreadsheet(ctx, container(ctx)) },
  { qualifiedName: 'Spreadsheet.Sheet', sample: (ctx) => new FakeSheet(ctx, firstSheet(ctx)) },
  { qualifiedName: 'Spreadsheet.Range', sample: (ctx) => new FakeRange(ctx, firstSheet(ctx).range('A1')) },
  { qualifiedName: 'Spreadsheet.RangeList', sample: (ctx) => new FakeRangeList(ctx, [firstSheet(ctx).range('A1')]) },
  { qualifiedName: 'Spreadsheet.NamedRange', sample: (ctx) => new FakeNamedRange(ctx, container(ctx), 'Sample') },
  {
    qualifiedName: 'Spreadsheet.Protection',
    sample: (ctx) => new FakeProtection(ctx, { type: 'RANGE', range: firstSheet(ctx).range('A1'), description: '', warningOnly: false }),
  },
  { qualifiedName: 'Spreadsheet.DataValidationBuilder', sample: (ctx) => new FakeDataValidationBuilder(ctx) },
  {
    qualifiedName: 'Spreadsheet.DataValidation',
    sample: (ctx) => new FakeDataValidation(ctx, { criteria: 'CHECKBOX', args: [], allowInvalid: true, helpText: '' }),
  },
  { qualifiedName: 'Spreadsheet.ConditionalFormatRuleBuilder', sample: (ctx) => new FakeConditionalFormatRuleBuilder(ctx) },
  { qualifiedName: 'Spreadsheet.ConditionalFormatRule', sample: (ctx) => new FakeConditionalFormatRule(ctx, ruleSpec(ctx)) },
  { qualifiedName: 'Spreadsheet.BooleanCondition', sample: (ctx) => new FakeBooleanCondition(ruleSpec(ctx)) },
  { qualifiedName: 'Spreadsheet.EmbeddedChartBuilder', sample: (ctx) => unwrap(newChartBuilder(ctx, firstSheet(ctx))) },
  { qualifiedName: 'Spreadsheet.EmbeddedChart', sample: (ctx) => new FakeEmbeddedChart(ctx, firstSheet(ctx), chartSpec(ctx)) },
  { qualifiedName: 'Spreadsheet.ContainerInfo', sample: (ctx) => new FakeContainerInfo(chartSpec(ctx)) },
  { qualifiedName: 'Charts.ChartOptions', sample: () => new FakeChartOptions(new Map()) },
  { qualifiedName: 'Charts.Charts', sample: (ctx) => new FakeChartsService(ctx) },
  { qualifiedName: 'Charts.DataTableBuilder', sample: (ctx) => new FakeDataTableBuilder(ctx) },
  { qualifiedName: 'Charts.DataTable', sample: () => new FakeDataTable([], []) },
  { qualifiedName: 'Charts.BarChartBuilder', sample: (ctx) => new FakeStandaloneChartBuilder(ctx, 'BAR') },
  { qualifiedName: 'Charts.ColumnChartBuilder', sample: (ctx) => new FakeStandaloneChartBuilder(ctx, 'COLUMN') },
  { qualifiedName: 'Charts.Chart', sample: (ctx) => new FakeStandaloneChart(ctx, 'BAR', new FakeDataTable([], []), new Map()) },
  { qualifiedName: 'Base.Ui', sample: (ctx) => new FakeUi(ctx) },
  { qualifiedName: 'Base.Menu', sample: (ctx) => new FakeMenu(ctx, 'Sample') },
  { qualifiedName: 'HTML.HtmlService', sample: (ctx) => new FakeHtmlService(ctx) },
  { qualifiedName: 'HTML.HtmlOutput', sample: () => new FakeHtmlOutput('') },
  { qualifiedName: 'Properties.PropertiesService', sample: (ctx) => new FakePropertiesService(ctx, new PropertyStores()) },
  { qualifiedName: 'Properties.Properties', sample: () => new FakeProperties(new Map()) },
  { qualifiedName: 'Cache.CacheService', sample: (ctx) => new FakeCacheService(ctx) },
  { qualifiedName: 'Cache.Cache', sample: (ctx) => new FakeCache(ctx, new Map()) },
  { qualifiedName: 'Lock.LockService', sample: (ctx) => new FakeLockService(ctx, new LockTable(ctx)) },
  { qualifiedName: 'Lock.Lock', sample: (ctx) => new FakeLock(new LockTable(ctx), 'script') },
  { qualifiedName: 'Base.Session', sample: (ctx) => new FakeSession(ctx) },
  { qualifiedName: 'Base.User', sample: () => new FakeUser('you@agency.example') },
  { qualifiedName: 'Utilities.Utilities', sample: () => new FakeUtilities() },
  { qualifiedName: 'Console', sample: (ctx) => new FakeConsole(ctx) },
  { qualifiedName: 'Script.ScriptApp', sample: (ctx) => new FakeScriptApp(ctx) },
  { qualifiedName: 'Script.AuthorizationInfo', sample: () => new FakeAuthorizationInfo([], []) },
  { qualifiedName: 'Base.MimeType', sample: () => ({ ...MIME_TYPES }) },
  // No members: a call from the add-on throws NotImplementedError.
  ...UNEMULATED_SERVICES.map(([, qualifiedName]) => ({ qualifiedName, sample: () => ({}) })),
  ...SLIDES_FAKE_CLASSES,
  ...SHEETS_API_FAKE_CLASSES,
  ...DOCS_FAKE_CLASSES,
];
