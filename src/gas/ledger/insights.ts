// The ledger at a glance for the sidebar and the CLI: how targets from history would have done (the backtest) and
// what the portfolio may claim. One read of the ledger; nothing is written.
import { formatMoney, formatSignedPercent, plural } from '../../domain/analysis/format.ts';
import { backtest } from '../../domain/history/backtest.ts';
import { portfolio } from '../../domain/history/portfolio.ts';
import type { Ledger } from '../../domain/history/records.ts';
import { cellLabel } from '../../domain/reports/portfolio-doc.ts';
import type { LedgerInsights } from '../../domain/rpc.ts';
import { ledgerLink } from './ledger-file.ts';
import { readLedger } from './sheets-api.ts';

export function insightsOf(ledger: Ledger, link: LedgerInsights['ledger']): LedgerInsights {
  const result = backtest(ledger);
  const claims = portfolio(ledger).claims.map((c) => {
    const value = c.kind === 'lowest CPE' ? `pooled CPE ${formatMoney(c.cell.cpe.value ?? 0, c.cell.currency)}` : `median ER lift ${formatSignedPercent(c.cell.medianErLift.value ?? 0)}`;
    return `${c.objective}: ${c.kind} from ${cellLabel(c.cell)}, ${value} (${plural(c.cell.creators, 'creator')})`;
  });
  return {
    ledger: link,
    campaigns: ledger.campaigns.length,
    backtest: result.pairs.length ? { pairs: result.pairs.length, suggestedMdape: result.suggestedMdape, typedMdape: result.typedMdape, historical: result.historical } : null,
    claims,
  };
}

export function ledgerInsights(): LedgerInsights {
  const link = ledgerLink();
  if (!link) return { ledger: null, campaigns: 0, backtest: null, claims: [] };
  return insightsOf(readLedger(link.id).ledger, link);
}
