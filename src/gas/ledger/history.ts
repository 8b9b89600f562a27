// The ledger as history for the campaign being planned: read in full (two Sheets API calls), with the next
// campaign described from this workbook (same client, objective and currency) unless the person says otherwise.
import type { Ledger } from '../../domain/history/records.ts';
import type { NextCampaign } from '../../domain/history/targets.ts';
import { campaignKey } from '../../domain/history/keys.ts';
import type { Workbook } from '../../domain/records.ts';
import { NotReadyError } from '../errors.ts';
import { ledgerLink, type LedgerLink } from './ledger-file.ts';
import { readLedger } from './sheets-api.ts';

export type PlannedCampaign = NextCampaign & { campaign: string; currency: string };

export const NEXT_CAMPAIGN = 'Next campaign';

/** The ledger this user appends to, read; without one there is no history yet, and the message says how to start it. */
export function readKnownLedger(): { link: LedgerLink; ledger: Ledger; problems: string[] } {
  const link = ledgerLink();
  if (!link) {
    throw new NotReadyError('There is no campaign ledger yet: append a campaign’s learnings (that makes one) or choose the agency’s ledger in the sidebar.');
  }
  const { ledger, problems } = readLedger(link.id);
  return { link, ledger, problems: problems.map((p) => `${p.cell}: ${p.message}`) };
}

/**
 * The user's ledger, read (two Sheets API calls), or null when there is none yet or it can't be read now: what a
 * document that only compares with history (campaignBefore in src/domain/history/client-history.ts) goes on without.
 */
export function readLedgerIfAny(): Ledger | null {
  const link = ledgerLink();
  if (!link) return null;
  try {
    return readLedger(link.id).ledger;
  } catch (error) {
    console.warn('The campaign ledger could not be read; going on without history', error);
    return null;
  }
}

/** The campaign after this workbook's, for its client: named, dated and budgeted as given (or not yet). */
export function plannedAfter(workbook: Workbook, given: Partial<Pick<PlannedCampaign, 'campaign' | 'startDate' | 'budget' | 'objective'>> = {}): PlannedCampaign {
  const info = workbook.campaign;
  const campaign = given.campaign?.trim() || NEXT_CAMPAIGN;
  return {
    client: info.client, campaign, campaignKey: campaignKey(info.client, campaign), startDate: given.startDate ?? null,
    budget: given.budget ?? null, objective: given.objective ?? info.objective, currency: info.currency,
  };
}
