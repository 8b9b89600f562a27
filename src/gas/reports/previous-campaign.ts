// The client's previous campaign from the campaign ledger (issue 14), for the artefacts that compare with it
// (registry `comparesWithLastCampaign`: the deck's "compared with last campaign", the brief's and the deck's
// reversed learnings), when the user has a ledger. One Sheets API call (Values.batchGet of the four tabs it needs,
// by the names Debrief gives them) after the ledger link (one property): no ledger, or one that can't be read now
// (under drive.file, a ledger the user never opened with Debrief), and the document goes without.
import { campaignBefore, type EarlierCampaign } from '../../domain/history/client-history.ts';
import { campaignKey } from '../../domain/history/keys.ts';
import { ledgerFromGrids } from '../../domain/history/ledger-plan.ts';
import { LEDGER_TABS } from '../../domain/history/ledger-tabs.ts';
import type { Workbook } from '../../domain/records.ts';
import { permissionErrorMessage } from '../consent.ts';
import { ledgerLink } from '../ledger/ledger-file.ts';
import { readLedgerGrids } from '../ledger/sheets-api.ts';

const TABS = (['campaigns', 'kpis', 'learnings', 'creators'] as const).map((kind) => ({ sheetId: 0, title: LEDGER_TABS[kind].name }));

export function previousCampaign(workbook: Workbook): EarlierCampaign | null {
  const link = ledgerLink();
  if (!link) return null;
  try {
    const ledger = ledgerFromGrids(readLedgerGrids(link.id, TABS));
    const { client, campaign, wrapDate } = workbook.campaign;
    return campaignBefore(ledger, client, campaignKey(client, campaign), wrapDate);
  } catch (error) {
    if (permissionErrorMessage(error)) throw error; // a declined scope: api.ts says which and how to grant it
    console.warn('The campaign ledger could not be read; the document goes without the last campaign', error);
    return null;
  }
}
