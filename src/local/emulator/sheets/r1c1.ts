// Range.setFormulaR1C1's notation, read the way Sheets does: "R[-3]C[0]" is three rows up in this column,
// "R2C25" is Y2, "C9:C9" is the whole of column I ($I:$I). The local Workspace keeps formulas in A1 (HyperFormula's
// notation), so an R1C1 formula is turned into each cell's own A1 formula as it is written. Text in quotes and names
// are left alone. Written apart from the add-on's own converter (src/domain/tabs/r1c1.ts) on purpose.
// Google: https://developers.google.com/apps-script/reference/spreadsheet/range#setFormulaR1C1(String)
import { columnLetters } from './a1-notation.ts';

const R1C1_TOKEN = /"(?:[^"]|"")*"|(?<![A-Za-z0-9_.$])(?:R(\[-?\d+\]|\d+)C(\[-?\d+\]|\d+)|C(\[-?\d+\]|\d+):C(\[-?\d+\]|\d+))(?![A-Za-z0-9_.(!\[])/g;

function axisValue(text: string, here: number): { value: number; absolute: boolean } {
  return text.startsWith('[') ? { value: here + Number(text.slice(1, -1)), absolute: false } : { value: Number(text), absolute: true };
}

/** `formula` (R1C1) as A1 in the cell at `row`, `column` (1-based). */
export function fromR1C1(formula: string, row: number, column: number): string {
  const col = (text: string) => {
    const { value, absolute } = axisValue(text, column);
    return `${absolute ? '$' : ''}${columnLetters(value)}`;
  };
  return formula.replace(R1C1_TOKEN, (token, r: string | undefined, c: string | undefined, from: string | undefined, to: string | undefined) => {
    if (token.startsWith('"')) return token;
    if (from !== undefined && to !== undefined) return `${col(from)}:${col(to)}`;
    const { value, absolute } = axisValue(r as string, row);
    return `${col(c as string)}${absolute ? '$' : ''}${value}`;
  });
}

/**
 * Whether every reference of `formula` lands inside a grid of `maxRows` × `maxColumns` from each cell of the block
 * (1-based corners): relative references reach furthest from the block's corners, absolute ones are where they say.
 */
export function referencesInGrid(formula: string, first: { row: number; column: number }, last: { row: number; column: number }, maxRows: number, maxColumns: number): boolean {
  const fits = (text: string | undefined, low: number, high: number, max: number) => {
    if (text === undefined) return true;
    const offset = text.startsWith('[') ? Number(text.slice(1, -1)) : undefined;
    return offset === undefined ? Number(text) >= 1 && Number(text) <= max : low + offset >= 1 && high + offset <= max;
  };
  for (const [token, r, c, from, to] of formula.matchAll(R1C1_TOKEN)) {
    if (token.startsWith('"')) continue;
    if (!fits(r, first.row, last.row, maxRows)) return false;
    for (const column of [c, from, to]) if (!fits(column, first.column, last.column, maxColumns)) return false;
  }
  return true;
}
