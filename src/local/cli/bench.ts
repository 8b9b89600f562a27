// `debrief bench`: runs every action on synthetic campaigns of 10, 100, 1,000 and 10,000 creators and prints, per
// action and size, its calls, round trips, cells read and written, flushes and modelled Apps Script seconds (low–high,
// from the unit costs in ../cost-model.ts), then where the modelled time goes. Each document is made twice: its
// figure is the second time (the steady state), and the first, which also makes what a user's first use makes once
// ever (the built-in template, the learnings Doc, the campaign ledger), has its own line. Calls must be flat: a call
// inside a loop over rows shows up as a count that grows, and the command exits with status 1.
import { EXECUTION_LIMIT_SECONDS, modelParts, modelSeconds, unitCostTable, type CostPart } from '../cost-model.ts';
import type { ActionCost } from '../session.ts';
import { splitRoundTrips, type RoundTripSplit } from '../document-round-trips.ts';
import { syntheticCampaign } from '../synthetic-campaign.ts';
import type { SidebarState } from '../../domain/rpc.ts';
import type { DebriefSession } from '../session.ts';
import { makeDocuments, runOnWorkspace } from './run.ts';

export const BENCH_SIZES = [10, 100, 1000, 10000];

/** Growing a sheet past its default 1,000 rows costs one call per tab, once: size, not a loop over rows. */
const SHEET_GROWTH = new Set(['Sheet.insertRowsAfter', 'Sheet.insertColumnsAfter']);

/** Budgets on the high estimate (issue 13): per action, by size. */
export function budgetSeconds(creators: number): number {
  return creators <= 1000 ? 10 : 60;
}

export type BenchResults = Record<number, Record<string, ActionCost>>;

/** The documents' round trips per size and action, split into the campaign read and the document's own. */
const documentSplits = new WeakMap<BenchResults, Record<number, Record<string, RoundTripSplit>>>();
const DOCUMENTS = ['generateClientReport', 'generateInternalBrief', 'exportSlides', 'appendLearnings'];

/** The line of a document's first use by a user (its built-in template, the learnings Doc or the ledger made too). */
export const firstUse = (action: string) => `${action}, first use`;

/**
 * The campaign renamed, as the client's next one in the same spreadsheet would be, so appending the learnings again
 * adds an entry to the Doc and a row to the ledger that now exist (the same campaign twice is appended already).
 */
function nextCampaign(session: DebriefSession): void {
  const { setup } = session.bundle.run('getSidebarState') as SidebarState;
  if (setup) session.bundle.run('saveCampaignSetup', { ...setup, campaign: `${setup.campaign} (next)` });
}

/** Every action on a fresh spreadsheet: build, import, rebuild, analyze, then each document twice. */
export function measureCosts(sizes = BENCH_SIZES): BenchResults {
  const results: BenchResults = {};
  const splits: Record<number, Record<string, RoundTripSplit>> = {};
  for (const size of sizes) {
    const { session } = runOnWorkspace(syntheticCampaign(size), { now: () => new Date('2026-11-20T10:00:00Z'), rebuild: true });
    const costs = session.costs;
    const first = Object.fromEntries(DOCUMENTS.map((a) => [a, costs[a]]));
    for (const action of DOCUMENTS) delete costs[action];
    nextCampaign(session);
    makeDocuments(session);
    const steady = Object.fromEntries(DOCUMENTS.map((a) => [a, costs[a]]));
    for (const action of DOCUMENTS) delete costs[action];
    for (const action of DOCUMENTS) {
      if (steady[action]) costs[action] = steady[action];
      if (first[action]) costs[firstUse(action)] = first[action];
    }
    results[size] = costs;
    const classOf = (method: string) => session.workspace.calls.classOf(method);
    const documents = DOCUMENTS.flatMap((a) => [a, firstUse(a)]).filter((a) => costs[a]);
    splits[size] = Object.fromEntries(documents.map((a) => [a, splitRoundTrips(costs[a]?.calls ?? {}, classOf)]));
  }
  documentSplits.set(results, splits);
  return results;
}

/** Per document and size: the campaign read's round trips, the document's own, and the total (issue 12: at most 10). */
export function documentRows(results: BenchResults): string[][] {
  const splits = documentSplits.get(results) ?? {};
  const rows: string[][] = [];
  for (const action of DOCUMENTS.flatMap((a) => [a, firstUse(a)])) {
    for (const [size, bySize] of Object.entries(splits)) {
      const split = bySize[action];
      if (split) rows.push([action, count(Number(size)), count(split.read), count(split.own), `${count(split.total)}${split.total > 10 ? ' over 10' : ''}`]);
    }
  }
  return rows;
}

/**
 * A chart's data rows, added in the script runtime (Charts' DataTableBuilder: no round trip), one per category (a
 * KPI, a tier, a top or bottom piece): a campaign with one more tier adds one, never one per creator.
 */
const CATEGORY_ROWS = new Set(['DataTableBuilder.addRow']);

/** Calls of an action other than sheet growth (and chart rows), per method. */
export function callsBeyondGrowth(cost: ActionCost): Record<string, number> {
  return Object.fromEntries(Object.entries(cost.calls).filter(([method]) => !SHEET_GROWTH.has(method) && !CATEGORY_ROWS.has(method)));
}

/** Whether every method of `calls` is made at most as often as in `base`. */
const within = (calls: Record<string, number>, base: Record<string, number>) => Object.entries(calls).every(([method, n]) => n <= (base[method] ?? 0));

/**
 * Actions whose calls (beyond sheet growth) differ between sizes. An action done in parts (an import of a large
 * file) is flat when no part makes any call more often than the whole action does at the smallest size.
 */
export function growingActions(results: BenchResults): string[] {
  const [first, ...rest] = Object.keys(results).map(Number);
  if (first === undefined) return [];
  return Object.keys(results[first] ?? {}).filter((action) => {
    const base = callsBeyondGrowth(results[first]?.[action] ?? emptyCost());
    return rest.some((size) => {
      const cost = results[size]?.[action] ?? emptyCost();
      if (cost.parts && !results[first]?.[action]?.parts) return !cost.parts.every((part) => within(callsBeyondGrowth(part), base));
      return JSON.stringify(callsBeyondGrowth(cost)) !== JSON.stringify(base);
    });
  });
}

/** The modelled seconds of an action's longest call (each of its parts, or the action as one call). */
export function longestCallSeconds(cost: ActionCost, estimate: 'low' | 'high'): number {
  return Math.max(...(cost.parts ?? [cost]).map((part) => modelSeconds(part, estimate)));
}

function emptyCost(): ActionCost {
  return { calls: {}, total: 0, roundTrips: 0, cellsRead: 0, cellsWritten: 0, flushes: 0, executions: 0, byClass: {}, emulatorMs: 0, wallMs: 0, scriptMs: 0 };
}

const count = (n: number) => n.toLocaleString('en-US');
const seconds = (s: number) => (s < 10 ? s.toFixed(1) : s.toFixed(0));

/** One row per action and size: the measures and the modelled seconds. */
export function benchRows(results: BenchResults): string[][] {
  const rows: string[][] = [];
  const sizes = Object.keys(results).map(Number);
  const actions = Object.keys(results[sizes[0] ?? 0] ?? {});
  for (const action of actions) {
    for (const size of sizes) {
      const cost = results[size]?.[action];
      if (!cost) continue;
      // The budgets and the 6-minute limit are per call: an action in parts is judged by its longest part.
      const high = longestCallSeconds(cost, 'high');
      const flag = high > EXECUTION_LIMIT_SECONDS ? ' past 6 min' : high > budgetSeconds(size) ? ' over budget' : '';
      const parts = cost.parts ? ` in ${cost.parts.length} calls, longest ${seconds(high)}` : '';
      rows.push([action, count(size), count(cost.total), count(cost.roundTrips), count(cost.cellsRead), count(cost.cellsWritten), count(cost.flushes),
        `${seconds(modelSeconds(cost, 'low'))}–${seconds(modelSeconds(cost, 'high'))}${parts}${flag}`, `${count(Math.round(cost.wallMs))} ms`]);
    }
  }
  return rows;
}

const BENCH_HEADER = ['action', 'creators', 'calls', 'round trips', 'cells read', 'cells written', 'flushes', 'modelled s', 'here'];
const PARTS: CostPart[] = ['start', 'round trips', 'writes', 'cells read', 'cells written', 'flushes', 'script'];

/** Where the high estimate goes, per action, at one size: seconds per part. */
export function breakdownRows(results: BenchResults, size: number): string[][] {
  return Object.entries(results[size] ?? {}).map(([action, cost]) => {
    const parts = modelParts(cost, 'high');
    return [action, ...PARTS.map((part) => seconds(parts[part])), seconds(modelSeconds(cost, 'high'))];
  });
}

function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

function markdownTable(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export function runBenchmark(options: { sizes?: number[]; markdown?: boolean } = {}): number {
  const sizes = options.sizes ?? BENCH_SIZES;
  const results = measureCosts(sizes);
  const table = options.markdown ? markdownTable : textTable;
  const largest = Math.max(...sizes);
  console.log('Apps Script cost per action (counted on the local Workspace; modelled seconds low–high, budget 10 s at ≤1,000 creators, 60 s above)');
  console.log(table(BENCH_HEADER, benchRows(results)));
  console.log('\nRound trips per document: the campaign read (perf) and the document\'s own writing (reports: Docs; deck: Slides); budget 10 in all.');
  console.log('Each document\'s line is its second time; "first use" is a user\'s first, which also makes its built-in template, the learnings Doc or the ledger (once ever).');
  console.log(table(['document', 'creators', 'read', 'own', 'total'], documentRows(results)));
  console.log(`\nWhere the high estimate goes at ${count(largest)} creators (seconds)`);
  console.log(table(['action', ...PARTS, 'total'], breakdownRows(results, largest)));
  if (options.markdown) console.log(`\nUnit costs\n${unitCostTable()}`);
  const growing = growingActions(results);
  if (growing.length === 0) {
    console.log('\nFlat: no action makes more calls as rows grow (beyond growing a sheet past 1,000 rows, once per tab).');
    return 0;
  }
  console.log(`\nNOT FLAT: ${growing.join(', ')} make more calls as rows grow.`);
  return 1;
}
