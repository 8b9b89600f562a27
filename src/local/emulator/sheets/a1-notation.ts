// Reads and writes A1 notation the way Sheets does: "B2", "A1:C3", open ranges ("A2:C", "A:C", "2:5"),
// absolute markers ("$A$1") and sheet-qualified ranges ("'My Data'!A1:B2").
// Google: https://developers.google.com/sheets/api/guides/concepts#cell

export interface A1Range {
  sheetName?: string;
  startRow?: number; // 1-based; undefined when the range starts at the top (column ranges "A:C")
  startColumn?: number;
  endRow?: number; // undefined when open downwards ("A2:C", "A:C")
  endColumn?: number; // undefined when open rightwards ("2:5")
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "A1" or "A1:C3" for a bounded grid range; single cells collapse to one reference like Range.getA1Notation(). */
export function a1Notation(row: number, column: number, numRows: number, numColumns: number): string {
  const start = `${columnLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnLetters(column + numColumns - 1)}${row + numRows - 1}`;
}

/** A sheet name as it must appear in a formula: quoted unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function parseEndpoint(text: string): { row?: number; column?: number } | undefined {
  const match = CELL.exec(text);
  if (!match || (!match[1] && !match[2])) return undefined;
  const row = match[2] === undefined ? undefined : Number(match[2]);
  if (row === 0) return undefined;
  return { column: match[1] ? columnNumber(match[1]) : undefined, row };
}

/** Parses an A1 reference; undefined when Sheets would answer "Range not found". */
export function parseA1(reference: string): A1Range | undefined {
  let text = reference.trim();
  let sheetName: string | undefined;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = text.slice(0, bang);
    if (/^'.*'$/.test(sheetName)) sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
    text = text.slice(bang + 1);
  }
  const [first, second, extra] = text.split(':');
  if (extra !== undefined || first === undefined) return undefined;
  const start = parseEndpoint(first);
  const end = second === undefined ? start : parseEndpoint(second);
  if (!start || !end) return undefined;
  const range: A1Range = { sheetName };
  if (second === undefined) {
    // A lone reference must be a cell: "A" or "3" alone are not ranges.
    if (start.row === undefined || start.column === undefined) return undefined;
    return { ...range, startRow: start.row, startColumn: start.column, endRow: start.row, endColumn: start.column };
  }
  const wholeColumns = start.row === undefined && end.row === undefined;
  const wholeRows = start.column === undefined && end.column === undefined;
  if (wholeColumns && (start.column === undefined || end.column === undefined)) return undefined;
  if (wholeRows && (start.row === undefined || end.row === undefined)) return undefined;
  if (!wholeColumns && !wholeRows && (start.row === undefined || start.column === undefined)) return undefined;
  return {
    ...range,
    startRow: start.row,
    startColumn: start.column,
    endRow: end.row,
    endColumn: end.column,
  };
}
