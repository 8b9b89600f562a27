// The campaign ledger through the built bundle: "Append learnings" fills it beside the Doc, two people sharing the
// ledger and the learnings Doc both land in full (also when one appends between the other's read and write), a
// colleague's ledger is reachable once picked, and the calls stay flat in creators.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ledgerFromGrids } from '../../src/domain/history/ledger-plan.ts';
import { LEDGER_KINDS, LEDGER_TABS } from '../../src/domain/history/ledger-tabs.ts';
import { DriveStore } from '../../src/local/emulator/drive/drive-store.ts';
import { createLocalWorkspace } from '../../src/local/emulator/index.ts';
import { loadBundle } from '../../src/local/harness.ts';
import { renderDocMarkdown } from '../../src/local/render/doc-markdown.ts';
import { renderSpreadsheetJson } from '../../src/local/render/spreadsheet.ts';
import { FIXED_NOW } from '../support/bundle.ts';

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any
const FILES = readdirSync('examples/history').sort().map((f) => JSON.parse(readFileSync(join('examples/history', f), 'utf8')) as Any);
const [spring, launch, summer] = FILES as [Any, Any, Any];
const YOU = 'you@agency.example';
const AVERY = 'avery@agency.example';

function world(campaign: Any, drive: DriveStore, user = YOU) {
  const workspace = createLocalWorkspace({ now: FIXED_NOW, drive, userEmail: user });
  workspace.createSpreadsheet(`${campaign.client} — ${campaign.campaign}`);
  const bundle = loadBundle(workspace);
  bundle.run('buildTabs');
  bundle.run('importCampaign', campaign);
  bundle.run('analyze');
  return { workspace, bundle, append: () => bundle.run('appendLearnings') as Any };
}

const ledger = (drive: DriveStore, id: string) => {
  const { tabs } = renderSpreadsheetJson(drive, id);
  return ledgerFromGrids(Object.fromEntries(LEDGER_KINDS.map((k) => [k, tabs[LEDGER_TABS[k].name] ?? null])));
};

/** Runs `between` right after `w`'s first Values.batchGet of the ledger, before it writes. */
function interleave(w: ReturnType<typeof world>, between: () => void) {
  const globals = w.workspace.globals as Record<string, Any>;
  const real = globals.Sheets;
  let fired = false;
  const values = { batchGet: (...args: unknown[]) => {
    const got = real.Spreadsheets.Values.batchGet(...args);
    if (!fired) {
      fired = true;
      between();
    }
    return got;
  } };
  globals.Sheets = { Spreadsheets: { Values: values, get: (...a: unknown[]) => real.Spreadsheets.get(...a), create: (...a: unknown[]) => real.Spreadsheets.create(...a), batchUpdate: (...a: unknown[]) => real.Spreadsheets.batchUpdate(...a) } };
}

describe('the campaign ledger', () => {
  it('is made on the first append, filled beside the learnings Doc, and unchanged by a repeat', () => {
    const drive = new DriveStore(FIXED_NOW, YOU);
    const w = world(spring, drive);
    const first = w.append();
    expect(first.ledger).toMatchObject({ ok: true, created: true, status: 'added', counts: { kpis: { added: 3 }, creators: { added: 3 }, actions: { added: 2 }, proofPoints: { added: 1 } } });
    expect(drive.find(first.ledger.ledger.id)).toMatchObject({ name: 'Campaign ledger (Debrief)', owner: YOU, grantedTo: [YOU] });
    const again = w.append();
    expect(again.ledger).toMatchObject({ ok: true, created: false, status: 'already-there' });
    const { total } = w.workspace.calls.measure(() => w.append());
    expect(total).toBeLessThan(80);
  });

  it('lands two colleagues’ appends in full in one shared ledger and Doc (even when one comes between the other’s read and write) and starts each one’s next campaign from it', () => {
    const drive = new DriveStore(FIXED_NOW, YOU);
    const you = world(spring, drive);
    const made = you.append();
    const ledgerId = made.ledger.ledger.id as string;
    const docId = made.learningsDoc.id as string;
    // You share both with Avery in Drive; Avery chooses them with Debrief (the Picker's grant) and sets them.
    drive.share(ledgerId, AVERY, 'writer');
    drive.share(docId, AVERY, 'writer');
    const avery = world(launch, drive, AVERY);
    expect(() => avery.bundle.run('setLedger', { url: made.ledger.ledger.url })).toThrow('not-reachable');
    expect(() => avery.bundle.run('setLedger', { url: made.ledger.ledger.url })).toThrow('chosen once with “Choose from Drive” under Ledger');
    // Avery chooses the ledger in Google Picker (which grants it to Debrief for her), as the dialog hands it over.
    drive.grant(ledgerId, AVERY);
    const picked = avery.bundle.run('usePickedFiles', { purpose: 'ledger', nonce: 'nonce-0001', ids: [ledgerId] }) as Any;
    expect(picked).toEqual({ status: 'picked', message: 'Debrief will fill that campaign ledger from now on.' });
    expect((avery.bundle.run('getLedgerInsights') as Any).ledger).toEqual({ id: ledgerId, url: made.ledger.ledger.url });
    drive.grant(docId, AVERY);
    avery.bundle.run('setLearningsDoc', { url: made.learningsDoc.url });

    const yours = world(summer, drive); // your next campaign's spreadsheet: same user, same remembered ledger and Doc
    yours.bundle.run('setLedger', { url: made.ledger.ledger.url });
    yours.bundle.run('setLearningsDoc', { url: made.learningsDoc.url });
    interleave(yours, () => expect(avery.append().ledger).toMatchObject({ ok: true, status: 'added' }));
    const result = yours.append();
    expect(result.ledger).toMatchObject({ ok: true, status: 'added' });
    expect(yours.workspace.calls.snapshot()['SpreadsheetsCollection.batchUpdate']).toBe(2); // the first write was stale, then re-planned

    const got = ledger(drive, ledgerId);
    expect(got.campaigns.map((c) => `${c.client}: ${c.campaign} (${c.appendedBy})`)).toEqual(['Glowlab: Spring Glow (you@agency.example)', 'Northwind: Launch (avery@agency.example)', 'Glowlab: Summer Glow (you@agency.example)']);
    expect(new Set(got.kpis.map((k) => k.key)).size).toBe(got.kpis.length);
    expect(got.kpis).toHaveLength(3 + 2 + 3);
    expect(got.actions.find((a) => a.key === 'A-0A40BO1')).toMatchObject({ status: 'In progress', statusFrom: 'Summer Glow' });
    const doc = renderDocMarkdown(drive, docId);
    expect(doc).toContain('# Glowlab');
    expect(doc).toContain('# Northwind');
    expect(doc).toContain('## Summer Glow — 15 Jul 2026');
    const insights = avery.bundle.run('getLedgerInsights') as Any;
    expect(insights).toMatchObject({ campaigns: 3, backtest: { pairs: 3 } });

    // Start next campaign from the shared ledger, by each of them: Avery's pack and workbook are hers (drive.file),
    // and yours lists the actions still open from your Glowlab campaigns.
    const averyNext = avery.bundle.run('startNextCampaign', { campaign: 'Relaunch', startDate: '2026-05-01', budget: null, objective: null }) as Any;
    expect(drive.find(averyNext.kickoffPack.id)).toMatchObject({ owner: AVERY });
    expect(drive.find(averyNext.workbook.id)).toMatchObject({ owner: AVERY });
    expect(averyNext.targets.map((t: Any) => t.kpi).length).toBeGreaterThan(0);
    const yourNext = yours.bundle.run('startNextCampaign', { campaign: 'Autumn Glow', startDate: '2026-09-01', budget: 15_000, objective: null }) as Any;
    expect(yourNext.openActions).toBe(got.actions.filter((a) => a.client === 'Glowlab' && a.status !== 'Done').length);
    expect(renderDocMarkdown(drive, yourNext.kickoffPack.id)).toContain('Agree a 48-hour approval window with the client');
  });

  it('refuses a picked file that isn’t a Google Sheet as the ledger, keeping the one in use', () => {
    const drive = new DriveStore(FIXED_NOW, YOU);
    const w = world(spring, drive);
    const made = w.append();
    const doc = made.learningsDoc.id as string;
    const picked = w.bundle.run('usePickedFiles', { purpose: 'ledger', nonce: 'nonce-0002', ids: [doc] }) as Any;
    expect(picked).toMatchObject({ status: 'failed', message: expect.stringContaining('isn’t a Google Sheet') });
    expect((w.bundle.run('getLedgerInsights') as Any).ledger.id).toBe(made.ledger.ledger.id);
  });

  it('takes the kickoff pack’s template from the Picker like the other documents’', () => {
    const drive = new DriveStore(FIXED_NOW, YOU);
    const w = world(spring, drive);
    const doc = w.append().learningsDoc as { id: string; url: string }; // a Doc of this user's, standing in for a template
    const picked = w.bundle.run('usePickedFiles', { purpose: 'kickoffPackTemplate', nonce: 'nonce-0003', ids: [doc.id] }) as Any;
    expect(picked).toEqual({ status: 'picked', message: 'The kickoff pack template is now “Client learnings (Debrief)”.' });
    const state = w.bundle.run('getReportsState') as Any;
    expect(state.templates.find((t: Any) => t.artefact === 'kickoffPack')).toMatchObject({ custom: true, url: expect.stringContaining(doc.id) });
  });

  it('tells a reader why the ledger wasn’t updated, without losing the Doc’s append', () => {
    const drive = new DriveStore(FIXED_NOW, YOU);
    const made = world(spring, drive).append();
    drive.share(made.ledger.ledger.id, AVERY, 'reader');
    drive.grant(made.ledger.ledger.id, AVERY);
    const avery = world(launch, drive, AVERY);
    avery.bundle.run('setLedger', { url: made.ledger.ledger.url });
    const result = avery.append();
    expect(result.status).toBe('added'); // her own learnings Doc
    expect(result.ledger).toMatchObject({ ok: false, code: 'platform' });
    expect(result.ledger.message).toContain('The caller does not have permission');
  });

  it('costs the same Sheets API calls for 3 creators as for 60', () => {
    const sheetsCalls = (creators: number) => {
      const campaign = structuredClone(spring);
      campaign.campaign = `Spring ${creators}`;
      campaign.creators = Array.from({ length: creators }, (_, i) => ({ ...spring.creators[i % 3], handle: `@creator${i}` }));
      const w = world(campaign, new DriveStore(FIXED_NOW, YOU));
      const { calls } = w.workspace.calls.measure(() => w.append());
      return Object.fromEntries(Object.entries(calls).filter(([k]) => /Spreadsheets|Values/.test(k)));
    };
    expect(sheetsCalls(60)).toEqual(sheetsCalls(3));
  });
});

describe('Diagnostics for the ledger', () => {
  it('settles on the platform that a stale ledger write is refused whole, and trashes its scratch spreadsheet', () => {
    const workspace = createLocalWorkspace({ now: FIXED_NOW });
    workspace.createSpreadsheet('Diagnostics');
    const report = loadBundle(workspace).run('runDiagnostics') as { lines: { check: string; pass: boolean; detail: string }[] };
    expect(report.lines.find((l) => l.check === 'Campaign ledger writes')).toMatchObject({ pass: true, detail: expect.stringContaining('refused whole') });
    const scratch = workspace.drive.all().filter((f) => f.mimeType === 'application/vnd.google-apps.spreadsheet' && f.name.startsWith('Debrief diagnostics'));
    expect(scratch.map((f) => f.trashed)).toEqual([true]);
  });

  it('fails its line when the Sheets API would let a stale write land', () => {
    const workspace = createLocalWorkspace({ now: FIXED_NOW });
    workspace.createSpreadsheet('Diagnostics');
    const globals = workspace.globals as Record<string, Any>;
    const real = globals.Sheets.Spreadsheets;
    // A stand-in that drops the version-sheet requests, as if Google ignored a deleteSheet of a missing sheet.
    globals.Sheets = { ...globals.Sheets, Spreadsheets: { create: (r: Any) => real.create(r), get: (id: Any, o: Any) => real.get(id, o), Values: real.Values,
      batchUpdate: (body: Any, id: Any) => real.batchUpdate({ requests: body.requests.filter((r: Any) => !r.deleteSheet && !r.addSheet) }, id) } };
    const report = loadBundle(workspace).run('runDiagnostics') as { lines: { check: string; pass: boolean; detail: string }[] };
    expect(report.lines.find((l) => l.check === 'Campaign ledger writes')).toMatchObject({ pass: false, detail: expect.stringContaining('could both land') });
  });
});
