// One HyperFormula instance per spreadsheet, configured per HyperFormula's Google Sheets compatibility guide,
// with TODAY()/NOW() read from the workspace clock and TEXT() rendered by our Sheets number formats.
// Like Sheets, which buffers a script's writes until it next reads, the engine evaluates lazily: writes suspend
// evaluation and the next read resumes it, so a run of writes is evaluated once, not once per call.
// Google: https://support.google.com/docs/table/25273
import { CellValueDetailedType, DetailedCellError, EmptyValue, FunctionArgumentType, FunctionPlugin, HyperFormula } from 'hyperformula';
import type { ConfigParams, ImplementedFunctions, RawCellContent } from 'hyperformula';
import { formatValue } from './number-format.ts';

type RunFunctionArgs = Parameters<FunctionPlugin['runFunction']>;
type ProcedureAst = { args: RunFunctionArgs[0] };
type InterpreterState = RunFunctionArgs[1];

export type EngineValue = number | string | boolean | null;
/** A computed value plus HyperFormula's guess at its kind (NUMBER_DATE…), used for automatic formatting. */
export interface ComputedCell {
  value: EngineValue;
  error: boolean;
  detailedType: string;
}

export interface EngineClock {
  /** Serial number of "now" on the spreadsheet's wall clock. */
  serialNow(): number;
}

// Sheets shows these where HyperFormula has its own error codes.
const SHEETS_ERRORS: Record<string, string> = { '#CYCLE!': '#REF!', '#SPILL!': '#REF!', '#LIC!': '#ERROR!' };

function clockOf(plugin: FunctionPlugin): EngineClock {
  const context = (plugin as unknown as { config: { context?: EngineClock } }).config.context;
  return context ?? { serialNow: () => Date.now() / 86_400_000 + 25_569 };
}

class SheetsCompatibilityPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    TODAY: { method: 'today', parameters: [], isVolatile: true, returnNumberType: CellValueDetailedType.NUMBER_DATE },
    NOW: { method: 'now', parameters: [], isVolatile: true, returnNumberType: CellValueDetailedType.NUMBER_DATETIME },
    TEXT: { method: 'text', parameters: [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.STRING }] },
  };

  today(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata('TODAY'), () => Math.floor(clockOf(this).serialNow()));
  }

  now(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata('NOW'), () => clockOf(this).serialNow());
  }

  text(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata('TEXT'), (value: number, pattern: string) => formatValue(value, pattern));
  }
}
HyperFormula.registerFunctionPlugin(SheetsCompatibilityPlugin);

type DependencyGraph = HyperFormula['dependencyGraph'];
type Dependencies = Parameters<DependencyGraph['processCellDependencies']>[0];
type RangeDependency = { start: unknown; end: unknown; addresses: unknown };
const patched = new WeakMap<object, Set<string>>();

/** True the first time `method` of `proto` is asked for: each HyperFormula patch below goes on its class once. */
function firstPatch(proto: object, method: string): boolean {
  const done = patched.get(proto) ?? new Set<string>();
  if (done.has(method)) return false;
  patched.set(proto, done.add(method));
  return true;
}

/**
 * HyperFormula walks every cell of a range each time one more formula refers to that same range (its
 * DependencyGraph.processCellDependencies, as of 3.5), so 10,000 rows that each mention the column $X:$X cost
 * 10,000² steps just to enter. A range already in the graph has its cells linked: link the new formula to the
 * range and skip the walk. The result is the same graph; only the time differs.
 */
function linkKnownRangesOnce(graph: DependencyGraph): void {
  const proto = Object.getPrototypeOf(graph) as DependencyGraph;
  if (!firstPatch(proto, 'processCellDependencies')) return;
  const walk = proto.processCellDependencies;
  proto.processCellDependencies = function (this: DependencyGraph, dependencies: Dependencies, endVertex) {
    const rest: Dependencies = [];
    for (const dependency of dependencies) {
      const range = dependency as unknown as RangeDependency;
      const known = typeof range.addresses === 'function' ? this.getRange(range.start as never, range.end as never) : undefined;
      if (known?.idInGraph !== undefined && endVertex.idInGraph !== undefined && this.arrayMapping.getArray(dependency as never) === undefined) {
        this.graph.addEdge(known.idInGraph, endVertex.idInGraph);
      } else rest.push(dependency);
    }
    walk.call(this, rest, endVertex);
  };
}

type Search = HyperFormula['columnSearch'];
type SearchOptions = { ordering: 'asc' | 'desc' | 'none'; ifNoMatch: string; returnOccurrence?: string };
type BasicFind = (this: unknown, key: unknown, rangeValue: { range?: SearchedRange }, coordinate: 'row' | 'col', options: SearchOptions) => number;
type SearchedRange = { sheet: number; start: { sheet: number; row: number; col: number }; end: unknown; effectiveEndRow(graph: unknown): number; effectiveEndColumn(graph: unknown): number };
type CachingRangeVertex = { getFunctionValue(key: string): unknown; setFunctionValue(key: string, value: unknown): void };
/** A range's filled cells in order: each one's offset from the range's start, and its value. */
type FilledCells = { offsets: number[]; values: unknown[] };
/** The cache key, with the coordinate searched (a one-cell range is searched both ways). */
const FILLED_CELLS = 'DEBRIEF:FILLED_CELLS:';

/**
 * MATCH(key, range, 1 or -1) bisects the range, but HyperFormula (3.5, findLastOccurrenceInOrderedRange) falls back
 * to listing the range's filled cells whenever the bisection lands on an empty one, as it does in a whole column
 * ($Z:$Z) past the last value: a walk of the column per MATCH, n² for a Rank per row (10,000 rows: 10⁸ reads per
 * recalculation). The list is kept with the range, in the cache HyperFormula clears when the range's cells change
 * (RangeVertex.functionCache, as its own SUM and COUNT use), and each search bisects it with HyperFormula's own code.
 * The result is the one the fallback gives; only the time differs.
 */
function searchFilledCellsOnce(search: Search): void {
  let proto = Object.getPrototypeOf(search) as Record<string, unknown> | null;
  while (proto && !Object.hasOwn(proto, 'basicFind')) proto = Object.getPrototypeOf(proto) as Record<string, unknown> | null;
  if (!proto || !firstPatch(proto, 'basicFind')) return;
  const basicFind = proto.basicFind as BasicFind;
  const find: BasicFind = function (this: unknown, key, rangeValue, coordinate, options) {
    const { range } = rangeValue;
    const bounded = options.ifNoMatch === 'returnLowerBound' || options.ifNoMatch === 'returnUpperBound';
    const vertex = range && bounded && options.ordering !== 'none'
      ? ((this as { dependencyGraph: DependencyGraph }).dependencyGraph.getRange(range.start as never, range.end as never) as unknown as CachingRangeVertex | undefined)
      : undefined;
    if (!range || !vertex) return basicFind.call(this, key, rangeValue, coordinate, options);
    const graph = (this as { dependencyGraph: DependencyGraph }).dependencyGraph;
    let filled = vertex.getFunctionValue(FILLED_CELLS + coordinate) as FilledCells | undefined;
    if (!filled) {
      filled = { offsets: [], values: [] };
      const start = range.start[coordinate];
      const end = coordinate === 'col' ? range.effectiveEndColumn(graph) : range.effectiveEndRow(graph);
      for (let index = start; index <= end; index++) {
        const address = coordinate === 'col' ? { sheet: range.sheet, col: index, row: range.start.row } : { sheet: range.sheet, col: range.start.col, row: index };
        const value = graph.getCellValue(address as never) as unknown;
        if (value === EmptyValue) continue;
        filled.offsets.push(index - start);
        filled.values.push(value);
      }
      vertex.setFunctionValue(FILLED_CELLS + coordinate, filled);
    }
    const { offsets, values } = filled;
    // The same search over the filled cells alone, laid end to end from 0: no empty cell to land on.
    const last = () => values.length - 1;
    const compacted: SearchedRange = {
      sheet: range.sheet, start: { sheet: range.sheet, row: 0, col: 0 }, end: undefined, effectiveEndRow: last, effectiveEndColumn: last,
    };
    const list = { getCellValue: (address: { row: number; col: number }) => values[address[coordinate]] };
    const found = basicFind.call({ dependencyGraph: list }, key, { range: compacted }, coordinate, options);
    return found < 0 ? found : (offsets[found] as number);
  };
  proto.basicFind = find;
}

type ContentParser = { parse(content: RawCellContent): unknown };

/**
 * Text is handed to HyperFormula behind an apostrophe ('Jan 5), so it is never read as a number or a date; but
 * HyperFormula (3.5, CellContentParser.parse) tries each number, currency and date format on it before it gets to
 * the apostrophe. Text of that form goes straight to what parse ends with: the text after the apostrophe.
 */
function parseQuotedTextOnce(parser: ContentParser): void {
  const proto = Object.getPrototypeOf(parser) as ContentParser;
  if (!firstPatch(proto, 'parse')) return;
  const parse = proto.parse;
  const Text = (parse.call(parser, "'x") as object).constructor as new (text: string) => unknown;
  proto.parse = function (this: ContentParser, content) {
    return typeof content === 'string' && content.startsWith("'") ? new Text(content.slice(1)) : parse.call(this, content);
  };
}

type Address = { sheet: number; row: number; col: number };
type ParseResult = { errors: unknown[]; dependencies: unknown[] };
interface FormulaParser {
  parse(text: string, address: Address): ParseResult;
  tokenizeFormula(text: string): { tokens: unknown[]; errors: unknown[] };
  computeHashFromTokens(tokens: unknown[], address: Address): string;
}
/** A block being written whose formulas are one formula, relative to each cell: the first cell's parse serves all. */
interface SharedFormula extends Address {
  contents: RawCellContent[][];
  parsed?: ParseResult;
}
let sharing: SharedFormula | undefined;

/**
 * HyperFormula keeps a formula relative to its cell (R0C0 offsets, ParserWithCaching) and caches the parse of each
 * such relative formula, but it still lexes every cell's text to find that it has one: most of the time of writing a
 * column of formulas from one R1C1 formula. While such a block is written, its cells after the first take the first
 * cell's parse (with their own copy of the dependency list, which each cell makes absolute for itself).
 */
function shareParsesOnce(parser: FormulaParser): void {
  const proto = Object.getPrototypeOf(parser) as FormulaParser;
  if (!firstPatch(proto, 'parse')) return;
  const parse = proto.parse;
  proto.parse = function (this: FormulaParser, text, address) {
    const block = sharing;
    if (!block || address.sheet !== block.sheet || block.contents[address.row - block.row]?.[address.col - block.col] !== text) return parse.call(this, text, address);
    if (block.parsed) return { ...block.parsed, dependencies: [...block.parsed.dependencies] };
    const parsed = parse.call(this, text, address);
    if (parsed.errors.length === 0) block.parsed = parsed;
    return parsed;
  };
}

/** The engine's grid (HyperFormula's maxRows, and its default maxColumns, Sheets' 18,278 columns: ZZZ). */
export const ENGINE_MAX_ROWS = 10_000_000;
export const ENGINE_MAX_COLUMNS = 18_278;

/** A block of cells to set (0-based), as HyperFormula takes it. */
export interface CellWrite {
  sheet: number;
  row: number;
  col: number;
  contents: RawCellContent[][];
}

/** Work to do once the pending writes are evaluated: it may read, and returns the writes it calls for. */
export type AfterEvaluation = () => CellWrite[];

export class FormulaEngine {
  private readonly hf: HyperFormula;
  private suspended = false;
  /**
   * The formula text last set in each cell, per sheet (row × 2¹⁴ + column), so rewriting a cell with the formula
   * it already holds can be skipped: replacing a formula HyperFormula links to a 10,000-row range costs a walk of
   * that range's dependents, and imports and rebuilds rewrite every formula. Forgotten when cells move or sheets
   * are renamed, since formula text changes then.
   */
  private readonly formulaText = new Map<number, Map<number, string>>();
  private readonly afterEvaluation: AfterEvaluation[] = [];
  /**
   * Array formulas read while their spill was blocked (#REF! in Sheets), by sheet and cell key. Sheets expands array
   * results into neighbouring cells (ARRAYFORMULA, support.google.com/docs/answer/3093275: "Many array formulas
   * will be automatically expanded into neighboring cells"), and its #REF! says why it can't ("Array result was
   * not expanded because it would overwrite data in …"): once the data is gone the array expands on recalculation.
   * HyperFormula keeps #SPILL! until the formula itself changes, so emptying a cell re-enters them.
   */
  private readonly blockedSpills = new Map<number, Set<number>>();
  private respill = false;

  constructor(clock: EngineClock) {
    const config: Partial<ConfigParams> = {
      licenseKey: 'gpl-v3',
      dateFormats: ['MM/DD/YYYY', 'MM/DD/YY', 'YYYY/MM/DD', 'YYYY-MM-DD'],
      timeFormats: ['hh:mm', 'hh:mm:ss.sss'],
      currencySymbol: ['$', 'USD'],
      localeLang: 'en-US',
      useArrayArithmetic: false,
      leapYear1900: false,
      smartRounding: true,
      precisionRounding: 14, // ~15 significant digits without the noise that 15 adds to values like 0.035
      nullDate: { year: 1899, month: 12, day: 30 },
      maxRows: ENGINE_MAX_ROWS,
      maxColumns: ENGINE_MAX_COLUMNS,
      context: clock,
      undoLimit: 0, // nothing undoes engine operations (Sheets' undo is the user's, not a script's): don't keep each one's old cells
    };
    this.hf = HyperFormula.buildEmpty(config);
    linkKnownRangesOnce(this.hf.dependencyGraph);
    searchFilledCellsOnce(this.hf.columnSearch);
    parseQuotedTextOnce((this.hf as unknown as { _cellContentParser: ContentParser })._cellContentParser);
    shareParsesOnce(this.parser);
    // Sheets reads TRUE and FALSE as literals; HyperFormula only knows the functions.
    this.hf.addNamedExpression('TRUE', '=TRUE()');
    this.hf.addNamedExpression('FALSE', '=FALSE()');
  }

  /** Before a change: evaluation waits until the next read. */
  private write(): void {
    if (this.suspended) return;
    this.hf.suspendEvaluation();
    this.suspended = true;
  }

  /** Before a read of values: evaluates what was written since the last read (a flush, in Sheets' terms). */
  private evaluate(): void {
    if (!this.suspended) return;
    this.suspended = false;
    this.hf.resumeEvaluation();
    const writes = this.afterEvaluation.splice(0).flatMap((task) => task());
    if (writes.length) this.hf.batch(() => writes.forEach((w) => this.setChanged(w.sheet, w.row, w.col, w.contents)));
    if (this.respill) this.expandUnblocked();
  }

  /** Re-enters each array formula whose spill was blocked, once cells were emptied: it expands if nothing is in its way now. */
  private expandUnblocked(): void {
    this.respill = false;
    for (const [sheet, cells] of this.blockedSpills) {
      for (const cell of cells) {
        const address = { sheet, row: Math.floor(cell / 16384), col: cell % 16384 };
        const formula = this.hf.getCellFormula(address);
        cells.delete(cell);
        if (formula) this.hf.setCellContents(address, [[formula]]);
      }
    }
  }

  /** Runs `task` once the pending writes are evaluated: at the next read, or now if nothing is pending. */
  whenEvaluated(task: AfterEvaluation): void {
    if (this.suspended) this.afterEvaluation.push(task);
    else for (const w of task()) this.setContents(w.sheet, w.row, w.col, w.contents);
  }

  /** Structural changes move cells, so deferred work (which names cells) is done first. */
  private restructure(sheet: number): void {
    if (this.afterEvaluation.length) this.evaluate();
    this.write();
    // References into the sheet shift: its own formulas, and other sheets' formulas that name a sheet.
    this.formulaText.delete(sheet);
    for (const texts of this.formulaText.values()) for (const [cell, text] of texts) if (text.includes('!')) texts.delete(cell);
  }

  addSheet(name: string): number {
    this.write();
    return this.hf.getSheetId(this.hf.addSheet(name)) as number;
  }

  removeSheet(sheetId: number): void {
    this.restructure(sheetId);
    this.hf.removeSheet(sheetId);
  }

  /** Formulas that mention the sheet follow the new name, as Sheets rewrites them. */
  renameSheet(sheetId: number, name: string): void {
    this.write();
    this.formulaText.clear(); // formulas that mention the sheet now read differently
    this.hf.renameSheet(sheetId, name);
  }

  private get parser(): FormulaParser {
    return (this.hf as unknown as { _parser: FormulaParser })._parser;
  }

  /**
   * Sets a block. `oneFormula`: the caller wrote one formula relative to each cell (setFormulaR1C1, every reference
   * inside the grid); the block's formulas are then parsed once when HyperFormula reads the same relative formula at
   * its first cell, the next row and the next column (a reference in the text that isn't relative the way the cells
   * are would read differently there).
   */
  setContents(sheet: number, row: number, col: number, contents: RawCellContent[][], oneFormula = false): void {
    this.write();
    if (this.blockedSpills.get(sheet)?.size && contents.some((line) => line.some((content) => content === null || content === ''))) this.respill = true;
    sharing = oneFormula && this.sameRelativeFormula(sheet, row, col, contents) ? { sheet, row, col, contents } : undefined;
    try {
      this.setChanged(sheet, row, col, contents);
    } finally {
      sharing = undefined;
    }
  }

  private sameRelativeFormula(sheet: number, row: number, col: number, contents: RawCellContent[][]): boolean {
    const probes: [number, number][] = [[0, 0]];
    if (contents.length > 1) probes.push([1, 0]);
    if ((contents[0]?.length ?? 0) > 1) probes.push([0, 1]);
    const hashes = new Set<string>();
    for (const [r, c] of probes) {
      const text = contents[r]?.[c];
      if (typeof text !== 'string' || !text.startsWith('=')) return false;
      const lexed = this.parser.tokenizeFormula(text);
      if (lexed.errors.length) return false;
      hashes.add(this.parser.computeHashFromTokens(lexed.tokens, { sheet, row: row + r, col: col + c }));
    }
    return hashes.size === 1;
  }

  /** Sets a block, leaving out the cells that already hold the same formula (one run of changed cells at a time). */
  private setChanged(sheet: number, row: number, col: number, contents: RawCellContent[][]): void {
    const texts = this.formulaText.get(sheet) ?? new Map<number, string>();
    this.formulaText.set(sheet, texts);
    const key = (r: number, c: number) => (row + r) * 16384 + col + c;
    const same = (r: number, c: number, content: RawCellContent) => typeof content === 'string' && texts.get(key(r, c)) === content;
    if (!contents.some((line, r) => line.some((content, c) => same(r, c, content)))) {
      this.hf.setCellContents({ sheet, row, col }, contents);
    } else {
      contents.forEach((line, r) => {
        for (let c = 0; c < line.length;) {
          if (same(r, c, line[c] as RawCellContent)) {
            c++;
            continue;
          }
          let end = c;
          while (end < line.length && !same(r, end, line[end] as RawCellContent)) end++;
          this.hf.setCellContents({ sheet, row: row + r, col: col + c }, [line.slice(c, end)]);
          c = end;
        }
      });
    }
    contents.forEach((line, r) => line.forEach((content, c) => {
      if (typeof content === 'string' && content.startsWith('=')) texts.set(key(r, c), content);
      else texts.delete(key(r, c));
    }));
  }

  /** True when the cell holds nothing (no value, no formula, not part of a spilled array); answers without evaluating. */
  isEmpty(sheet: number, row: number, col: number): boolean {
    return this.hf.isCellEmpty({ sheet, row, col });
  }

  read(sheet: number, row: number, col: number, numRows: number, numCols: number): ComputedCell[][] {
    this.evaluate();
    const values = this.hf.getRangeValues({ start: { sheet, row, col }, end: { sheet, row: row + numRows - 1, col: col + numCols - 1 } });
    return values.map((line, r) => line.map((value, c) => {
      if (value instanceof DetailedCellError) {
        if (value.value === '#SPILL!') {
          const cells = this.blockedSpills.get(sheet) ?? new Set<number>();
          this.blockedSpills.set(sheet, cells);
          cells.add((row + r) * 16384 + col + c);
        }
        return { value: SHEETS_ERRORS[value.value] ?? value.value, error: true, detailedType: 'ERROR' };
      }
      const detailedType = typeof value === 'number' ? this.hf.getCellValueDetailedType({ sheet, row: row + r, col: col + c }) : typeof value;
      return { value: value as EngineValue, error: false, detailedType };
    }));
  }

  formulas(sheet: number, row: number, col: number, numRows: number, numCols: number): string[][] {
    const formulas = this.hf.getRangeFormulas({ start: { sheet, row, col }, end: { sheet, row: row + numRows - 1, col: col + numCols - 1 } });
    return formulas.map((line) => line.map((formula) => formula ?? ''));
  }

  hasFormula(sheet: number, row: number, col: number): boolean {
    return this.hf.doesCellHaveFormula({ sheet, row, col });
  }

  /** A cell with content: a formula, a spilled value or a value other than the empty string. */
  private filled(sheet: number, row: number, col: number): boolean {
    const address = { sheet, row, col };
    if (this.hf.isCellEmpty(address)) return false;
    return this.hf.getCellType(address) !== 'VALUE' || this.hf.getCellSerialized(address) !== '';
  }

  /** 1-based last row and column holding a value or formula (0 when the sheet is empty), scanning in from the edges. */
  contentExtent(sheet: number): { lastRow: number; lastColumn: number } {
    this.evaluate();
    const { width, height } = this.hf.getSheetDimensions(sheet);
    let lastRow = height;
    const rowFilled = (r: number) => {
      for (let c = 0; c < width; c++) if (this.filled(sheet, r, c)) return true;
      return false;
    };
    while (lastRow > 0 && !rowFilled(lastRow - 1)) lastRow--;
    let lastColumn = width;
    const columnFilled = (c: number) => {
      for (let r = lastRow - 1; r >= 0; r--) if (this.filled(sheet, r, c)) return true;
      return false;
    };
    while (lastColumn > 0 && lastRow > 0 && !columnFilled(lastColumn - 1)) lastColumn--;
    return { lastRow, lastColumn: lastRow === 0 ? 0 : lastColumn };
  }

  insertRows(sheet: number, at: number, count: number): void {
    this.restructure(sheet);
    this.hf.addRows(sheet, [at, count]);
  }

  deleteRows(sheet: number, at: number, count: number): void {
    this.restructure(sheet);
    this.hf.removeRows(sheet, [at, count]);
  }

  insertColumns(sheet: number, at: number, count: number): void {
    this.restructure(sheet);
    this.hf.addColumns(sheet, [at, count]);
  }

  deleteColumns(sheet: number, at: number, count: number): void {
    this.restructure(sheet);
    this.hf.removeColumns(sheet, [at, count]);
  }

  canName(name: string, expression: string): boolean {
    return !/^(TRUE|FALSE)$/i.test(name) && this.hf.isItPossibleToAddNamedExpression(name, expression);
  }

  /** Defines or redefines a workbook-wide name; `expression` is like "=Sheet1!$A$1:$B$3". */
  setName(name: string, expression: string): void {
    this.write();
    if (this.hf.getNamedExpression(name)) this.hf.changeNamedExpression(name, expression);
    else this.hf.addNamedExpression(name, expression);
  }

  removeName(name: string): void {
    this.write();
    this.hf.removeNamedExpression(name);
  }

  /** The name's current definition, rewritten by HyperFormula after renames and insertions. */
  nameExpression(name: string): string | undefined {
    return this.hf.getNamedExpressionFormula(name);
  }
}
