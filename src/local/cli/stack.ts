// `debrief stack`: turns a stack trace from Apps Script's logs (positions in the minified build/Code.js, such as
// "at Xe (Code:1:61932)") back into source positions ("src/gas/spreadsheet.ts:8:47"), through build/Code.js.map.
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

/** "Code:1:61932", "Code.js:1:61932" or "Code.gs:1:61932", as Apps Script and V8 write a position (1-based). */
const POSITION = /\bCode(?:\.js|\.gs)?:(\d+):(\d+)/g;

/** Every bundle position in `trace` followed by the source position it came from, when the map knows it. */
export function mapStack(trace: string, mapJson: string, mapDir = '.'): string {
  const map = new SourceMap(JSON.parse(mapJson));
  return trace.replace(POSITION, (whole, line: string, column: string) => {
    const entry = map.findEntry(Number(line) - 1, Number(column) - 1) as { originalSource?: string; originalLine?: number; originalColumn?: number };
    if (!entry.originalSource) return whole;
    const source = relative('.', resolve(mapDir, entry.originalSource));
    return `${whole} → ${source}:${(entry.originalLine ?? 0) + 1}:${(entry.originalColumn ?? 0) + 1}`;
  });
}

export function runStack(tracePath: string | undefined, mapPath = join('build', 'Code.js.map')): number {
  const trace = readFileSync(tracePath ?? 0, 'utf8');
  console.log(mapStack(trace, readFileSync(mapPath, 'utf8'), dirname(mapPath)));
  return 0;
}
