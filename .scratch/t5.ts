import { HyperFormula } from 'hyperformula';
for (const smart of [true, false]) {
const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', smartRounding: smart, nullDate: {year:1899, month:12, day:30} } as any);
const s = hf.getSheetId(hf.addSheet('S'))!;
hf.setCellContents({sheet:s,row:0,col:0}, [[new Date(Date.UTC(2024,4,1,13,45,12,345)), 45413.57291666667, '=B1*1', 0.1, '=D1+0.2', new Date(Date.UTC(2024,4,1,13,45,12))]] as any);
console.log(smart, [0,1,2,3,4,5].map(c=>hf.getCellValue({sheet:s,row:0,col:c})), (45413.57291666667));
}
