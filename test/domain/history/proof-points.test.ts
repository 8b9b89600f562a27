// Proof points: named where the client agreed, anonymised everywhere else without a trace of the names.
import { describe, expect, it } from 'vitest';
import { anonymousClient, exportProofPoints, scrubNames } from '../../../src/domain/history/proof-points.ts';
import { pitchMarkdown, pitchRows, pitchTabRequests } from '../../../src/domain/history/proof-points-tab.ts';
import { emptyLedger, type LedgerProofPoint } from '../../../src/domain/history/records.ts';

const point = (fields: Partial<LedgerProofPoint>): LedgerProofPoint => ({
  key: 'k', campaignKey: 'glowlab/winter glow', client: 'Glowlab', clientCategory: 'Beauty', campaign: 'Winter Glow', wrapDate: '2026-11-18',
  claim: '', metric: '', mayNameClient: false, ...fields,
});

describe('proof points', () => {
  it.each([
    ['Beauty', 'a beauty client'], ['Apparel', 'an apparel client'], ['', 'a client'], ['  ', 'a client'],
  ])('calls a %j client “%s”', (category, expected) => expect(anonymousClient(category)).toBe(expected));

  it('names the client only where it may be named', () => {
    const ledger = { ...emptyLedger(), proofPoints: [
      point({ claim: 'Glowlab reels beat statics 3×', metric: 'ER 8% vs 2.6%', mayNameClient: true }),
      point({ key: 'k2', claim: 'GLOWLAB’s Winter Glow micro creators halved CPE for glowlab', metric: 'Winter Glow CPE $0.21', wrapDate: '2026-12-01' }),
    ] };
    expect(exportProofPoints(ledger)).toEqual([
      { claim: 'the client’s the campaign micro creators halved CPE for the client', metric: 'the campaign CPE $0.21', client: 'A beauty client', campaign: '2026 campaign', anonymised: true },
      { claim: 'Glowlab reels beat statics 3×', metric: 'ER 8% vs 2.6%', client: 'Glowlab', campaign: 'Winter Glow', anonymised: false },
    ]);
  });

  it('replaces whole names only, and names holding regex characters literally', () => {
    expect(scrubNames('Glowlabs and Glowlab.', [{ name: 'Glowlab', as: 'X' }])).toBe('Glowlabs and X.');
    expect(scrubNames('C++ (beta) won', [{ name: 'C++ (beta)', as: 'the client' }])).toBe('the client won');
    expect(scrubNames('$1 and $& stay', [{ name: 'stay', as: '$&' }])).toBe('$1 and $& $&');
  });
});

describe('the proof points for pitches tab', () => {
  const ledger = { ...emptyLedger(), proofPoints: [
    point({ claim: 'Glowlab | reels beat statics', metric: 'ER 8%', mayNameClient: true }),
    point({ key: 'k2', claim: 'Winter Glow halved CPE', metric: '$0.21' }),
  ] };

  it('writes the anonymised export under its header, names only where allowed, as plain text', () => {
    const rows = pitchRows(exportProofPoints(ledger));
    const values = rows.map((r) => r.map((c) => (c.userEnteredValue as { stringValue?: string } | undefined)?.stringValue));
    expect(values[3]).toEqual(['Claim', 'Metric', 'Client', 'Campaign', 'Client named']);
    expect(values.slice(4)).toEqual([
      ['Glowlab | reels beat statics', 'ER 8%', 'Glowlab', 'Winter Glow', 'Yes'],
      ['the campaign halved CPE', '$0.21', 'A beauty client', '2026 campaign', 'No: anonymised'],
    ]);
  });

  it('makes the tab when the ledger has none, and clears it before rewriting when it has', () => {
    expect(Object.keys(pitchTabRequests(ledger, undefined, 107)[0] ?? {})).toEqual(['addSheet']);
    expect(pitchTabRequests(ledger, 42, 107).map((r) => Object.keys(r)[0])).toEqual(['repeatCell', 'appendCells']);
  });

  it('exports the same as Markdown, a pipe in a claim kept inside its cell', () => {
    expect(pitchMarkdown(exportProofPoints(ledger))).toContain('| Glowlab \\| reels beat statics | ER 8% | Glowlab | Winter Glow | Yes |');
    expect(pitchMarkdown([])).toContain('No proof points yet');
  });
});
