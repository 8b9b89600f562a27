// Appending one campaign to the ledger: read the sheet list and every tab, plan, write in one batch that moves the
// ledger's version on (ledger-requests.ts). If someone appended in between, the batch changes nothing: Debrief
// reads again and re-plans, a few times. Whether a failed write was stale is told from the version read again,
// never from the error's wording (Google documents none). The Portfolio tab is rewritten in the same batch.
// Three calls when nobody else is writing.
import type { LedgerInput } from '../../domain/history/ledger-entries.ts';
import { ledgerEntries } from '../../domain/history/ledger-entries.ts';
import { applyPlan, ledgerFromGrids, planLedgerAppend, type LedgerPlan } from '../../domain/history/ledger-plan.ts';
import { portfolio } from '../../domain/history/portfolio.ts';
import { PORTFOLIO_TAB, portfolioTabRequests } from '../../domain/history/portfolio-tab.ts';
import { PITCH_PROOF_POINTS_TAB, pitchTabRequests } from '../../domain/history/proof-points-tab.ts';
import { ledgerVersion, nextVersionRequests, planRequests } from '../../domain/history/ledger-requests.ts';
import { LEDGER_KINDS, type LedgerKind } from '../../domain/history/ledger-tabs.ts';
import { BusyError, PlatformError } from '../errors.ts';
import { openOrCreateLedger, type LedgerLink } from './ledger-file.ts';
import { ledgerSheets, readLedgerGrids, sheetsService, tabIds } from './sheets-api.ts';

const MAX_ATTEMPTS = 4;

export interface LedgerAppendResult {
  ledger: LedgerLink;
  created: boolean;
  status: 'added' | 'updated' | 'already-there';
  counts: LedgerPlan['counts'];
  /** Carried actions whose first row isn't in the ledger (by the Issues cell that carries them). */
  unknownCarried: { key: string; cell: string }[];
  /** Ledger cells Debrief couldn't read ("KPIs!H7: Target: …"). */
  problems: string[];
}

export function appendToLedger(input: LedgerInput): LedgerAppendResult {
  const file = openOrCreateLedger();
  const entries = ledgerEntries(input);
  const sheets = sheetsService().Spreadsheets!;
  let read = ledgerSheets(file.id);
  for (let attempt = 1; ; attempt++) {
    const grids = readLedgerGrids(file.id, read);
    const plan = planLedgerAppend(grids, entries);
    const campaignRow = plan.counts.campaigns;
    const result = (status: LedgerAppendResult['status']): LedgerAppendResult => ({
      ledger: { id: file.id, url: file.url }, created: file.created, status, counts: plan.counts, unknownCarried: plan.unknownCarried,
      problems: plan.problems.map((p) => `${p.cell}: ${p.message}`),
    });
    if (plan.unchanged) return result('already-there');
    const ids = tabIds(read);
    const taken = new Set(read.map((s) => s.sheetId));
    const newId = (kind: LedgerKind) => {
      let id = 100 + LEDGER_KINDS.indexOf(kind);
      while (taken.has(id)) id += 10;
      taken.add(id);
      return id;
    };
    // The Portfolio and pitch proof points tabs are rewritten from the ledger as it will stand, in the same batch.
    const ledgerAfter = ledgerFromGrids(applyPlan(grids, plan));
    const sheetNamed = (title: string) => read.find((s) => s.title.toLowerCase() === title.toLowerCase())?.sheetId;
    const portfolioTab = sheetNamed(PORTFOLIO_TAB);
    const pitchTab = sheetNamed(PITCH_PROOF_POINTS_TAB);
    const requests = [
      ...nextVersionRequests(ledgerVersion(read)), ...planRequests(plan, ids, newId),
      ...portfolioTabRequests(portfolio(ledgerAfter), portfolioTab, portfolioTab ?? newId('campaigns')),
      ...pitchTabRequests(ledgerAfter, pitchTab, pitchTab ?? newId('proofPoints')),
    ];
    try {
      sheets.batchUpdate({ requests }, file.id);
      return result(campaignRow.added ? 'added' : 'updated');
    } catch (error) {
      const before = ledgerVersion(read).n;
      read = ledgerSheets(file.id);
      if (ledgerVersion(read).n === before) { // not a stale read: a real refusal, told as Google said it
        throw new PlatformError(`Google refused the write to the campaign ledger (${file.url}): ${error instanceof Error ? error.message : String(error)}`);
      }
      if (attempt >= MAX_ATTEMPTS) throw new BusyError('The campaign ledger kept changing while Debrief was adding to it (others are appending too). Try again in a moment.');
      console.log(`Ledger changed since it was read (attempt ${attempt}); reading it again`);
    }
  }
}
