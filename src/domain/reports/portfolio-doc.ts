// The portfolio as a document: the claims (best claimed cell per objective) in words, then every cell of tier ×
// format × platform × objective with its sample sizes. A figure under the sample threshold is shown in brackets
// with its n and "not claimed"; the Portfolio tab greys the same cells.
import { formatMoney, formatNumber, formatSignedPercent, plural } from '../analysis/format.ts';
import type { Figure, Portfolio, PortfolioCell } from '../history/portfolio.ts';
import { bullets, heading, paragraph, table, type Block } from './model.ts';

export const cellLabel = (c: PortfolioCell) => `${c.tier} · ${c.format} · ${c.platform}`;

/** A figure as the table shows it: "$0.42" when claimed, "($0.42, n=2: not claimed)" when under the threshold. */
export function figureText(f: Figure, show: (v: number) => string): string {
  if (f.value === null) return '—';
  return f.claimed ? show(f.value) : `(${show(f.value)}, n=${f.n}: not claimed)`;
}

export function portfolioRows(p: Portfolio): string[][] {
  const multi = p.currencies.length > 1;
  return p.cells.map((c) => [
    c.objective, c.tier, c.format, c.platform, ...(multi ? [c.currency] : []), String(c.creators), String(c.campaigns), String(c.clients),
    figureText(c.cpe, (v) => formatMoney(v, c.currency)), figureText(c.medianErLift, (v) => formatSignedPercent(v)),
    figureText(c.conversions, (v) => formatNumber(v)),
  ]);
}

export function portfolioHeader(p: Portfolio): string[] {
  return ['Objective', 'Tier', 'Format', 'Platform', ...(p.currencies.length > 1 ? ['Currency'] : []), 'Creators', 'Campaigns', 'Clients', 'Pooled CPE', 'Median ER lift', 'Conversions'];
}

export function buildPortfolioBlocks(p: Portfolio): Block[] {
  const claims = p.claims.map((claim) => {
    const c = claim.cell;
    const value = claim.kind === 'lowest CPE' ? `pooled CPE ${formatMoney(c.cpe.value ?? 0, c.currency)} (${plural(c.cpe.n, 'creator')})`
      : `median ER lift ${formatSignedPercent(c.medianErLift.value ?? 0)} (${plural(c.medianErLift.n, 'creator')})`;
    return `${claim.objective}: ${claim.kind} from ${cellLabel(c)}, ${value} over ${plural(c.campaigns, 'campaign')}.`;
  });
  return [
    heading(1, `Portfolio${p.category ? `: ${p.category} clients` : ''}`),
    paragraph(`Every creator in the ledger, by tier × format × platform × campaign objective. Pooled CPE is Σ cost ÷ Σ engagements; a figure resting on fewer than ${plural(p.threshold, 'creator')} is shown in brackets and not claimed.`),
    ...(claims.length ? [bullets(claims)] : [paragraph(`No cell has ${plural(p.threshold, 'creator')} yet, so nothing is claimed.`)]),
    p.cells.length ? table(portfolioHeader(p), portfolioRows(p)) : paragraph('The ledger has no creators yet.'),
  ];
}
