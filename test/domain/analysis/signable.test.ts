// Recommendations a strategist would sign: none on too few creators or too little spend, no two pointing
// opposite ways, and every one held back named to the team with its numbers.
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../src/domain/analysis/draft-input.ts';
import { MIN_CREATORS, opposes, signableDrafts } from '../../../src/domain/analysis/signable.ts';

const draft = (over: Partial<Draft>): Draft => ({ category: 'cost', score: 0.5, learning: 'A learning.', recommendations: ['Do the thing.'], ...over });

describe('opposes', () => {
  it('is for and against one value, or toward two values of one dimension', () => {
    expect(opposes({ dimension: 'platform', value: 'Instagram', toward: true }, { dimension: 'platform', value: 'TikTok', toward: true })).toBe(true);
    expect(opposes({ dimension: 'tier', value: 'Micro', toward: true }, { dimension: 'tier', value: 'Micro', toward: false })).toBe(true);
    expect(opposes({ dimension: 'tier', value: 'Micro', toward: true }, { dimension: 'tier', value: 'Macro', toward: false })).toBe(false);
    expect(opposes({ dimension: 'tier', value: 'Nano', toward: false }, { dimension: 'tier', value: 'Macro', toward: false })).toBe(false);
    expect(opposes({ dimension: 'platform', value: 'Instagram', toward: true }, { dimension: 'format', value: 'Reel', toward: true })).toBe(false);
  });
});

describe('signableDrafts', () => {
  it('keeps the stronger of two recommendations that point opposite ways and names the other to the team', () => {
    const favour = draft({ category: 'content', score: 0.8, recommendations: ['Favor Instagram: all top 3 were on Instagram.'], lean: { dimension: 'platform', value: 'Instagram', toward: true }, basis: { creators: 4 } });
    const shift = draft({ score: 0.6, recommendations: ['Shift budget toward TikTok creators.'], lean: { dimension: 'platform', value: 'TikTok', toward: true }, basis: { creators: 5, cost: 5000 } });
    const { drafts, checks } = signableDrafts([favour, shift], 10_000);
    expect(drafts.flatMap((d) => d.recommendations)).toEqual(['Favor Instagram: all top 3 were on Instagram.']);
    expect(drafts.map((d) => d.learning)).toEqual(['A learning.', 'A learning.']); // the learning stays
    expect(checks).toHaveLength(1);
    expect(checks[0]!.message).toContain('Shift budget toward TikTok');
    expect(checks[0]!.message).toContain('opposite way');
  });

  it(`holds back a recommendation on fewer than ${MIN_CREATORS} creators or under 10% of the spend, saying the numbers`, () => {
    const few = draft({ recommendations: ['Shift budget toward nano-tier creators.'], basis: { creators: 2, cost: 600 } });
    const cheap = draft({ recommendations: ['Shift budget toward YouTube creators.'], basis: { creators: 3, cost: 600 } });
    const solid = draft({ recommendations: ['Shift budget toward micro-tier creators.'], basis: { creators: 6, cost: 4000 } });
    const whole = draft({ category: 'kpis', recommendations: ['Review the targets.'] }); // rests on the whole campaign
    const { drafts, checks } = signableDrafts([few, cheap, solid, whole], 12_000);
    expect(drafts.flatMap((d) => d.recommendations)).toEqual(['Shift budget toward micro-tier creators.', 'Review the targets.']);
    expect(checks.map((c) => c.message)).toEqual([
      expect.stringContaining('rests on 2 creators (at least 3 needed)'),
      expect.stringContaining('rests on 5% of the spend (at least 10% needed)'),
    ]);
    expect(checks.every((c) => c.kind === 'held-recommendation' && c.severity === 'info')).toBe(true);
  });

  it('does not let a held-back recommendation block a weaker one', () => {
    const thin = draft({ score: 0.9, recommendations: ['Favor TikTok.'], lean: { dimension: 'platform', value: 'TikTok', toward: true }, basis: { creators: 1 } });
    const fine = draft({ score: 0.4, recommendations: ['Favor Instagram.'], lean: { dimension: 'platform', value: 'Instagram', toward: true }, basis: { creators: 5 } });
    expect(signableDrafts([thin, fine], 0).drafts.flatMap((d) => d.recommendations)).toEqual(['Favor Instagram.']);
  });
});
