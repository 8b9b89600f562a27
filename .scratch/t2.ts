import { HyperFormula, FunctionPlugin, FunctionArgumentType } from 'hyperformula';
class ClockPlugin extends FunctionPlugin {
  static implementedFunctions = {
    TODAY: { method: 'today', parameters: [], isVolatile: true, returnNumberType: 'NUMBER_DATE' },
    NOW: { method: 'now', parameters: [], isVolatile: true, returnNumberType: 'NUMBER_DATETIME' },
  };
  today(ast: any, state: any) {
    return this.runFunction(ast.args, state, this.metadata('TODAY'), () => {
      const ctx = (this.config as any).context; return ctx.serialNow();
    });
  }
  now(ast: any, state: any) {
    return this.runFunction(ast.args, state, this.metadata('NOW'), () => (this.config as any).context.serialNow() + 0.5);
  }
}
try { HyperFormula.registerFunctionPlugin(ClockPlugin as any); console.log('registered'); } catch (e) { console.log('ERR', (e as Error).message); }
const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', context: { serialNow: () => 45000 } } as any);
const s = hf.getSheetId(hf.addSheet('S'))!;
hf.setCellContents({sheet:s,row:0,col:0}, [['=TODAY()', '=NOW()', '=A1+1']]);
console.log([0,1,2].map(c=>[hf.getCellValue({sheet:s,row:0,col:c}), hf.getCellValueDetailedType({sheet:s,row:0,col:c}), hf.getCellValueFormat({sheet:s,row:0,col:c})]));
hf.setCellContents({sheet:s,row:1,col:0}, [['=TEXT(0.25,"0%")', '=DATEVALUE("2024-05-01")', '=VALUE("1,200")', '="a"&1', '=A1>0', '=ISNUMBER(A1)', '=SUMIFS(A1:C1,A1:C1,">0")', '=AND(TRUE,FALSE)', '=OR(TRUE, FALSE)', '=B1-A1']]);
console.log([...Array(10).keys()].map(c=>hf.getCellValue({sheet:s,row:1,col:c})));
console.log(HyperFormula.getRegisteredFunctionNames('enGB').length);
