// One HyperFormula instance per spreadsheet, configured per HyperFormula's Google Sheets compatibility guide,
// with TODAY()/NOW() read from the workspace clock and TEXT() rendered by our Sheets number formats.
import { CellValueDetailedType, DetailedCellError, FunctionArgumentType, FunctionPlugin, HyperFormula } from 'hyperformula';
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

export class FormulaEngine {
  private readonly hf: HyperFormula;

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
      maxRows: 10_000_000,
      context: clock,
    };
    this.hf = HyperFormula.buildEmpty(config);
    // Sheets reads TRUE and FALSE as literals; HyperFormula only knows the functions.
    this.hf.addNamedExpression('TRUE', '=TRUE()');
    this.hf.addNamedExpression('FALSE', '=FALSE()');
  }

  addSheet(name: string): number {
    return this.hf.getSheetId(this.hf.addSheet(name)) as number;
  }

  removeSheet(sheetId: number): void {
    this.hf.removeSheet(sheetId);
  }

  /** Formulas that mention the sheet follow the new name, as Sheets rewrites them. */
  renameSheet(sheetId: number, name: string): void {
    this.hf.renameSheet(sheetId, name);
  }

  setContents(sheet: number, row: number, col: number, contents: RawCellContent[][]): void {
    this.hf.setCellContents({ sheet, row, col }, contents);
  }

  read(sheet: number, row: number, col: number, numRows: number, numCols: number): ComputedCell[][] {
    const values = this.hf.getRangeValues({ start: { sheet, row, col }, end: { sheet, row: row + numRows - 1, col: col + numCols - 1 } });
    return values.map((line, r) => line.map((value, c) => {
      if (value instanceof DetailedCellError) return { value: SHEETS_ERRORS[value.value] ?? value.value, error: true, detailedType: 'ERROR' };
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

  /** 1-based last row and column holding a value or formula (0 when the sheet is empty). */
  contentExtent(sheet: number): { lastRow: number; lastColumn: number } {
    let lastRow = 0;
    let lastColumn = 0;
    this.hf.getSheetSerialized(sheet).forEach((line, r) => line.forEach((cell, c) => {
      if (cell === null || cell === undefined || cell === '') return;
      lastRow = Math.max(lastRow, r + 1);
      lastColumn = Math.max(lastColumn, c + 1);
    }));
    return { lastRow, lastColumn };
  }

  insertRows(sheet: number, at: number, count: number): void {
    this.hf.addRows(sheet, [at, count]);
  }

  deleteRows(sheet: number, at: number, count: number): void {
    this.hf.removeRows(sheet, [at, count]);
  }

  insertColumns(sheet: number, at: number, count: number): void {
    this.hf.addColumns(sheet, [at, count]);
  }

  deleteColumns(sheet: number, at: number, count: number): void {
    this.hf.removeColumns(sheet, [at, count]);
  }

  canName(name: string, expression: string): boolean {
    return !/^(TRUE|FALSE)$/i.test(name) && this.hf.isItPossibleToAddNamedExpression(name, expression);
  }

  /** Defines or redefines a workbook-wide name; `expression` is like "=Sheet1!$A$1:$B$3". */
  setName(name: string, expression: string): void {
    if (this.hf.getNamedExpression(name)) this.hf.changeNamedExpression(name, expression);
    else this.hf.addNamedExpression(name, expression);
  }

  removeName(name: string): void {
    this.hf.removeNamedExpression(name);
  }

  /** The name's current definition, rewritten by HyperFormula after renames and insertions. */
  nameExpression(name: string): string | undefined {
    return this.hf.getNamedExpressionFormula(name);
  }
}
