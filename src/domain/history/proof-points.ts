// Proof points for pitches: Wins the team marked as proof points, exported with the client and campaign named only
// where the client agreed. Elsewhere the client becomes "a <category> client" and every mention of the client's or
// campaign's name in the claim and metric is replaced, so an anonymised line can't give them away.
import { escapeRegex } from '../regex.ts';
import type { Ledger, LedgerProofPoint } from './records.ts';

export interface ExportedProofPoint {
  claim: string;
  metric: string;
  /** The client's name, or "A beauty client" / "A client". */
  client: string;
  /** The campaign's name, or its year ("2026 campaign") when anonymised. */
  campaign: string;
  anonymised: boolean;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** "a beauty client", "an apparel client", or "a client" without a category. */
export function anonymousClient(category: string): string {
  const c = category.trim().toLowerCase();
  return c ? `${article(c)} ${c} client` : 'a client';
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Replaces each name (longest first, case-insensitively, as a whole word) with its stand-in. */
export function scrubNames(text: string, names: readonly { name: string; as: string }[]): string {
  let out = text;
  for (const { name, as } of [...names].filter((n) => n.name.trim().length >= 2).sort((a, b) => b.name.length - a.name.length)) {
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(name.trim())}(?![\\p{L}\\p{N}])`, 'giu'), () => as);
  }
  return out;
}

export function exportProofPoints(ledger: Ledger): ExportedProofPoint[] {
  return [...ledger.proofPoints].sort((a, b) => (b.wrapDate ?? '').localeCompare(a.wrapDate ?? '')).map((p) => exportOne(p));
}

function exportOne(p: LedgerProofPoint): ExportedProofPoint {
  if (p.mayNameClient) return { claim: p.claim, metric: p.metric, client: p.client, campaign: p.campaign, anonymised: false };
  const client = anonymousClient(p.clientCategory);
  const names = [
    { name: p.campaign, as: 'the campaign' },
    { name: p.client, as: 'the client' },
  ];
  return {
    claim: scrubNames(p.claim, names),
    metric: scrubNames(p.metric, names),
    client: capitalised(client),
    campaign: p.wrapDate ? `${p.wrapDate.slice(0, 4)} campaign` : 'Campaign',
    anonymised: true,
  };
}
