// The analysis's public face: analyzeWorkbook, the Patterns tab layout, and the result types.
export { analyzeWorkbook, type AnalyzeOptions } from './analyze.ts';
export { layoutPatternsSheet, type PatternsSheet, type SheetBlock } from './patterns-sheet.ts';
export type * from './types.ts';
