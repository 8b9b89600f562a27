// The first slice end to end: onOpen builds the menu even in AuthMode.NONE, every menu item and every name
// the sidebar calls resolves to a top-level function, and the sidebar is served from Sidebar.html.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTEFACT_SPECS, ARTEFACTS } from '../../src/domain/artefacts.ts';
import { freshBundle } from '../support/bundle.ts';

function sidebarSources(dir = 'src/sidebar'): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? sidebarSources(path) : path.endsWith('.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('menu and sidebar', () => {
  it('adds the Debrief menu in AuthMode.NONE without touching data', () => {
    const { workspace, bundle } = freshBundle();
    expect(() => bundle.trigger('onOpen', 'NONE')).not.toThrow();
    const items = workspace.ui.menus.flatMap((m: any) => m.items).filter((i: any) => i.caption);
    expect(items.map((i: any) => i.caption)).toEqual(expect.arrayContaining(['Open sidebar', 'Build / refresh tabs', 'Analyze', 'Run checks']));
    for (const item of items) expect(bundle.hasFunction(item.functionName), item.functionName).toBe(true);
  });

  it('has an item per artefact of the registry, each a top-level function that makes it', () => {
    const { workspace, bundle } = freshBundle();
    bundle.trigger('onOpen', 'NONE');
    const items = workspace.ui.menus.flatMap((m: any) => m.items).filter((i: any) => i.caption);
    for (const artefact of ARTEFACTS) {
      const { caption, functionName } = ARTEFACT_SPECS[artefact].menu;
      expect(items, artefact).toContainEqual(expect.objectContaining({ caption, functionName }));
      expect(bundle.hasFunction(functionName), functionName).toBe(true);
    }
  });

  it('installs the same menu from onInstall', () => {
    const { workspace, bundle } = freshBundle();
    bundle.trigger('onInstall', 'FULL');
    expect(workspace.ui.menus.length).toBeGreaterThan(0);
  });

  it('resolves every function the sidebar calls to a top-level function', () => {
    const names = new Set(sidebarSources().flatMap((src) => [...src.matchAll(/\bcall\(\s*'(\w+)'/g)].map((m) => m[1])));
    expect(names.size).toBeGreaterThan(3);
    const { bundle } = freshBundle();
    for (const name of names) expect(bundle.hasFunction(name), name).toBe(true);
  });

  it('serves Sidebar.html in the sidebar from the menu', () => {
    const { workspace, bundle } = freshBundle();
    bundle.trigger('onOpen', 'LIMITED');
    bundle.menuItem('Open sidebar');
    expect(workspace.ui.sidebar?.title).toBe('Debrief');
    expect(workspace.ui.sidebar?.content).toBe(readFileSync('build/Sidebar.html', 'utf8'));
  });

  it('round-trips a typed, validated payload with the spreadsheet name', () => {
    const { bundle } = freshBundle('Winter Glow post-mortem');
    const echo = { message: 'hello', sentAt: '2026-11-24T10:00:00.000Z' };
    expect(bundle.run('ping', echo)).toEqual({ spreadsheetName: 'Winter Glow post-mortem', echo });
    expect(() => bundle.run('ping', { message: 42 })).toThrow(/message/);
  });

  it('saves the campaign setup and reads it back, due date included', () => {
    const { bundle } = freshBundle();
    const team = { campaignManager: 'Ana', accountLead: 'Ben', creatorRelations: 'Cy', strategist: 'Dee', facilitator: 'Eve', noteTaker: 'Fin' };
    const state = bundle.run('saveCampaignSetup', {
      client: 'Glowlab', campaign: '=Winter', startDate: '2026-10-01', wrapDate: '2026-11-18', currency: 'eur', budget: '€12,000', team,
    }) as any;
    expect(state.setup).toMatchObject({ client: 'Glowlab', campaign: '=Winter', currency: 'EUR', budget: 12000, wrapDate: '2026-11-18', team });
    expect(state.postMortemDue).toBe('2026-11-21');
    expect(() => bundle.run('saveCampaignSetup', { client: 'x' })).toThrow(/campaign/);
  });
});
