// Test file order (vitest.config.ts): the slowest files start first, so CI's two workers end together instead of one
// running a long file alone at the end. Vitest orders by last duration only when it has its results cache, which a
// clean clone (CI) lacks: it then starts larger files first, and the 10,000-creator run (a small file, ~100 s) began
// last, the other worker idle for most of it. The rest follow in vitest's own order (last duration, else size).
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The slowest files, slowest first, as measured on the 2-core machine (seconds of one full run, under load). Only
 * the order matters; a test checks each still exists (test/build/test-order.test.ts).
 */
export const SLOWEST_FIRST: readonly string[] = [
  'test/local/cli/scale.test.ts', // 104
  'test/gas/reports-learnings.test.ts', // 58
  'test/local/cli/team.test.ts', // 53
  'test/playground/playground.test.ts', // 46
  'test/gas/ledger.test.ts', // 42
  'test/local/render/page-budgets.test.ts', // 40
  'test/gas/team.test.ts', // 33
  'test/gas/reports.test.ts', // 31
  'test/domain/reports/unicode.test.ts', // 28
  'test/local/cli/run.test.ts', // 28
  'test/gas/reports-calls.test.ts', // 27
  'test/gas/property-quotas.test.ts', // 26
  'test/playground/server.test.ts', // 26
  'test/local/cli/kickoff.test.ts', // 24
  'test/gas/reports-templates.test.ts', // 21
  'test/gas/picker.test.ts', // 21
  'test/playground/team.test.ts', // 18
  'test/gas/reports-feedback.test.ts', // 17
  'test/playground/export-import.test.ts', // 14
  'test/playground/safety.test.ts', // 13
  'test/local/cli/trace.test.ts', // 12
  'test/playground/meeting.test.ts', // 12
  'test/gas/rebuild.test.ts', // 11
  'test/playground/artefacts.test.ts', // 10
  'test/local/cli/import.test.ts', // 9
  'test/gas/import-parts.test.ts', // 8
  'test/gas/document-reads.test.ts', // 7
  'test/domain/reports/creator-feedback.test.ts', // 7
  'test/playground/progress.test.ts', // 7
  'test/domain/reports/client-wording.test.ts', // 6
  'test/local/cli/run-gate.test.ts', // 6
  'test/gas/import-limit.test.ts', // 6
  'test/local/cli/run-feedback.test.ts', // 5
];

/** Where a file goes: its place in SLOWEST_FIRST, or after all of them. */
export function slownessRank(file: string): number {
  const at = SLOWEST_FIRST.indexOf(file.replaceAll('\\', '/'));
  return at < 0 ? SLOWEST_FIRST.length : at;
}

export class SlowestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files);
    const rank = new Map(ordered.map((spec) => [spec, slownessRank(relative(spec.project.config.root, spec.moduleId))]));
    return ordered.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0)); // stable: the rest keep vitest's order
  }
}
