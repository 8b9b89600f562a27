// The ledger's "Proof points for pitches" tab, rewritten with every append in the same batch as the Portfolio tab:
// each proof point as a pitch may quote it, the client and campaign named only where the client agreed (else
// anonymised by exportProofPoints). The ledger's own "Proof points" tab keeps the names, for the team.
import { exportProofPoints, type ExportedProofPoint } from './proof-points.ts';
import type { Ledger } from './records.ts';
import type { SheetsRequest } from './ledger-requests.ts';
import { rewriteTabRequests, text, type Cell } from './portfolio-tab.ts';

export const PITCH_PROOF_POINTS_TAB = 'Proof points for pitches';
export const PITCH_HEADER = ['Claim', 'Metric', 'Client', 'Campaign', 'Client named'] as const;

export function pitchRows(points: readonly ExportedProofPoint[]): Cell[][] {
  return [
    [text('Proof points for pitches', true)],
    [text('Wins the teams marked as proof points, newest first. Where the client may not be named, the client is its category and every mention of the client or campaign is replaced.')],
    [],
    PITCH_HEADER.map((h) => text(h, true)),
    ...points.map((p) => [text(p.claim), text(p.metric), text(p.client), text(p.campaign), text(p.anonymised ? 'No: anonymised' : 'Yes')]),
  ];
}

/** Clears the tab (or makes it) and writes every proof point, anonymised as exportProofPoints says. */
export function pitchTabRequests(ledger: Ledger, sheetId: number | undefined, newSheetId: number): SheetsRequest[] {
  return rewriteTabRequests(PITCH_PROOF_POINTS_TAB, pitchRows(exportProofPoints(ledger)), sheetId, newSheetId);
}

/** The same export as Markdown (`debrief kickoff` writes it as proof-points.md). */
export function pitchMarkdown(points: readonly ExportedProofPoint[]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  return [
    '# Proof points for pitches', '',
    points.length ? `| ${PITCH_HEADER.join(' | ')} |\n|${PITCH_HEADER.map(() => '---').join('|')}|\n${points.map((p) => `| ${[p.claim, p.metric, p.client, p.campaign, p.anonymised ? 'No: anonymised' : 'Yes'].map(cell).join(' | ')} |`).join('\n')}` : 'No proof points yet: mark a Win as a proof point.',
    '',
  ].join('\n');
}
