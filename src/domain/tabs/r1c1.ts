// Debrief's A1 formulas in R1C1 notation, so one formula text fills a whole column with Range.setFormulaR1C1
// (the same R1C1 text means the same formula in every row: "R[0]C[-3]" is "three columns left, this row" wherever
// it is written) instead of one A1 string per cell. Only what our own formulas use is converted: cell references
// ("G7", "$Y$2"), cell ranges ("$I$2:$I$1050") and whole-column ranges ("$I:$I"); text in quotes, function names
// and named ranges are left as they are. R1C1 form per the Range.setFormulaR1C1 reference example
// ("=SUM(R[-3]C[0]:R[-1]C[0])"): relative offsets in brackets, absolute positions as plain numbers.

/** A quoted string, a whole-column range, or a cell reference, each standing alone (not part of a longer name). */
const TOKEN = /"(?:[^"]|"")*"|(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(?:(\$?)(\d+)|:(\$?)([A-Z]{1,3}))(?![A-Za-z0-9_.(!])/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const part = (axis: 'R' | 'C', absolute: boolean, target: number, here: number) => (absolute ? `${axis}${target}` : `${axis}[${target - here}]`);

/** `formula` (A1, as written at `row`, `column`) in R1C1 notation. */
export function toR1C1(formula: string, row: number, column: number): string {
  return formula.replace(TOKEN, (token, colAbs: string | undefined, letters: string | undefined, rowAbs: string | undefined, digits: string | undefined,
    endAbs: string | undefined, endLetters: string | undefined) => {
    if (token.startsWith('"') || letters === undefined) return token;
    const col = columnNumber(letters);
    if (endLetters !== undefined) {
      // A whole-column range "$I:$K": columns only.
      return `${part('C', colAbs === '$', col, column)}:${part('C', endAbs === '$', columnNumber(endLetters), column)}`;
    }
    return `${part('R', rowAbs === '$', Number(digits), row)}${part('C', colAbs === '$', col, column)}`;
  });
}
