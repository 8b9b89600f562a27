// Formula columns are written with one R1C1 text per column (Range.setFormulaR1C1), so that text must be the same
// in every row and must mean the A1 formula the spec gives for each row. The add-on's converter (domain) and the
// local Workspace's reader (emulator) are written apart; each spec formula goes through both.
import { describe, expect, it } from 'vitest';
import { TABLE_SPECS } from '../../../src/domain/tabs/index.ts';
import { resolveTableLayout, tableRefs } from '../../../src/domain/tabs/layout.ts';
import { toR1C1 } from '../../../src/domain/tabs/r1c1.ts';
import { fromR1C1 } from '../../../src/local/emulator/sheets/r1c1.ts';

describe('toR1C1', () => {
  it.each([
    ['=G7*2', 7, 9, '=R[0]C[-2]*2'],
    ['=$Y$2', 10, 3, '=R2C25'],
    ['=SUM($I$2:$I$1050)', 4, 1, '=SUM(R2C9:R1050C9)'],
    ['=COUNTIF($I:$I,">0")', 3, 2, '=COUNTIF(C9:C9,">0")'],
    ['=IF(A2="B2",B$2,$C2)', 2, 4, '=IF(R[0]C[-3]="B2",R2C[-2],R[0]C3)'],
    ['=tier_micro*AB12', 12, 1, '=tier_micro*R[0]C[27]'],
    ['=LOG10(B3)', 3, 1, '=LOG10(R[0]C[1])'], // a function name that looks like a cell stays a name
  ])('%s at row %i, column %i is %s', (a1, row, column, r1c1) => {
    expect(toR1C1(a1, row, column)).toBe(r1c1);
    expect(fromR1C1(r1c1, row, column)).toBe(a1);
  });
});

describe('every formula column of every tab', () => {
  for (const spec of TABLE_SPECS) {
    const layout = resolveTableLayout(spec, []);
    for (const column of spec.columns) {
      if (!column.formula) continue;
      const at = layout.columnOf[column.key] as number;
      it(`${spec.name} ${column.header}: one R1C1 text for every row, meaning each row's formula`, () => {
        const texts = [2, 3, 57, 1049].map((row) => {
          const a1 = column.formula!(tableRefs(layout, row));
          const r1c1 = toR1C1(a1, row, at);
          expect(fromR1C1(r1c1, row, at)).toBe(a1);
          return r1c1;
        });
        expect(new Set(texts).size).toBe(1);
      });
    }
  }
});
