// The Charts service's own charts: Charts.newDataTable() for the data, Charts.newBarChart() / newColumnChart()
// for the chart, Chart.getAs('image/png') for its picture ("Return the data inside this object as a blob
// converted to the specified content type", https://developers.google.com/apps-script/reference/charts/chart). No spreadsheet is read: the local Workspace draws
// the picture from the table (render/charts), as it does for an embedded chart. Other chart kinds fail loudly.
import type { WorkspaceContext } from '../context.ts';
import { Blob } from '../drive/blob.ts';
import { enumName } from '../enums.ts';
import { AppsScriptException, signatureMismatch } from '../errors.ts';
import { renderChartPng } from '../../render/charts/chart-png.ts';
import type { ChartData } from '../../render/charts/chart-svg.ts';
import { NotImplementedError, unwrap } from '../tracked.ts';
import { formatValue } from './number-format.ts';

interface Column {
  type: string;
  label: string;
}

export class FakeDataTable {
  constructor(readonly _columns: readonly Column[], readonly _rows: readonly unknown[][]) {}
}

export class FakeDataTableBuilder {
  private readonly _columns: Column[] = [];
  private readonly _rows: unknown[][] = [];

  constructor(private readonly _ctx: WorkspaceContext) {}

  addColumn(type: unknown, label: string): this {
    const name = enumName(type);
    if (!name || typeof label !== 'string') throw signatureMismatch('Charts.DataTableBuilder.addColumn', [type, label]);
    this._columns.push({ type: name, label });
    return this;
  }

  addRow(values: unknown[]): this {
    if (!Array.isArray(values)) throw signatureMismatch('Charts.DataTableBuilder.addRow', [values]);
    // "Adds a row to the data table": a row of a different width than the columns is refused when built.
    this._rows.push([...values]);
    return this;
  }

  /** DataTableBuilder.build() is not emulated (the add-on hands the builder to setDataTable, as documented). */
  _build(): FakeDataTable {
    for (const [i, row] of this._rows.entries()) {
      // Not verified against Google: the wording for a row that doesn't match the columns.
      if (row.length !== this._columns.length) throw new AppsScriptException(`Row ${i} has ${row.length} cells, but the data table has ${this._columns.length} columns.`);
      row.forEach((value, c) => {
        const type = this._columns[c]?.type;
        if ((type === 'NUMBER' && value !== null && typeof value !== 'number') || (type === 'STRING' && typeof value !== 'string')) {
          throw new AppsScriptException(`Row ${i}, column ${c}: a ${type} column can't hold ${JSON.stringify(value)}.`);
        }
      });
    }
    return this._ctx.track('Charts.DataTable', new FakeDataTable(this._columns, this._rows.map((r) => [...r])));
  }
}

const BUILDERS = { BAR: 'Charts.BarChartBuilder', COLUMN: 'Charts.ColumnChartBuilder' } as const;

export class FakeStandaloneChartBuilder {
  private _table: FakeDataTable | null = null;
  private readonly _options = new Map<string, unknown>();

  constructor(private readonly _ctx: WorkspaceContext, private readonly _type: keyof typeof BUILDERS) {}

  private _name(method: string): string {
    return `${BUILDERS[this._type]}.${method}`;
  }

  setDataTable(table: unknown): this {
    const fake = unwrap(table);
    const built = fake instanceof FakeDataTableBuilder ? unwrap(fake._build()) : fake;
    if (!(built instanceof FakeDataTable)) throw signatureMismatch(this._name('setDataTable'), [table]);
    this._table = built;
    return this;
  }

  setTitle(title: string): this {
    if (typeof title !== 'string') throw signatureMismatch(this._name('setTitle'), [title]);
    this._options.set('title', title);
    return this;
  }

  setDimensions(width: number, height: number): this {
    if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) throw signatureMismatch(this._name('setDimensions'), [width, height]);
    this._options.set('width', width);
    this._options.set('height', height);
    return this;
  }

  setColors(colors: string[]): this {
    if (!Array.isArray(colors) || !colors.every((c) => typeof c === 'string')) throw signatureMismatch(this._name('setColors'), [colors]);
    this._options.set('colors', [...colors]);
    return this;
  }

  setLegendPosition(position: unknown): this {
    const name = enumName(position);
    if (!name) throw signatureMismatch(this._name('setLegendPosition'), [position]);
    this._options.set('legend', { position: name.toLowerCase() });
    return this;
  }

  setOption(option: string, value: unknown): this {
    if (typeof option !== 'string') throw signatureMismatch(this._name('setOption'), [option, value]);
    this._options.set(option, value);
    return this;
  }

  build(): FakeStandaloneChart {
    // Not verified against Google: the wording for a chart built without data.
    if (!this._table) throw new AppsScriptException('The chart has no data: call setDataTable() before build().');
    return this._ctx.track('Charts.Chart', new FakeStandaloneChart(this._ctx, this._type, this._table, new Map(this._options)));
  }
}

export class FakeStandaloneChart {
  constructor(private readonly _ctx: WorkspaceContext, private readonly _type: string, private readonly _table: FakeDataTable, private readonly _options: Map<string, unknown>) {}

  /** What the chart plots: the first column the categories, each other a series named by its label. */
  _data(): ChartData {
    const [first, ...series] = this._table._columns;
    const format = this._options.get(this._type === 'BAR' ? 'hAxis.format' : 'vAxis.format');
    const colors = this._options.get('colors');
    const fontSize = this._options.get('fontSize');
    // chartArea as one object or as its dotted members (chart-configuration-options lists chartArea.left, .top, …).
    const area = { ...(this._options.get('chartArea') as Record<string, unknown> | undefined) };
    for (const side of ['left', 'top', 'width', 'height']) if (this._options.has(`chartArea.${side}`)) area[side] = this._options.get(`chartArea.${side}`);
    const chartArea = Object.fromEntries(Object.entries(area).filter(([, v]) => typeof v === 'number' && Number.isFinite(v)));
    return {
      type: this._type,
      title: typeof this._options.get('title') === 'string' ? (this._options.get('title') as string) : '',
      categories: this._table._rows.map((r) => String(r[0] ?? (first ? '' : ''))),
      series: series.map((s, i) => ({ name: s.label, values: this._table._rows.map((r) => (typeof r[i + 1] === 'number' ? (r[i + 1] as number) : null)) })),
      ...(typeof format === 'string' ? { format: (v: number) => formatValue(v, format) } : {}),
      ...(Array.isArray(colors) ? { colors: colors as string[] } : {}),
      ...(typeof fontSize === 'number' && fontSize > 0 ? { fontSize } : {}),
      ...(Object.keys(chartArea).length ? { chartArea } : {}),
    };
  }

  getAs(contentType: unknown): Blob {
    if (typeof contentType !== 'string') throw signatureMismatch('Charts.Chart.getAs', [contentType]);
    if (contentType !== 'image/png') throw new NotImplementedError('Chart', `getAs("${contentType}")`);
    const data = this._data();
    const [width, height] = [Number(this._options.get('width') ?? 600), Number(this._options.get('height') ?? 371)];
    return this._ctx.track('Base.Blob', new Blob(renderChartPng(data, width, height), 'image/png', `${data.title || 'Chart'}.png`));
  }
}

export function newDataTableBuilder(ctx: WorkspaceContext): FakeDataTableBuilder {
  return ctx.track('Charts.DataTableBuilder', new FakeDataTableBuilder(ctx));
}

export function newStandaloneChartBuilder(ctx: WorkspaceContext, type: keyof typeof BUILDERS): FakeStandaloneChartBuilder {
  return ctx.track(BUILDERS[type], new FakeStandaloneChartBuilder(ctx, type));
}
