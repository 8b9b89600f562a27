// Embedded charts: Sheet.newChart() builders, the charts inserted on a sheet, and the Charts service global
// that supplies Charts.ChartType. A chart is kept as its description, and drawn (render/charts) when asked for
// as a picture.
// Google: https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder,
//   https://developers.google.com/apps-script/reference/charts/chart-type
import type { WorkspaceContext } from '../context.ts';
import { enumName, officialEnum } from '../enums.ts';
import { AppsScriptException, signatureMismatch } from '../errors.ts';
import { Blob } from '../drive/blob.ts';
import { renderChartPng } from '../../render/charts/chart-png.ts';
import { NotImplementedError, unwrap } from '../tracked.ts';
import { chartData } from './chart-data.ts';
import type { ChartSpec, SheetModel } from './model.ts';
import { gridOf, trackedRange } from './range.ts';
import { newDataTableBuilder, newStandaloneChartBuilder } from './standalone-charts.ts';

const CHART_TYPE = officialEnum('Charts.ChartType');

export function copyChartSpec(spec: ChartSpec): ChartSpec {
  return { ...spec, ranges: spec.ranges.map((r) => ({ ...r })), options: new Map(spec.options), position: { ...spec.position } };
}

export function newChartBuilder(ctx: WorkspaceContext, sheet: SheetModel): FakeEmbeddedChartBuilder {
  const spec: ChartSpec = {
    chartId: 0, type: '', ranges: [], options: new Map(), position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
    numHeaders: -1, transposeRowsAndColumns: false,
  };
  return ctx.track('Spreadsheet.EmbeddedChartBuilder', new FakeEmbeddedChartBuilder(ctx, sheet, spec));
}

export function trackedChart(ctx: WorkspaceContext, sheet: SheetModel, spec: ChartSpec): FakeEmbeddedChart {
  return ctx.track('Spreadsheet.EmbeddedChart', new FakeEmbeddedChart(ctx, sheet, spec));
}

export class FakeEmbeddedChartBuilder {
  constructor(private readonly _ctx: WorkspaceContext, private readonly _sheet: SheetModel, private readonly _spec: ChartSpec) {}

  addRange(range: unknown): this {
    this._spec.ranges.push({ ...gridOf(range, 'SpreadsheetApp.EmbeddedChartBuilder.addRange') });
    return this;
  }



  setChartType(type: unknown): this {
    const name = enumName(type);
    if (name === undefined || !(name in CHART_TYPE)) throw signatureMismatch('SpreadsheetApp.EmbeddedChartBuilder.setChartType', [type]);
    this._spec.type = name;
    return this;
  }

  setOption(option: string, value: unknown): this {
    if (typeof option !== 'string') throw signatureMismatch('SpreadsheetApp.EmbeddedChartBuilder.setOption', [option, value]);
    this._spec.options.set(option, value);
    return this;
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    const args = [anchorRowPos, anchorColPos, offsetX, offsetY];
    if (!args.every((n) => typeof n === 'number')) throw signatureMismatch('SpreadsheetApp.EmbeddedChartBuilder.setPosition', args);
    this._spec.position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return this;
  }

  setNumHeaders(headers: number): this {
    if (!Number.isInteger(headers)) throw signatureMismatch('SpreadsheetApp.EmbeddedChartBuilder.setNumHeaders', [headers]);
    this._spec.numHeaders = headers;
    return this;
  }



  build(): FakeEmbeddedChart {
    if (!this._spec.type) throw new AppsScriptException('Chart type must be set before building the chart.');
    return trackedChart(this._ctx, this._sheet, copyChartSpec(this._spec));
  }
}

export class FakeEmbeddedChart {
  constructor(private readonly _ctx: WorkspaceContext, readonly _sheet: SheetModel, readonly _spec: ChartSpec) {}

  /** Null until the chart is inserted into a sheet, as documented. */
  getChartId(): number | null { return this._spec.chartId === 0 ? null : this._spec.chartId; }
  getRanges(): unknown[] { return this._spec.ranges.map((r) => trackedRange(this._ctx, r)); }
  getOptions(): FakeChartOptions { return this._ctx.track('Charts.ChartOptions', new FakeChartOptions(this._spec.options)); }
  getContainerInfo(): FakeContainerInfo { return this._ctx.track('Spreadsheet.ContainerInfo', new FakeContainerInfo(this._spec)); }

  /**
   * The chart as a picture: "Return the data inside this object as a blob converted to the specified content
   * type" (EmbeddedChart.getAs, Apps Script reference). The local Workspace draws it from its spec and the sheet's
   * current values (render/charts); PNG is emulated, any other type fails loudly.
   */
  getAs(contentType: unknown): Blob {
    if (typeof contentType !== 'string') throw signatureMismatch('SpreadsheetApp.EmbeddedChart.getAs', [contentType]);
    if (contentType !== 'image/png') throw new NotImplementedError('EmbeddedChart', `getAs("${contentType}")`);
    const data = chartData(this._spec);
    return this._ctx.track('Base.Blob', new Blob(renderChartPng(data), 'image/png', `${data.title || 'Chart'}.png`));
  }

  /** "Return the data inside this object as a blob": a PNG, as getAs('image/png'). */
  getBlob(): Blob { return this.getAs('image/png'); }

  modify(): FakeEmbeddedChartBuilder {
    return this._ctx.track('Spreadsheet.EmbeddedChartBuilder', new FakeEmbeddedChartBuilder(this._ctx, this._sheet, copyChartSpec(this._spec)));
  }
}

export class FakeChartOptions {
  constructor(private readonly _options: Map<string, unknown>) {}

  get(option: string): unknown { return this._options.has(option) ? this._options.get(option) : null; }
}

export class FakeContainerInfo {
  constructor(private readonly _spec: ChartSpec) {}

  getAnchorRow(): number { return this._spec.position.anchorRow; }
}

/** The chart behind an EmbeddedChart the add-on passed in. */
export function chartOf(chart: unknown, qualifiedMethod: string): FakeEmbeddedChart {
  const fake = unwrap(chart);
  if (!(fake instanceof FakeEmbeddedChart)) throw signatureMismatch(qualifiedMethod, [chart]);
  return fake;
}

/** The Charts service: its enums, and charts drawn from a data table rather than a sheet (standalone-charts.ts). */
export class FakeChartsService {
  readonly ChartType = CHART_TYPE;
  readonly ColumnType = officialEnum('Charts.ColumnType');
  readonly Position = officialEnum('Charts.Position');

  constructor(private readonly _ctx: WorkspaceContext) {}

  newDataTable(): unknown { return newDataTableBuilder(this._ctx); }
  newBarChart(): unknown { return newStandaloneChartBuilder(this._ctx, 'BAR'); }
  newColumnChart(): unknown { return newStandaloneChartBuilder(this._ctx, 'COLUMN'); }
}
