// `debrief bench`: prints how many Apps Script calls each action costs for 10, 100 and 1,000 creators.
// The counts should be flat: a call inside a loop over rows shows up here as a number that grows.
import { syntheticCampaign } from '../synthetic-campaign.ts';
import { runOnWorkspace } from './run.ts';

export const BENCH_SIZES = [10, 100, 1000];

export function measureCalls(sizes = BENCH_SIZES): Record<number, Record<string, number>> {
  const results: Record<number, Record<string, number>> = {};
  for (const size of sizes) {
    const { session } = runOnWorkspace(syntheticCampaign(size), { now: () => new Date('2026-11-20T10:00:00Z') });
    results[size] = Object.fromEntries(Object.entries(session.costs).map(([action, cost]) => [action, cost.total]));
  }
  return results;
}

export function runBenchmark(): number {
  const results = measureCalls();
  const actions = Object.keys(results[BENCH_SIZES[0]]);
  const rows = actions.map((action) => [action, ...BENCH_SIZES.map((size) => String(results[size][action]))]);
  const header = ['action', ...BENCH_SIZES.map((s) => `${s} creators`)];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log('Apps Script calls per action (local Workspace)');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  const flat = actions.every((a) => new Set(BENCH_SIZES.map((s) => results[s][a])).size === 1);
  console.log(flat ? 'Flat: no action’s calls grow with rows.' : 'NOT FLAT: some action makes more calls as rows grow.');
  return flat ? 0 : 1;
}
