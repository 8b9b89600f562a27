// Diagnostics: a self-test of the platform behaviours Debrief relies on, run through the add-on's own code paths
// on scratch files that are trashed afterwards. One PASS/FAIL line per check, in words a deployer can paste into a
// bug report. Extensions → Debrief → Diagnostics on Google; `npx debrief selftest` on the local Workspace.
import type { DiagnosticsReport, DiagnosticLine } from '../../domain/rpc.ts';
import { CHECKS } from './checks.ts';
import { CheckFailed, Scratch } from './scratch.ts';

export function runDiagnostics(now = new Date()): DiagnosticsReport {
  const lines: DiagnosticLine[] = [];
  const scratch = new Scratch();
  try {
    for (const check of CHECKS) {
      try {
        lines.push({ check: check.name, pass: true, detail: check.run(scratch) });
      } catch (error) {
        const detail = error instanceof CheckFailed ? error.message : `unexpected error: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
        lines.push({ check: check.name, pass: false, detail });
      }
    }
  } finally {
    const left = scratch.cleanUp();
    lines.push(left.length
      ? { check: 'Clean-up', pass: false, detail: `could not remove ${left.join('; ')}; delete what is named “Debrief diagnostics” by hand` }
      : { check: 'Clean-up', pass: true, detail: `trashed the ${scratch.made.length} scratch files the checks made` });
  }
  const failed = lines.filter((l) => !l.pass).length;
  const header = `Debrief diagnostics, ${now.toISOString()}: ${lines.length - failed} of ${lines.length} checks passed`;
  return { lines, failed, text: [header, ...lines.map(lineText)].join('\n') };
}

export const lineText = (l: DiagnosticLine) => `${l.pass ? 'PASS' : 'FAIL'}  ${l.check}: ${l.detail}`;
