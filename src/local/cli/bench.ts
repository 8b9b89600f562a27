// `debrief bench`: prints how many Apps Script calls each action costs for 10, 100 and 1,000 creators.
// The counts should be flat: a call inside a loop over rows shows up here as a number that grows.
import type { ActionCost } from '../session.ts';
import { syntheticCampaign } from '../synthetic-campaign.ts';
import { runOnWorkspace } from './run.ts';

export const BENCH_SIZES = [10, 100, 1000];

/** Growing a sheet past its default 1,000 rows costs one call per tab, once: size, not a loop over rows. */
const SHEET_GROWTH = new Set(['Sheet.insertRowsAfter', 'Sheet.insertColumnsAfter']);

export function measureCosts(sizes = BENCH_SIZES): Record<number, Record<string, ActionCost>> {
  const results: Record<number, Record<string, ActionCost>> = {};
  for (const size of sizes) {
    results[size] = runOnWorkspace(syntheticCampaign(size), { now: () => new Date('2026-11-20T10:00:00Z') }).session.costs;
  }
  return results;
}

/** Calls of an action other than sheet growth, per method. */
export function callsBeyondGrowth(cost: ActionCost): Record<string, number> {
  return Object.fromEntries(Object.entries(cost.calls).filter(([method]) => !SHEET_GROWTH.has(method)));
}

/** Actions whose calls (beyond sheet growth) differ between sizes. */
export function growingActions(results: Record<number, Record<string, ActionCost>>): string[] {
  const [first, ...rest] = Object.keys(results).map(Number);
  return Object.keys(results[first]).filter((action) =>
    rest.some((size) => JSON.stringify(callsBeyondGrowth(results[size][action])) !== JSON.stringify(callsBeyondGrowth(results[first][action]))));
}

export function runBenchmark(): number {
  const results = measureCosts();
  const actions = Object.keys(results[BENCH_SIZES[0]]);
  const rows = actions.map((action) => [action, ...BENCH_SIZES.map((size) => String(results[size][action].total))]);
  const header = ['action', ...BENCH_SIZES.map((s) => `${s} creators`)];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log('Apps Script calls per action (local Workspace)');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  const growing = growingActions(results);
  if (growing.length === 0) {
    console.log('Flat: no action makes more calls as rows grow (beyond growing a sheet past 1,000 rows, once per tab).');
    return 0;
  }
  console.log(`NOT FLAT: ${growing.join(', ')} make more calls as rows grow.`);
  return 1;
}
