// `debrief selftest`: the add-on's Diagnostics (Extensions → Debrief → Diagnostics) on the local Workspace, one
// PASS/FAIL line per platform behaviour Debrief relies on. Exits 1 when any check fails.
import type { DiagnosticsReport } from '../../domain/rpc.ts';
import { openSession } from '../session.ts';

export function runSelftest(): number {
  const session = openSession({ spreadsheetName: 'Debrief diagnostics' });
  const report = session.call<DiagnosticsReport>('diagnostics', 'runDiagnostics');
  console.log(report.text);
  return report.failed > 0 ? 1 : 0;
}
