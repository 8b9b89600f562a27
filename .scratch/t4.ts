import { HyperFormula } from 'hyperformula';
const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', nullDate: {year:1899, month:12, day:30}, dateFormats: ['MM/DD/YYYY','MM/DD/YY','YYYY/MM/DD','YYYY-MM-DD'] } as any);
hf.addNamedExpression('TRUE', '=TRUE()');
const s = hf.getSheetId(hf.addSheet('S'))!;
hf.setCellContents({sheet:s,row:0,col:0}, [[new Date(Date.UTC(2024,4,1)), new Date(Date.UTC(2024,4,1,13,45)), '=A1+7', '=B1+1', '=DATEVALUE("2024-05-01")', '=MyName*2', '=Other!A1']] as any);
console.log([0,1,2,3,4,5,6].map(c=>[hf.getCellValue({sheet:s,row:0,col:c}), hf.getCellValueDetailedType({sheet:s,row:0,col:c})]));
hf.addNamedExpression('MyName', '=S!$B$2');
hf.setCellContents({sheet:s,row:1,col:1}, [[21]]);
const o = hf.getSheetId(hf.addSheet('Other'))!; hf.setCellContents({sheet:o,row:0,col:0}, [[9]]);
console.log(hf.getCellValue({sheet:s,row:0,col:5}), hf.getCellValue({sheet:s,row:0,col:6}));
hf.addRows(s, [0, 2]);
console.log(hf.getNamedExpressionFormula('MyName'), hf.getCellFormula({sheet:s,row:2,col:2}));
console.log(hf.getSheetSerialized(s).length, JSON.stringify(hf.getSheetSerialized(s)).slice(0,300));
hf.addNamedExpression('Whole', '=S!$A:$A'); hf.setCellContents({sheet:s,row:9,col:9}, [['=COUNT(Whole)', "=COUNTIFS(S!$A:$A,\">0\")"]]);
console.log(hf.getCellValue({sheet:s,row:9,col:9}), hf.getCellValue({sheet:s,row:9,col:10}));
try { hf.addNamedExpression('A1', '=1'); } catch (e) { console.log('A1 name:', (e as Error).message); }
try { hf.addNamedExpression('my name', '=1'); } catch (e) { console.log('space name:', (e as Error).message); }
console.log(hf.isItPossibleToAddSheet("O'Brien"), hf.isItPossibleToAddSheet("other"));
const ob = hf.getSheetId(hf.addSheet("O'Brien"))!; hf.setCellContents({sheet:ob,row:0,col:0},[[4]]);
hf.setCellContents({sheet:s,row:10,col:0}, [["='O''Brien'!A1"]]); console.log(hf.getCellValue({sheet:s,row:10,col:0}), hf.getCellFormula({sheet:s,row:10,col:0}));
