// A recommendation that reverses the client's previous learning, through the built bundle: once the previous
// campaign is in the campaign ledger (Append learnings puts it there), the internal brief flags the reversal with
// both numbers and the generate result lists it for the sidebar (and the menu's message); the deck lists it for
// the team but never says it; no history, or a ledger that can't be read now, and the brief goes on without.
import { describe, expect, it } from 'vitest';
import type { GenerateResult } from '../../src/domain/rpc.ts';
import { DriveStore } from '../../src/local/emulator/drive/drive-store.ts';
import { syntheticCampaign } from '../../src/local/synthetic-campaign.ts';
import { FIXED_NOW } from '../support/bundle.ts';
import { reportsWorld, type Campaign } from './reports-support.ts';

/** This campaign drafts "Favor the Long-form video format" (its top pieces); last time long-form cost 6× as much per creator. */
function lastCampaign(): Campaign {
  const campaign = syntheticCampaign(12) as Campaign;
  for (const creator of campaign.creators) if (creator.format === 'Long-form video') creator.cost *= 6;
  return { ...campaign, campaign: 'Spring push', startDate: '2026-03-01', wrapDate: '2026-04-15' };
}

const REVERSAL = /^Reverses last campaign: Spring push (favoured|steered away from) [^;]+ \(CPE \$\d+\.\d\d vs \$\d+\.\d\d average\); this one favours the Long-form video format \(ER \d+\.\d% vs \d+\.\d% for the bottom pieces\)\.$/;

function withHistory(drive?: DriveStore, user?: string) {
  const world = reportsWorld(lastCampaign(), { drive, user });
  expect(world.append()).toMatchObject({ status: 'added' }); // the ledger is made, Spring push in it
  world.bundle.run('importCampaign', syntheticCampaign(12));
  world.bundle.run('analyze');
  return world;
}

describe('a recommendation reversing the last campaign’s learning', () => {
  it('is flagged in the internal brief and listed with the result, with both numbers', () => {
    const world = withHistory();
    const brief = world.generate('generateInternalBrief');
    expect(brief.reversals).toHaveLength(1);
    expect(brief.reversals![0]).toMatch(REVERSAL);
    const markdown = world.markdown(brief.file.id);
    const line = markdown.split('\n').find((l) => l.includes('Reverses last campaign'));
    expect(line).toMatch(/\*\*Reverses last campaign:\s*\*\*\s*Spring push .*the Long-form video format \(ER/);
  });

  it('is flagged for a brief style, from the Brief column the ledger keeps per creator', () => {
    // Last time each creator had the other brief style: the detailed briefs did better, this time the looser ones.
    const swapped = lastCampaign();
    for (const creator of swapped.creators) creator.brief = creator.brief === 'vague' ? 'detailed' : 'vague';
    const world = reportsWorld(swapped);
    world.append();
    world.bundle.run('importCampaign', syntheticCampaign(12));
    world.bundle.run('analyze');
    const brief = world.generate('generateInternalBrief');
    expect(brief.reversals?.find((r) => r.includes('brief'))).toMatch(/^Reverses last campaign: Spring push favoured a detailed brief \(.+ with a vague brief\); this one favours a vague brief \(.+ with a detailed brief\)\.$/);
  });

  it('is said in the menu’s message after the file’s link', () => {
    const world = withHistory();
    world.bundle.run('menuGenerateInternalBrief');
    const message = world.workspace.ui.alerts.at(-1)?.message ?? '';
    expect(message).toMatch(/^Made “/);
    expect(message.split('\n').find((l) => l.startsWith('• Reverses'))?.slice(2)).toMatch(REVERSAL);
  });

  it('is listed for the team when the deck is made, and never said in it (nor in the client report)', () => {
    const world = withHistory();
    const deck = world.bundle.run('generate', { artefact: 'deck', force: true, by: 'Priya Shah' }) as GenerateResult;
    expect(deck.reversals?.[0]).toMatch(REVERSAL);
    expect(JSON.stringify(world.deck(deck.file.id))).not.toMatch(/Reverses last campaign|Spring push (favoured|steered)/);
    const report = world.bundle.run('generate', { artefact: 'clientReport', force: true, by: 'Priya Shah' }) as GenerateResult;
    expect(report.reversals).toBeUndefined(); // it doesn't compare with the last campaign
    expect(world.markdown(report.file.id)).not.toContain('Reverses last campaign');
  });

  it('is not flagged without history', () => {
    const world = reportsWorld(syntheticCampaign(12));
    const brief = world.generate('generateInternalBrief');
    expect(brief.reversals).toBeUndefined();
    expect(world.markdown(brief.file.id)).not.toContain('Reverses last campaign');
  });

  it('leaves the brief to go on without when the ledger can’t be read now', () => {
    // A colleague's ledger, picked once, then no longer shared: the Sheets API refuses it under drive.file.
    const drive = new DriveStore(FIXED_NOW, 'owner@agency.example');
    const owner = withHistory(drive, 'owner@agency.example');
    const ledger = (owner.append() as unknown as { ledger: { ledger: { id: string; url: string } } }).ledger.ledger;
    drive.share(ledger.id, 'avery@agency.example', 'writer');
    drive.grant(ledger.id, 'avery@agency.example');
    const avery = reportsWorld(syntheticCampaign(12), { drive, user: 'avery@agency.example' });
    avery.bundle.run('setLedger', { url: ledger.url });
    expect(avery.generate('generateInternalBrief').reversals?.[0]).toMatch(REVERSAL); // readable: flagged
    drive.unshare(ledger.id, 'avery@agency.example');
    const brief = avery.generate('generateInternalBrief');
    expect(brief.reversals).toBeUndefined();
    expect(avery.markdown(brief.file.id)).toContain('Recommendations');
  });
});
