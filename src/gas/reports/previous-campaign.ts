// "Compared with last campaign" for the deck: the client's previous campaign from the campaign ledger (issue 14),
// when the user has one. One Sheets API call (Values.batchGet of the three tabs it needs, by the names Debrief gives
// them) after the ledger link (one property): no ledger, or one that can't be read now, and the deck goes without.
import { campaignBefore } from '../../domain/history/client-history.ts';
import { campaignKey } from '../../domain/history/keys.ts';
import { ledgerFromGrids } from '../../domain/history/ledger-plan.ts';
import { LEDGER_TABS } from '../../domain/history/ledger-tabs.ts';
import type { Workbook } from '../../domain/records.ts';
import type { PreviousCampaign } from '../../domain/reports/deck-compare.ts';
import { permissionErrorMessage } from '../consent.ts';
import { ledgerLink } from '../ledger/ledger-file.ts';
import { readLedgerGrids } from '../ledger/sheets-api.ts';

const TABS = (['campaigns', 'kpis', 'learnings'] as const).map((kind) => ({ sheetId: 0, title: LEDGER_TABS[kind].name }));

export function previousCampaign(workbook: Workbook): PreviousCampaign | null {
  const link = ledgerLink();
  if (!link) return null;
  try {
    const ledger = ledgerFromGrids(readLedgerGrids(link.id, TABS));
    const { client, campaign, wrapDate } = workbook.campaign;
    return campaignBefore(ledger, client, campaignKey(client, campaign), wrapDate);
  } catch (error) {
    if (permissionErrorMessage(error)) throw error; // a declined scope: api.ts says which and how to grant it
    console.warn('The campaign ledger could not be read; the deck goes without “compared with last campaign”', error);
    return null;
  }
}
