// A made-up campaign of any size, for benchmarks and for tests that prove call counts don't grow with rows.

const PLATFORMS = ['Instagram', 'TikTok', 'YouTube'];
const FORMATS = ['Reel', 'Static', 'Story', 'Short video', 'Long-form video'];

export function syntheticCampaign(creatorCount: number): Record<string, unknown> {
  const creators = Array.from({ length: creatorCount }, (_, i) => {
    const followers = 2_000 + ((i * 7_919) % 900_000);
    return {
      handle: `@creator${i + 1}`,
      platform: PLATFORMS[i % PLATFORMS.length],
      followers,
      format: FORMATS[i % FORMATS.length],
      cost: 200 + (i % 17) * 150,
      impressions: followers * 2,
      reach: Math.round(followers * 1.4),
      engagements: Math.round(followers * (0.02 + (i % 5) * 0.01)),
      organicEngagementRate: 0.03,
      clicks: 50 + (i % 13) * 20,
      conversions: i % 9,
      brief: i % 3 === 0 ? 'vague' : 'detailed',
      firstDraftOnTime: i % 4 !== 0,
      revisions: i % 3,
      rating: 1 + (i % 5),
    };
  });
  const content = creators.map((c, i) => ({
    id: `P-${i + 1}`,
    creator: c.handle,
    platform: c.platform,
    format: c.format,
    url: `https://example.com/p/${i + 1}`,
    impressions: c.impressions,
    engagements: c.engagements,
    clicks: c.clicks,
    conversions: c.conversions,
    hook: i % 2 ? 'Question to camera' : 'Product close-up',
    brandMentionSecond: 3 + (i % 20),
    integration: i % 2 ? 'natural' : 'scripted',
    voice: i % 3 ? 'authentic' : 'rigid',
    comments: 'Asked about price',
  }));
  return {
    client: 'Synthetic Co',
    campaign: `Load test (${creatorCount} creators)`,
    startDate: '2026-10-01',
    wrapDate: '2026-11-18',
    currency: 'USD',
    budget: creators.reduce((sum, c) => sum + c.cost, 0),
    team: { campaignManager: 'Ana', accountLead: 'Ben', creatorRelations: 'Cy', strategist: 'Dee', facilitator: 'Eve', noteTaker: 'Fin' },
    kpis: [
      { name: 'Reach', target: 1_000_000, actual: 900_000, lowerIsBetter: false, confidence: 'historical' },
      { name: 'CPE', target: 0.5, actual: 0.42, lowerIsBetter: true, confidence: 'estimate' },
    ],
    creators,
    content,
    issues: [{ area: 'Tracking setup', linkedKpi: 'Reach', description: 'UTM links missing', rootCause: 'Process', severity: 'Significant', action: 'Add UTM check to launch list by 2026-12-01', owner: 'Ana', due: '2026-12-01' }],
    wins: [{ area: 'Content format', linkedKpi: 'CPE', description: 'Reels outperformed', evidence: 'ER 5.1% vs 3.2%', repeat: 'Lead with reels' }],
  };
}

/**
 * The same campaign `times` over: every creator and piece repeated with a suffix on its handle or id and the
 * budget multiplied, so every rate, median and share stays the same and every count and sum is multiplied.
 */
export function repeatedCampaign(base: Record<string, unknown>, times: number): Record<string, unknown> {
  const repeat = <T extends Record<string, unknown>>(rows: T[], rename: (row: T, copy: number) => Partial<T>) =>
    Array.from({ length: times }, (_, copy) => rows.map((row) => ({ ...row, ...rename(row, copy) }))).flat();
  const suffix = (text: unknown, copy: number) => (copy === 0 ? text : `${String(text)}-${copy + 1}`);
  return {
    ...base,
    campaign: `${String(base.campaign)} ×${times}`,
    budget: Number(base.budget) * times,
    creators: repeat(base.creators as Record<string, unknown>[], (c, copy) => ({ handle: suffix(c.handle, copy) })),
    content: repeat(base.content as Record<string, unknown>[], (p, copy) => ({ id: suffix(p.id, copy), creator: suffix(p.creator, copy), url: `${String(p.url)}?copy=${copy + 1}` })),
  };
}
