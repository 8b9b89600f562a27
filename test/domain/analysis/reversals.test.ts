// Recommendations that reverse the client's previous learning: the previous campaign's cost learning is worked out
// from its ledger creator rows the way this campaign's drafts are, and a drafted recommendation pointing the other
// way is flagged with both numbers; agreement, no history, a group missing this time and the team's own sentences
// are not.
import { describe, expect, it } from 'vitest';
import { findReversals, type PreviousCreator, type PreviousLearnings } from '../../../src/domain/analysis/reversals.ts';
import type { DimensionGroups, Finding } from '../../../src/domain/analysis/types.ts';
import { analyzeWorkbook } from '../../../src/domain/analysis/index.ts';
import { parseCampaignFile, workbookFromCampaignFile } from '../../../src/domain/campaign-file.ts';
import { syntheticCampaign } from '../../../src/local/synthetic-campaign.ts';

/** A creator row of the previous campaign: only what the comparison reads. */
const row = (platform: string, cost: number, engagements: number, more: Partial<PreviousCreator> = {}): PreviousCreator =>
  ({ tier: null, platform, format: null, brief: null, cost, engagements, erLift: null, ...more });
const previous = (...creators: PreviousCreator[]): PreviousLearnings => ({ campaign: { campaign: 'Spring Glow' }, creators });

/** Last time Instagram was cheap (CPE $0.10) and TikTok dear ($0.60): a pooled CPE of $0.35. */
const INSTAGRAM_CHEAP = previous(row('Instagram', 100, 1000), row('Instagram', 100, 1000), row('TikTok', 600, 1000), row('TikTok', 600, 1000));
/** Last time TikTok was cheap ($0.10 against $0.35). */
const TIKTOK_CHEAP = previous(row('TikTok', 100, 1000), row('TikTok', 100, 1000), row('Instagram', 600, 1000), row('Instagram', 600, 1000));

/** This campaign's platform groups with a CPE (only what the comparison reads). */
const groups = (...values: string[]): DimensionGroups[] => [{ dimension: 'platform', title: 'Platform', unassigned: 0, groups: values.map((value) => ({ value, cpe: 0.5 })) } as unknown as DimensionGroups];
const favour = (value: string, toward = true): Finding => ({
  text: `Shift budget toward ${value} creators.`, source: 'analysis',
  lean: { dimension: 'platform', value, toward, figure: { metric: 'CPE', value: 0.27, versus: 0.46 } },
});

describe('findReversals', () => {
  it('flags a recommendation pointing the other way from last campaign, with both numbers', () => {
    const [reversal, ...rest] = findReversals([favour('TikTok')], groups('TikTok', 'Instagram'), INSTAGRAM_CHEAP, 'USD');
    expect(rest).toEqual([]);
    expect(reversal).toMatchObject({
      dimension: 'platform', previousCampaign: 'Spring Glow', recommendation: 'Shift budget toward TikTok creators.',
      before: { value: 'Instagram', toward: true, figure: { metric: 'CPE', value: 0.1, versus: 0.35 } },
      now: { value: 'TikTok', toward: true, figure: { metric: 'CPE', value: 0.27, versus: 0.46 } },
    });
    expect(reversal?.sentence).toBe('Reverses last campaign: Spring Glow favoured Instagram (CPE $0.10 vs $0.35 average); this one favours TikTok (CPE $0.27 vs $0.46 average).');
  });

  it('says last campaign’s CPE in its own currency', () => {
    const euros = { ...INSTAGRAM_CHEAP, campaign: { campaign: 'Spring Glow', currency: 'EUR' } };
    expect(findReversals([favour('TikTok')], groups('TikTok', 'Instagram'), euros, 'USD')[0]?.detail).toMatch(/^Spring Glow favoured Instagram \(CPE €0\.10 vs €0\.35 average\); this one favours TikTok \(CPE \$0\.27/);
  });

  it('flags favouring a group last campaign steered away from', () => {
    // Instagram's big pool keeps the campaign's CPE near its own: only TikTok, 83% dearer, stood out.
    const dear = previous(row('Instagram', 2500, 5000), row('Instagram', 2500, 5000), row('TikTok', 500, 500), row('TikTok', 500, 500));
    const [reversal] = findReversals([favour('TikTok')], groups('TikTok'), dear, 'USD');
    expect(reversal?.before).toMatchObject({ value: 'TikTok', toward: false });
    expect(reversal?.detail).toMatch(/^Spring Glow steered away from TikTok \(CPE \$1\.00 vs \$0\.55 average\); this one favours TikTok/);
  });

  it('says the engagement rate a content recommendation rests on', () => {
    const content: Finding = { text: 'Favor Instagram: all top 3 were on Instagram.', source: 'analysis', lean: { dimension: 'platform', value: 'Instagram', toward: true, figure: { metric: 'ER', value: 0.061, versus: 0.02 } } };
    expect(findReversals([content], groups('Instagram', 'TikTok'), TIKTOK_CHEAP, 'USD')[0]?.detail)
      .toBe('Spring Glow favoured TikTok (CPE $0.10 vs $0.35 average); this one favours Instagram (ER 6.1% vs 2.0% for the bottom pieces).');
  });

  it('flags a brief style reversed, by median ER lift', () => {
    const style = (brief: string, erLift: number) => row('Instagram', 300, 1000, { brief, erLift });
    const looser = previous(style('Vague', 0.3), style('Vague', 0.2), style('Detailed', -0.1), style('Detailed', 0));
    const detailed: Finding = { text: 'Give every creator a detailed brief.', source: 'analysis', lean: { dimension: 'brief', value: 'Detailed', toward: true, figure: { metric: 'ER lift', value: 0.09, versus: -0.25 } } };
    const briefs = [{ dimension: 'brief', title: 'Brief', unassigned: 0, groups: [{ value: 'Detailed', cpe: 0.3, medianErLift: 0.09 }, { value: 'Vague', cpe: 0.6, medianErLift: -0.25 }] } as unknown as DimensionGroups];
    const [reversal] = findReversals([detailed], briefs, looser, 'USD');
    expect(reversal?.before).toEqual({ value: 'Vague', toward: true, figure: { metric: 'ER lift', value: 0.25, versus: -0.05 } });
    expect(reversal?.detail).toBe('Spring Glow favoured a vague brief (median ER lift +25% vs −5% with a detailed brief); this one favours a detailed brief (median ER lift +9% vs −25% with a vague brief).');
    // A ledger from before the Brief column: no brief learning to reverse.
    const unknown = previous(...looser.creators.map((c) => ({ ...c, brief: null })));
    expect(findReversals([detailed], briefs, unknown, 'USD')).toEqual([]);
  });

  it('finds none when this campaign leans the same way as the last', () => {
    expect(findReversals([favour('TikTok')], groups('TikTok', 'Instagram'), TIKTOK_CHEAP, 'USD')).toEqual([]);
    // Steering away from last time's dear platform agrees with it too.
    expect(findReversals([favour('TikTok', false)], groups('TikTok', 'Instagram'), INSTAGRAM_CHEAP, 'USD')).toEqual([]);
  });

  it('finds none when the last campaign had no learning on that dimension', () => {
    const even = previous(row('Instagram', 300, 1000), row('Instagram', 300, 1000), row('TikTok', 300, 1000), row('TikTok', 300, 1000));
    expect(findReversals([favour('TikTok')], groups('TikTok', 'Instagram'), even, 'USD')).toEqual([]);
    // Nor from one creator per group: too few to have been a learning.
    const lone = previous(row('Instagram', 100, 1000), row('TikTok', 600, 1000));
    expect(findReversals([favour('TikTok')], groups('TikTok', 'Instagram'), lone, 'USD')).toEqual([]);
    // A learning on another dimension (tier) says nothing about platforms.
    const tiers = previous(row('Instagram', 100, 1000, { tier: 'Micro' }), row('Instagram', 100, 1000, { tier: 'Micro' }), row('Instagram', 600, 1000, { tier: 'Macro' }), row('Instagram', 600, 1000, { tier: 'Macro' }));
    expect(findReversals([favour('TikTok')], groups('TikTok', 'Instagram'), tiers, 'USD')).toEqual([]);
  });

  it('finds none without history', () => {
    expect(findReversals([favour('TikTok')], groups('TikTok'), null, 'USD')).toEqual([]);
    expect(findReversals([favour('TikTok')], groups('TikTok'), undefined, 'USD')).toEqual([]);
    expect(findReversals([favour('TikTok')], groups('TikTok'), previous(), 'USD')).toEqual([]);
  });

  it('finds none when the group favoured last time has no figure this time: nothing here says otherwise', () => {
    expect(findReversals([favour('TikTok')], groups('TikTok'), INSTAGRAM_CHEAP, 'USD')).toEqual([]);
  });

  it('leaves the team’s own sentences and recommendations without a figure alone', () => {
    const team: Finding = { text: 'Shift budget toward TikTok.', source: 'team' };
    const brief: Finding = { text: 'Give every creator a detailed brief.', source: 'analysis', lean: { dimension: 'brief', value: 'Detailed', toward: true } };
    expect(findReversals([team, brief], groups('TikTok', 'Instagram'), INSTAGRAM_CHEAP, 'USD')).toEqual([]);
  });

  it('catches a campaign’s drafted “favor the Long-form video format” after one where short video was cheaper', () => {
    const parsed = parseCampaignFile(syntheticCampaign(12));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const analysis = analyzeWorkbook(workbookFromCampaignFile(parsed.file).workbook, { today: '2026-11-24' });
    const format = (value: string, cost: number) => row('Instagram', cost, 1000, { format: value });
    const shortCheap = previous(format('Short video', 100), format('Short video', 100), format('Long-form video', 600), format('Long-form video', 600));
    const [reversal, ...rest] = findReversals(analysis.recommendations, analysis.groups, shortCheap, analysis.currency);
    expect(rest).toEqual([]);
    expect(reversal?.recommendation).toMatch(/^Favor the Long-form video format/);
    expect(reversal?.now).toMatchObject({ value: 'Long-form video', toward: true, figure: { metric: 'ER' } });
    expect(reversal?.detail).toMatch(/^Spring Glow favoured the Short video format \(CPE \$0\.10 vs \$0\.35 average\); this one favours the Long-form video format \(ER \d+\.\d% vs \d+\.\d% for the bottom pieces\)\.$/);
  });
});
