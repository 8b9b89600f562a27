// "Compared with last campaign" in the deck: the client's previous campaign (the ledger's campaignBefore) beside
// this one's KPIs, as a KPI table column and one opening learning; nothing when there is no history to compare.
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../../src/domain/reports/deck.ts';
import { comparedSentence, type PreviousCampaign } from '../../../src/domain/reports/deck-compare.ts';
import { blockLines } from '../../../src/domain/reports/model.ts';
import { sample, TODAY } from './support.ts';

const previous: PreviousCampaign = {
  campaign: { campaign: 'Autumn glow', wrapDate: '2026-05-02' },
  // Reach and CPE improved since (3,580,000 > 3,100,000; $0.46 < $0.55), Conversions fell (437 < 500); Clicks wasn't measured.
  kpis: [{ kpi: 'Reach', actual: 3_100_000 }, { kpi: 'cpe', actual: 0.55 }, { kpi: 'Conversions', actual: 500 }, { kpi: 'Saves', actual: 10 }],
};

describe('compared with last campaign', () => {
  const { workbook, analysis } = sample();

  it('adds the previous actuals as a column and opens the learnings with how many KPIs improved', () => {
    const deck = buildDeck(workbook, { today: TODAY, previousCampaign: previous });
    const table = deck.blocks.kpi_table?.[0];
    // Five columns fit half a slide: Met/Missed makes way, its colour on the variance.
    expect(table?.kind === 'table' && table.header).toEqual(['KPI', 'Target', 'Actual', 'Variance', 'Last campaign']);
    const rows = table?.kind === 'table' ? table.rows : [];
    expect(rows.find((r) => r[0] === 'Reach')).toEqual(['Reach', '4,000,000', '3,580,000', '−10.5%', '3,100,000']);
    expect(rows.find((r) => r[0] === 'CPE')?.[4]).toBe('$0.55');
    expect(rows.find((r) => r[0] === 'Link clicks')?.[4]).toBe('—');
    const tones = table?.kind === 'table' ? table.tones : [];
    expect(tones?.[rows.findIndex((r) => r[0] === 'Reach')]).toEqual([null, null, null, 'bad', null]);
    const learnings = (deck.blocks.learnings ?? []).flatMap(blockLines);
    expect(learnings[0]).toBe('Compared with Autumn glow (wrapped 2 May 2026): 2 of 3 KPIs measured both times improved (Reach, CPE).');
  });

  it('says nothing when there is no history, or no KPI measured both times', () => {
    const plain = buildDeck(workbook, { today: TODAY });
    expect(plain.blocks.kpi_table?.[0]?.kind === 'table' && plain.blocks.kpi_table[0].header).not.toContain('Last campaign');
    expect((plain.blocks.learnings ?? []).flatMap(blockLines).join(' ')).not.toContain('Compared with');
    expect(comparedSentence(analysis, null)).toBeNull();
    expect(comparedSentence(analysis, { campaign: { campaign: 'Old', wrapDate: null }, kpis: [{ kpi: 'Saves', actual: 3 }] })).toBeNull();
  });
});
