// "Append learnings" fills the ledger alongside the learnings Doc: this campaign's rows from the workbook as read.
// A ledger that can't be reached or written is reported beside the Doc's result, never undoing the Doc's append.
import { ledgerInputFromWorkbook } from '../../domain/history/ledger-entries.ts';
import type { LedgerOutcome } from '../../domain/rpc.ts';
import { toServerError } from '../errors.ts';
import type { CampaignRead } from '../reports/campaign.ts';
import { activeSpreadsheet } from '../spreadsheet.ts';
import { appendToLedger } from './append.ts';

/** The signed-in user's address, '' where Google doesn't say (consumer accounts outside the domain). */
export function currentUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail();
  } catch {
    return '';
  }
}

export function appendCampaignToLedger(read: CampaignRead, kept: readonly string[]): LedgerOutcome {
  try {
    const input = ledgerInputFromWorkbook(read.workbook, {
      workbookUrl: activeSpreadsheet().getUrl(), learnings: kept, appendedBy: currentUserEmail(), appendedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    });
    const result = appendToLedger(input);
    return { ok: true, ...result };
  } catch (error) {
    const failure = toServerError(error, 'adding the campaign to the ledger');
    return { ok: false, code: failure.code, message: failure.message };
  }
}
