// The ledger's requests run against the local Workspace's Sheets API: a new ledger, appends planned from what was
// read, and the revision check that keeps two appends apart, built only from refusals Google documents.
import { describe, expect, it } from 'vitest';
import { ledgerEntries } from '../../../src/domain/history/ledger-entries.ts';
import { planLedgerAppend, type LedgerGrids } from '../../../src/domain/history/ledger-plan.ts';
import { ledgerVersion, newLedgerResource, nextVersionRequests, planRequests, VERSION_SHEET_BASE } from '../../../src/domain/history/ledger-requests.ts';
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

/** One append as the add-on makes it: read the sheets and the tabs, plan, then write with the next version. */
function prepare(Sheets: Any, id: string, input: ReturnType<typeof inputFor>) {
  const sheets = sheetsOf(Sheets, id);
  const plan = planLedgerAppend(grids(Sheets, id), ledgerEntries(input));
  const ids = Object.fromEntries(sheets.map((s: Any) => [LEDGER_KINDS.find((k) => LEDGER_TABS[k].name === s.title), s.sheetId]));
  const requests = planRequests(plan, ids, (kind) => 200 + LEDGER_KINDS.indexOf(kind));
  return { plan, requests: requests.length ? [...nextVersionRequests(ledgerVersion(sheets)), ...requests] : [] };
}

function append(Sheets: Any, id: string, input: ReturnType<typeof inputFor>) {
  const prepared = prepare(Sheets, id, input);
  if (prepared.requests.length) Sheets.Spreadsheets.batchUpdate({ requests: prepared.requests }, id);
  return prepared;
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

describe('the ledger’s revision check', () => {
  it('refuses a write planned on a stale read whole, and the re-planned one lands with both appends in full', () => {
    const Sheets = sheetsApi();
    const id = Sheets.Spreadsheets.create(newLedgerResource('Ledger')).spreadsheetId;
    const [spring, , , launch] = scenario();
    const stale = prepare(Sheets, id, inputFor(spring!)); // A has read and planned…
    append(Sheets, id, inputFor(launch!)); // …when B appends in full
    expect(() => Sheets.Spreadsheets.batchUpdate({ requests: stale.requests }, id)).toThrow('Invalid requests[0].deleteSheet');
    expect(fromGrid('campaigns', grids(Sheets, id).campaigns!).records.map((c) => c.campaign)).toEqual(['Launch']);
    append(Sheets, id, inputFor(spring!)); // A reads again and writes
    expect(fromGrid('campaigns', grids(Sheets, id).campaigns!).records.map((c) => c.campaign)).toEqual(['Launch', 'Spring Glow']);
    expect(fromGrid('kpis', grids(Sheets, id).kpis!).records).toHaveLength(4);
    expect(ledgerVersion(sheetsOf(Sheets, id))).toEqual({ n: 2, sheetIds: [VERSION_SHEET_BASE + 2] });
  });

  it('lets only one of two first appends win on a ledger that lost its version sheet', () => {
    const Sheets = sheetsApi();
    const id = Sheets.Spreadsheets.create(newLedgerResource('Ledger')).spreadsheetId;
    Sheets.Spreadsheets.batchUpdate({ requests: [{ deleteSheet: { sheetId: VERSION_SHEET_BASE } }] }, id);
    const [spring, , , launch] = scenario();
    const a = prepare(Sheets, id, inputFor(spring!));
    const b = prepare(Sheets, id, inputFor(launch!));
    Sheets.Spreadsheets.batchUpdate({ requests: b.requests }, id);
    expect(() => Sheets.Spreadsheets.batchUpdate({ requests: a.requests }, id)).toThrow('Invalid requests[0].addSheet');
  });

  it('counts from a version sheet renamed by hand by its id', () => {
    expect(ledgerVersion([{ sheetId: VERSION_SHEET_BASE + 7, title: 'renamed' }, { sheetId: 100, title: 'Campaigns' }])).toEqual({ n: 7, sheetIds: [VERSION_SHEET_BASE + 7] });
    expect(nextVersionRequests({ n: 0, sheetIds: [] })).toEqual([{ addSheet: { properties: { sheetId: VERSION_SHEET_BASE + 1, title: 'Debrief ledger version 1', hidden: true, gridProperties: { rowCount: 1, columnCount: 1 } } } }]);
  });
});
