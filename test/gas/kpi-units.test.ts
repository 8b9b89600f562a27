// KPI units end to end: the KPIs tab gets a Unit column and formats target and actual row by row in it (as
// Sheets shows them: getDisplayValues), the starter KPIs come with their units, and every document says each
// value in its unit: 3.5% as 3.5%, $0.50 in the campaign currency, 4,000,000 without a trailing dot.
import { describe, expect, it } from 'vitest';
import { freshBundle, rowsByHeader } from '../support/bundle.ts';
import { reportsWorld, sampleCampaign } from './reports-support.ts';

const campaign = () => ({
  ...sampleCampaign(),
  currency: 'EUR',
  kpis: [
    { name: 'Reach', target: '4M', actual: 3_580_000, confidence: 'historical' },
    { name: 'Save rate', target: '3.5%', actual: '3.1%', confidence: 'estimate' },
    { name: 'Cost per save', target: '€0.50', actual: '0.62', lowerIsBetter: true, confidence: 'client-mandated' },
    { name: 'ROAS', unit: 'number', target: 2.5, actual: 2.75, confidence: 'estimate' },
  ],
  // The completeness gate wants the two big misses explained before a client report (issue 15).
  issues: sampleCampaign().issues.map((issue: Record<string, unknown>, i: number) => (i === 0 ? { ...issue, linkedKpi: 'Save rate, Cost per save' } : issue)),
});

function column(display: string[][], header: string): string[] {
  const at = display[0]?.indexOf(header) ?? -1;
  return display.slice(1).map((row) => row[at] ?? '');
}

describe('KPI units', () => {
  it('starts a new KPIs tab with the standard KPIs and their units', () => {
    const { workspace, bundle } = freshBundle();
    bundle.run('buildTabs');
    expect(rowsByHeader(workspace, 'KPIs').map((r) => [r.KPI, r.Unit])).toEqual([
      ['Reach', 'Count'], ['Impressions', 'Count'], ['Engagement rate', 'Percent'], ['Link clicks', 'Count'],
      ['Conversions', 'Count'], ['CPE', 'Money'], ['CPM', 'Money'],
    ]);
    workspace.inspect.setCell('KPIs', 'C4', '3.5%');
    workspace.inspect.setCell('KPIs', 'C7', '0.5');
    workspace.inspect.setCell('KPIs', 'C2', '4000000');
    const display = workspace.inspect.displayValues('KPIs');
    expect(column(display, 'Target').slice(0, 6)).toEqual(['4,000,000', '', '3.5%', '', '', '$0.50']);
  });

  it('fills the Unit column from what a file typed and shows each value in its unit, as Sheets would', () => {
    const world = reportsWorld(campaign());
    const display = world.workspace.inspect.displayValues('KPIs');
    const kpis = column(display, 'KPI');
    const at = (name: string) => kpis.indexOf(name);
    const units = column(display, 'Unit');
    expect([at('Reach'), at('Save rate'), at('Cost per save'), at('ROAS')].map((i) => units[i])).toEqual(['Count', 'Percent', 'Money', 'Number']);
    const targets = column(display, 'Target');
    const actuals = column(display, 'Actual');
    expect(targets[at('Reach')]).toBe('4,000,000');
    expect(targets[at('Save rate')]).toBe('3.5%');
    expect(targets[at('Cost per save')]).toBe('€0.50');
    expect(actuals[at('Cost per save')]).toBe('€0.62');
    expect(actuals[at('ROAS')]).toBe('2.75');
    for (const shown of [...targets, ...actuals]) expect(shown).not.toMatch(/\.$/);
  });

  it('says every KPI value in its unit in the client report, the brief and the deck', () => {
    const world = reportsWorld(campaign());
    const client = world.markdown(world.generate('generateClientReport', { includeCosts: false }).file.id);
    const brief = world.markdown(world.generate('generateInternalBrief').file.id);
    const deck = JSON.stringify(world.deck(world.generate('exportSlides').file.id));
    for (const text of [client, brief, deck]) {
      expect(text).toContain('4,000,000');
      expect(text).toContain('3.5%');
      expect(text).toContain('€0.50');
      // The brief fills its two pages: its KPI table keeps the misses, the met ROAS named under it (the KPIs tab has its values).
      expect(text).toContain(text === brief ? 'ROAS (met, +10.0%)' : '2.75');
      expect(text).not.toContain('4,000,000.');
      expect(text).not.toMatch(/\b0\.035\b/);
    }
    expect(client).toContain('We missed Save rate: 3.1% against a target of 3.5%');
  });
});
