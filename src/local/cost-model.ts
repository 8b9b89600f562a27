// What an action would take on Apps Script, modelled from what the local Workspace counted (calls per class, cells
// read and written, flushes, executions, the script's own time) and per-call costs kept in one table, each with
// where its figure comes from: published measurements, a measurement made here, or a guess (said as such).
// Sources: ../../../shared/research/apps-script-costs.md. Low and high estimates bracket each cost; the budgets
// (10 s at 1,000 creators, 60 s at 10,000, Apps Script's 6-minute cap) are checked against the high one.
import type { CallClass } from './emulator/call-classes.ts';
import type { ActionCost } from './session.ts';

export type Basis = 'published' | 'measured here' | 'guess';

export interface UnitCost {
  what: string;
  /** Seconds per unit, low and high. */
  low: number;
  high: number;
  unit: 'execution' | 'call' | 'cell' | 'flush' | 'second of local script time';
  basis: Basis;
  source: string;
}

const BEST_PRACTICES = 'Apps Script best practices, developers.google.com/apps-script/guides/support/best-practices';
const MOGSDAD = 'Stack Overflow answer by Mogsdad on batching and SpreadsheetApp.flush (copied on developreference.com)';
/** Drive API v3 called over REST from a server, not from Apps Script (whose Advanced Services add their own overhead). */
const DRIVE_REST = 'Drive API v3 over REST from a server in the Netherlands (github.com/XTLS/Xray-core pull 6748, 2026-09-11)';

/** The per-unit costs, in seconds. Change a figure here and every modelled time follows. */
export const UNIT_COSTS = {
  executionStart: {
    what: 'starting an execution (each google.script.run call, trigger or menu click)', low: 0.3, high: 1.5, unit: 'execution', basis: 'guess',
    source: 'no published measurement; every call re-evaluates all script files (ramblings.mcpher.com, measuring library load speed)',
  },
  sheetRead: {
    what: 'a Spreadsheet read round trip (getValues, getFormulas, getNotes, getSheets, getDataRange…)', low: 0.03, high: 0.15, unit: 'call', basis: 'guess',
    source: 'no published measurement per read',
  },
  cellRead: { what: 'each cell read', low: 0.000003, high: 0.00003, unit: 'cell', basis: 'guess', source: 'no published measurement' },
  sheetWrite: {
    what: 'a buffered Spreadsheet write call (Range.set*, insert*, setNamedRange…)', low: 0.0004, high: 0.002, unit: 'call', basis: 'published',
    source: `${MOGSDAD}: 400 row writes took 164 ms without a flush (0.4 ms each); the high figure is a guess`,
  },
  cellWritten: {
    what: 'each cell written (values, formulas, formats, validations, notes)', low: 0.00005, high: 0.0003, unit: 'cell', basis: 'guess',
    source: `guess bracketing ${BEST_PRACTICES}: 10,000 cells written in one batch ≈ 1 s (0.1 ms a cell)`,
  },
  flush: {
    what: 'a flush: pending writes applied (and the sheet recalculated) before a read, or at the end of the execution', low: 0.03, high: 0.56,
    unit: 'flush', basis: 'published', source: `${MOGSDAD}: a flush ≈ +560 ms after a 4,000-cell write; 400 flushes ≈ 12 s (30 ms each)`,
  },
  local: {
    what: 'a local call (builders, handles, range geometry)', low: 0, high: 0.0001, unit: 'call', basis: 'guess',
    source: 'no server call; answered by the script runtime',
  },
  propertiesRead: {
    what: 'PropertiesService / CacheService get', low: 0.03, high: 0.034, unit: 'call', basis: 'published',
    source: 'ziritione.org/post/apps_script_performance: getProperty 30–34 ms on average (CacheService assumed alike)',
  },
  propertiesWrite: {
    what: 'PropertiesService / CacheService set or delete', low: 0.062, high: 0.064, unit: 'call', basis: 'published',
    source: 'ziritione.org/post/apps_script_performance: setProperty 62–64 ms on average (CacheService assumed alike)',
  },
  lock: { what: 'LockService tryLock / waitLock / releaseLock', low: 0.02, high: 0.1, unit: 'call', basis: 'guess', source: 'no published measurement' },
  elementRead: {
    what: 'a DocumentApp / SlidesApp element getter', low: 0.005, high: 0.05, unit: 'call', basis: 'guess', source: 'no published measurement',
  },
  elementWrite: {
    what: 'a DocumentApp / SlidesApp element edit', low: 0.005, high: 0.05, unit: 'call', basis: 'guess', source: 'no published measurement',
  },
  open: { what: 'DocumentApp / SlidesApp / SpreadsheetApp openById or create', low: 0.3, high: 2, unit: 'call', basis: 'guess', source: 'no published measurement' },
  save: { what: 'Document / Presentation saveAndClose', low: 0.3, high: 2, unit: 'call', basis: 'guess', source: 'no published measurement' },
  restRead: {
    what: 'an Advanced Service or DriveApp read (Documents.get, Files.get…)', low: 0.15, high: 0.6, unit: 'call', basis: 'guess',
    source: `no published measurement from Apps Script; for scale, ${DRIVE_REST}: files.get by id 229 ms, files.list 260 ms`,
  },
  restWrite: {
    what: 'an Advanced Service or DriveApp write (batchUpdate, create…)', low: 0.3, high: 1.5, unit: 'call', basis: 'guess',
    source: `no published measurement from Apps Script; for scale, ${DRIVE_REST}: files.create 686 ms, a files.update 541 ms; Sheets API updateCells of 10,000 cells ≈ 3 s (qiita.com/howdy39)`,
  },
  fileCopy: {
    what: 'Drive Files.copy / File.makeCopy', low: 1, high: 4, unit: 'call', basis: 'guess',
    source: 'no published measurement (none found for files.copy, makeCopy, or Docs/Slides batchUpdate from Apps Script)',
  },
  scriptCpu: {
    what: 'the script\'s own work, per second it takes here in Node (bundle evaluation included: ~45 ms for a 385 KB bundle, measured here)',
    low: 1, high: 3, unit: 'second of local script time', basis: 'guess', source: 'Apps Script\'s V8 assumed 1–3× slower than local Node',
  },
} as const satisfies Record<string, UnitCost>;

/** Apps Script's execution limit (6 minutes), from the quotas page (developers.google.com/apps-script/guides/services/quotas). */
export const EXECUTION_LIMIT_SECONDS = 360;

export type CostPart = 'start' | 'round trips' | 'writes' | 'cells read' | 'cells written' | 'flushes' | 'script';

/** Which unit cost prices each class of call. */
const CALL_CLASS_COST: Record<CallClass, keyof typeof UNIT_COSTS> = {
  sheetRead: 'sheetRead', sheetWrite: 'sheetWrite', flush: 'local', local: 'local', propertiesRead: 'propertiesRead', propertiesWrite: 'propertiesWrite',
  lock: 'lock', elementRead: 'elementRead', elementWrite: 'elementWrite', open: 'open', save: 'save', restRead: 'restRead', restWrite: 'restWrite',
  fileCopy: 'fileCopy',
};
// SpreadsheetApp.flush() itself is priced by the flush it causes (counted in `flushes`), not as a call.

export type Estimate = 'low' | 'high';

/** Modelled seconds of an action, by part. */
export function modelParts(cost: ActionCost, estimate: Estimate): Record<CostPart, number> {
  const price = (key: keyof typeof UNIT_COSTS) => UNIT_COSTS[key][estimate];
  let roundTrips = 0;
  let writes = 0;
  for (const [cls, n] of Object.entries(cost.byClass) as [CallClass, number][]) {
    const seconds = n * price(CALL_CLASS_COST[cls]);
    if (cls === 'sheetWrite' || cls === 'elementWrite' || cls === 'local') writes += seconds;
    else roundTrips += seconds;
  }
  return {
    start: cost.executions * price('executionStart'),
    'round trips': roundTrips,
    writes,
    'cells read': cost.cellsRead * price('cellRead'),
    'cells written': cost.cellsWritten * price('cellWritten'),
    flushes: cost.flushes * price('flush'),
    script: (cost.scriptMs / 1000) * price('scriptCpu'),
  };
}

export function modelSeconds(cost: ActionCost, estimate: Estimate): number {
  return Object.values(modelParts(cost, estimate)).reduce((a, b) => a + b, 0);
}

/** The README's table of unit costs and their sources, as Markdown. */
export function unitCostTable(): string {
  const ms = (s: number) => (s === 0 ? '0' : s < 0.001 ? `${Number((s * 1000).toPrecision(2))} ms` : s < 1 ? `${Number((s * 1000).toPrecision(3))} ms` : `${s} s`);
  const lines = ['| what | low | high | per | basis | source |', '|---|---|---|---|---|---|'];
  for (const cost of Object.values(UNIT_COSTS) as UnitCost[]) {
    const [low, high] = cost.unit === 'second of local script time' ? [`${cost.low}×`, `${cost.high}×`] : [ms(cost.low), ms(cost.high)];
    lines.push(`| ${cost.what} | ${low} | ${high} | ${cost.unit} | ${cost.basis} | ${cost.source} |`);
  }
  return lines.join('\n');
}
