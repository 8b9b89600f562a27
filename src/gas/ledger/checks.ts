// The check that fires when a creator the agency decided not to rebook (on any client's campaign) is on this
// campaign's Creators tab. It reads the ledger (two Sheets API calls) only when this user has one; a ledger that
// can't be read costs an info line, never the other checks.
import { dontRebookChecks, dontRebookHits } from '../../domain/history/client-history.ts';
import { campaignKey } from '../../domain/history/keys.ts';
import type { Check, Workbook } from '../../domain/records.ts';
import { toServerError } from '../errors.ts';
import { ledgerLink } from './ledger-file.ts';
import { readLedger } from './sheets-api.ts';

export function ledgerChecks(workbook: Workbook, cellOf: (tab: string, row: number, key: string) => string): Check[] {
  const link = ledgerLink();
  if (!link || !workbook.creators.some((c) => c.handle.trim())) return [];
  try {
    const { ledger } = readLedger(link.id);
    const own = campaignKey(workbook.campaign.client, workbook.campaign.campaign);
    return dontRebookChecks(dontRebookHits(ledger, workbook.creators, own), cellOf);
  } catch (error) {
    return [{ cell: 'Campaign ledger', kind: 'ledger-unreadable', severity: 'info', message: `Creators weren’t checked against the campaign ledger: ${toServerError(error, 'reading the campaign ledger').message}` }];
  }
}
