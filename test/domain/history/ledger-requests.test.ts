// The ledger's requests run against the local Workspace's Sheets API: a new ledger, appends planned from what was
// read, and the lock that keeps two appends apart, built only from refusals Google documents.
import { describe, expect, it } from 'vitest';
import { ledgerEntries } from '../../../src/domain/history/ledger-entries.ts';
import { planLedgerAppend, type LedgerGrids } from '../../../src/domain/history/ledger-plan.ts';
import {
  LOCK_SHEET_ID, lockState, newLedgerResource, planRequests, releaseRequests, takeLockRequests, takeOverRequests,
} from '../../../src/domain/history/ledger-requests.ts';
import { fromGrid, LEDGER_KINDS, LEDGER_TABS, type LedgerKind } from '../../../src/domain/history/ledger-tabs.ts';
import { CallLog } from '../../../src/local/emulator/call-log.ts';
import { DriveStore } from '../../../src/local/emulator/drive/drive-store.ts';
import { SCOPE } from '../../../src/local/emulator/service-context.ts';
import { createSheetsService } from '../../../src/local/emulator/sheets-api/index.ts';
import { inputFor, ledgerOf, scenario } from './support.ts';

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any
const NOW = () => new Date('2026-11-24T10:00:00Z');

function sheetsApi() {
  const ctx = { calls: new CallLog(), drive: new DriveStore(NOW, 'you@agency.example'), now: NOW, userEmail: 'you@agency.example', timeZone: 'Etc/UTC', authMode: () => 'FULL' as const, grantedScopes: new Set([SCOPE.driveFile]) };
  return createSheetsService(ctx) as Any;
}

function sheetsOf(Sheets: Any, id: string) {
  return Sheets.Spreadsheets.get(id, { fields: 'sheets.properties(sheetId,title)' }).sheets.map((s: Any) => s.properties);
}

function grids(Sheets: Any, id: string): LedgerGrids {
  const titles = new Set(sheetsOf(Sheets, id).map((s: Any) => s.title));
  const kinds = LEDGER_KINDS.filter((k) => titles.has(LEDGER_TABS[k].name));
  const got = Sheets.Spreadsheets.Values.batchGet(id, { ranges: kinds.map((k) => `'${LEDGER_TABS[k].name}'`), valueRenderOption: 'UNFORMATTED_VALUE' });
  const out = Object.fromEntries(LEDGER_KINDS.map((k) => [k, null])) as Record<LedgerKind, unknown[][] | null>;
  kinds.forEach((k, i) => { out[k] = got.valueRanges[i].values ?? []; });
  return out;
}

function append(Sheets: Any, id: string, input: ReturnType<typeof inputFor>) {
  const plan = planLedgerAppend(grids(Sheets, id), ledgerEntries(input));
  const ids = Object.fromEntries(sheetsOf(Sheets, id).map((s: Any) => [LEDGER_KINDS.find((k) => LEDGER_TABS[k].name === s.title), s.sheetId]));
  const requests = planRequests(plan, ids, (kind) => 200 + LEDGER_KINDS.indexOf(kind));
  if (requests.length) Sheets.Spreadsheets.batchUpdate({ requests }, id);
  return { plan, requests };
}

describe('the ledger through the Sheets API', () => {
  it('holds exactly what was appended, campaign by campaign, and a repeat append sends nothing', () => {
    const Sheets = sheetsApi();
    const id = Sheets.Spreadsheets.create(newLedgerResource('Campaign ledger (Debrief)')).spreadsheetId;
    for (const c of scenario()) append(Sheets, id, inputFor(c));
    const read = grids(Sheets, id);
    const expected = ledgerOf(scenario()).ledger;
    for (const kind of LEDGER_KINDS) expect(fromGrid(kind, read[kind]!).records, kind).toEqual(expected[kind]);
    expect(append(Sheets, id, inputFor(scenario()[0]!)).requests).toEqual([]);
  });

  it('makes a tab someone deleted, and keeps number formats on new rows', () => {
    const Sheets = sheetsApi();
    const id = Sheets.Spreadsheets.create(newLedgerResource('Ledger')).spreadsheetId;
    const learnings = sheetsOf(Sheets, id).find((s: Any) => s.title === 'Learnings').sheetId;
    Sheets.Spreadsheets.batchUpdate({ requests: [{ deleteSheet: { sheetId: learnings } }] }, id);
    append(Sheets, id, inputFor(scenario()[0]!));
    expect(fromGrid('learnings', grids(Sheets, id).learnings!).records).toHaveLength(3);
    const cpe = Sheets.Spreadsheets.Values.batchGet(id, { ranges: ["'Creators'!O2"] }).valueRanges[0].values;
    expect(cpe).toEqual([['0.40']]);
  });
});

describe('the append lock', () => {
  const until = '2026-11-24T10:06:00Z';

  it('lets one holder in at a time', () => {
    const Sheets = sheetsApi();
    const id = Sheets.Spreadsheets.create(newLedgerResource('Ledger')).spreadsheetId;
    Sheets.Spreadsheets.batchUpdate({ requests: takeLockRequests(7, until) }, id);
    expect(() => Sheets.Spreadsheets.batchUpdate({ requests: takeLockRequests(8, until) }, id)).toThrow('Invalid requests[0].addSheet');
    expect(lockState(sheetsOf(Sheets, id))).toEqual({ holderId: 7, expiresAt: until });
    Sheets.Spreadsheets.batchUpdate({ requests: releaseRequests(7) }, id);
    expect(lockState(sheetsOf(Sheets, id))).toBeNull();
    Sheets.Spreadsheets.batchUpdate({ requests: takeLockRequests(8, until) }, id);
  });

  it('lets only one of two people take over a stale lock, and the stale holder’s write then fails whole', () => {
    const Sheets = sheetsApi();
    const id = Sheets.Spreadsheets.create(newLedgerResource('Ledger')).spreadsheetId;
    Sheets.Spreadsheets.batchUpdate({ requests: takeLockRequests(7, '2026-11-24T09:00:00Z') }, id);
    const stale = lockState(sheetsOf(Sheets, id))!;
    Sheets.Spreadsheets.batchUpdate({ requests: takeOverRequests(stale, 8, until) }, id);
    expect(() => Sheets.Spreadsheets.batchUpdate({ requests: takeOverRequests(stale, 9, until) }, id)).toThrow('Invalid requests[1].deleteSheet');
    const write = [{ appendCells: { sheetId: 100, rows: [{ values: [{ userEnteredValue: { stringValue: 'late write' } }] }], fields: 'userEnteredValue' } }];
    expect(() => Sheets.Spreadsheets.batchUpdate({ requests: [...write, ...releaseRequests(7)] }, id)).toThrow();
    expect(Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['Campaigns!A2:A'] }).valueRanges[0].values).toBeUndefined();
    expect(lockState(sheetsOf(Sheets, id))).toEqual({ holderId: 8, expiresAt: until });
  });

  it('reads a lock sheet it can’t parse as held by nobody in particular', () => {
    expect(lockState([{ sheetId: LOCK_SHEET_ID, title: 'renamed by hand' }])).toEqual({ holderId: -1, expiresAt: '' });
  });
});
