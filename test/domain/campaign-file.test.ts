// The campaign file: structural errors name their path; typed values ("42K", "3.5%") flow through to rows
// and records; unreadable values become checks naming the field path instead of errors.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { campaignFileToRows, fileCellOf, formatPath, parseCampaignFile, workbookFromCampaignFile, type CampaignFile } from '../../src/domain/campaign-file.ts';

const minimal = { client: 'Lumen Skin', campaign: 'Launch' };

function parsed(json: unknown): CampaignFile {
  const result = parseCampaignFile(json);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.file;
}

function errors(json: unknown): string[] {
  const result = parseCampaignFile(json);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.errors;
}

describe('parseCampaignFile: structure', () => {
  it('accepts a minimal file and leaves most fields out', () => {
    const file = parsed({ ...minimal, creators: [{ handle: '@a' }], content: [{ id: 'IG-1' }], issues: [{}], wins: [{}] });
    expect(file.creators).toEqual([{ handle: '@a' }]);
  });

  it('names the path of an object or list where a number belongs', () => {
    const json = { ...minimal, creators: [{ handle: '@a' }, { handle: '@b' }, { handle: '@c' }, { handle: '@d', followers: { count: 5 } }, { handle: '@e', cost: [1] }] };
    expect(errors(json)).toEqual([
      'creators[3].followers: expected a number or text, got an object',
      'creators[4].cost: expected a number or text, got a list',
    ]);
  });

  it('rejects a yes/no where a number belongs, and a number where a date belongs', () => {
    expect(errors({ ...minimal, budget: true, wrapDate: 20261118 })).toEqual([
      'wrapDate: expected a date as text, like "2026-11-18", got a number',
      'budget: expected a number or text, got true (yes/no)',
    ]);
  });

  it('requires the fields that identify things', () => {
    expect(errors({ campaign: 'X', kpis: [{ target: 5 }], creators: [{ followers: 5 }], content: [{}] })).toEqual([
      'client: is required',
      'kpis[0].name: is required',
      'creators[0].handle: is required',
      'content[0].id: is required',
    ]);
  });

  it('reports misspelt fields with a suggestion', () => {
    expect(errors({ ...minimal, creators: [{ handle: '@a', folowers: 5 }], kpi: [] })).toEqual([
      'creators[0].folowers: unknown field (did you mean "followers"?)',
      'kpi: unknown field (did you mean "kpis"?)',
    ]);
  });

  it('rejects wrong containers and non-objects', () => {
    expect(errors({ ...minimal, creators: { handle: '@a' }, team: 'Morgan' })).toEqual([
      'team: expected an object, got text',
      'creators: expected a list, got an object',
    ]);
    expect(errors([1, 2])).toEqual(['(the file): expected an object, got a list']);
    expect(errors({ ...minimal, learnings: ['ok', 3] })).toEqual(['learnings[1]: expected text, got a number']);
  });

  it('does not treat unreadable text as a structural error', () => {
    expect(parseCampaignFile({ ...minimal, creators: [{ handle: '@a', followers: 'lots', platform: 'Myspace' }] }).ok).toBe(true);
  });

  it('formats paths', () => {
    expect(formatPath(['a', 'b', 2, 'c'])).toBe('a.b[2].c');
    expect(formatPath([0, 'x'])).toBe('[0].x');
    expect(formatPath([])).toBe('(the file)');
  });
});

const typed = {
  ...minimal,
  startDate: '20 Oct 2026',
  wrapDate: '11/18/2026',
  budget: '$55,000',
  team: { campaignManager: 'Morgan Lee' },
  tiers: { micro: '5K' },
  kpis: [
    { name: 'Engagement rate', target: '3.5%', actual: 0.031, confidence: 'estimate' },
    { name: 'CPE', target: '$0.50', actual: '0.46', confidence: 'client-mandated' },
    { name: 'Reach', target: '4M', actual: 'lots', confidence: 'guess' },
  ],
  creators: [
    { handle: '@a', platform: 'instagram', followers: '42K', format: 'long form video', brief: 'detailed', cost: '$1,200', engagements: '1,200', organicEngagementRate: '3.5%', firstDraftOnTime: 'yes', rating: 4 },
    { handle: '@b', platform: 'Myspace', followers: 'lots', cost: 300, organicEngagementRate: 4.1, rating: 9 },
    { handle: 7, organicEngagementRate: '0.035' },
  ],
  content: [{ id: 1, creator: '@a', impressions: '1.2M', integration: 'natural', voice: 'RIGID', brandMentionSecond: '3' }],
  issues: [{ area: 'tracking setup', rootCause: 'process', severity: 'critical', action: 'Add UTM links', due: '2026-12-01', status: 'open' }],
  wins: [{ area: 'platform tactic', description: 'Pinned comment' }],
  learnings: ['Legal needs its own line.'],
};

describe('campaignFileToRows', () => {
  const rows = campaignFileToRows(parsed(typed));

  it('turns readable values into numbers, ISO dates and the tab’s spelling', () => {
    expect(rows.campaign).toEqual({
      client: 'Lumen Skin', campaign: 'Launch', startDate: '2026-10-20', wrapDate: '2026-11-18', budget: 55_000, campaignManager: 'Morgan Lee', tierMicro: 5_000,
    });
    expect(rows.creators[0]).toMatchObject({
      handle: '@a', platform: 'Instagram', followers: 42_000, format: 'Long-form video', brief: 'Detailed', cost: 1200, engagements: 1200,
      firstDraftOnTime: true, rating: 4, impressions: null, notes: null,
    });
    expect(rows.creators[0].organicEngagementRate).toBeCloseTo(0.035, 12);
    expect(rows.creators[1].organicEngagementRate).toBeCloseTo(0.041, 12); // 4.1 read as 4.1%
    expect(rows.creators[2]).toMatchObject({ handle: '7', organicEngagementRate: 0.035 });
    expect(rows.content[0]).toMatchObject({ id: '1', impressions: 1_200_000, integration: 'Natural', voice: 'Rigid', brandMentionSecond: 3 });
    expect(rows.issues[0]).toEqual({ area: 'Tracking setup', description: null, rootCause: 'Process', severity: 'Critical', action: 'Add UTM links', owner: null, due: '2026-12-01', status: 'Open', carriedFrom: null, linkedKpi: null });
    expect(rows.wins[0]).toMatchObject({ area: 'Platform tactic', description: 'Pinned comment' });
  });

  it('maps file confidence names to the tab labels and infers lower-is-better for cost KPIs', () => {
    expect(rows.kpis.map((k) => [k.name, k.confidence, k.lowerIsBetter])).toEqual([
      ['Engagement rate', 'Rough estimate', false], ['CPE', 'Client-mandated', true], ['Reach', 'guess', false],
    ]);
    expect(rows.kpis[0].target).toBeCloseTo(0.035, 12);
    expect(rows.kpis[1]).toMatchObject({ target: 0.5, actual: 0.46 });
  });

  it('keeps unreadable values exactly as typed, so the sheet shows them', () => {
    expect(rows.creators[1]).toMatchObject({ platform: 'Myspace', followers: 'lots', rating: 9 });
    expect(rows.kpis[2]).toMatchObject({ target: 4_000_000, actual: 'lots' });
  });

  it('writes only input columns (never over a formula) and passes the team’s lists through', () => {
    expect(Object.keys(rows.creators[0])).not.toContain('cpe');
    expect(Object.keys(rows.content[0])).not.toContain('rank');
    expect(Object.keys(rows.kpis[0])).not.toContain('variance');
    expect(Object.keys(rows.campaign)).not.toContain('postMortemDue');
    expect(rows.learnings).toEqual(['Legal needs its own line.']);
    expect(rows.recommendations).toEqual([]);
  });
});

describe('workbookFromCampaignFile', () => {
  const { workbook, checks, learnings } = workbookFromCampaignFile(parsed(typed));

  it('builds typed records with file indexes as rows', () => {
    expect(workbook.campaign).toMatchObject({ client: 'Lumen Skin', wrapDate: '2026-11-18', currency: 'USD', budget: 55_000, tiers: { micro: 5_000, midTier: 50_000, macro: 500_000, mega: 1_000_000 } });
    expect(workbook.campaign.team).toEqual({ campaignManager: 'Morgan Lee', accountLead: '', creatorRelations: '', strategist: '', facilitator: '', noteTaker: '' });
    expect(workbook.creators[0]).toMatchObject({ row: 0, handle: '@a', followers: 42_000, cost: 1200, platform: 'Instagram', notes: '', reach: null });
    expect(workbook.creators[1]).toMatchObject({ row: 1, platform: null, followers: null, cost: 300, rating: null });
    expect(workbook.kpis.map((k) => k.confidence)).toEqual(['Rough estimate', 'Client-mandated', null]);
    expect(workbook.kpis[1].lowerIsBetter).toBe(true);
    expect(workbook.issues[0]).toMatchObject({ row: 0, area: 'Tracking setup', owner: '', due: '2026-12-01' });
    expect(learnings).toEqual(['Legal needs its own line.']);
  });

  it('names each unreadable value by its field path', () => {
    expect(checks.map((c) => [c.cell, c.kind, c.severity])).toEqual([
      ['kpis[2].actual', 'unreadable-value', 'error'],
      ['kpis[2].confidence', 'unreadable-value', 'error'],
      ['creators[1].platform', 'unreadable-value', 'error'],
      ['creators[1].followers', 'unreadable-value', 'error'],
      ['creators[1].organicEngagementRate', 'assumed-percent', 'info'],
      ['creators[1].rating', 'unreadable-value', 'error'],
    ]);
    expect(checks[3].message).toBe('Followers (@b): "lots" is not a number. Fix it in the file; until then it is left out of the analysis.');
    expect(checks[4].message).toBe('Organic ER (@b): read 4.1 as 4.1%. Write it as "4.1%" or as a fraction to be sure.');
  });

  it('names campaign fields by their place in the file', () => {
    const bad = workbookFromCampaignFile(parsed({ ...minimal, wrapDate: 'soon', team: { facilitator: 'Sasha' }, tiers: { mega: 'big' } }));
    expect(bad.checks.map((c) => c.cell)).toEqual(['wrapDate', 'tiers.mega']);
    expect(bad.workbook.campaign.tiers.mega).toBe(1_000_000);
    expect(fileCellOf('Campaign', 0, 'facilitator')).toBe('team.facilitator');
    expect(fileCellOf('Campaign', 0, 'postMortemDue')).toBe('wrapDate');
    expect(fileCellOf('Content', 4, 'hook')).toBe('content[4].hook');
  });
});

describe('the sample campaign', () => {
  const file = parsed(JSON.parse(readFileSync(new URL('../../examples/sample-campaign.json', import.meta.url), 'utf8')));
  const { workbook, checks } = workbookFromCampaignFile(file);

  it('is realistic in shape: 12 creators on 3 platforms, 14 pieces, the 7 standard KPIs', () => {
    expect(workbook.creators).toHaveLength(12);
    expect(new Set(workbook.creators.map((c) => c.platform))).toEqual(new Set(['Instagram', 'TikTok', 'YouTube']));
    expect(workbook.content).toHaveLength(14);
    expect(workbook.kpis.map((k) => k.name)).toEqual(['Reach', 'Impressions', 'Engagement rate', 'Link clicks', 'Conversions', 'CPE', 'CPM']);
    expect(workbook.kpis.filter((k) => k.lowerIsBetter).map((k) => k.name)).toEqual(['CPE', 'CPM']);
    expect(workbook.wins).toHaveLength(3);
    expect(workbook.campaign.wrapDate).toBe('2026-11-18');
  });

  it('reads its typed forms, leaving just the TBC conversions and the bare 9.1 rate to flag', () => {
    expect(workbook.creators[0]).toMatchObject({ followers: 8_200, cost: 350, impressions: 14_000 });
    expect(workbook.creators[0].organicEngagementRate).toBeCloseTo(0.095, 12);
    expect(workbook.kpis[0]).toMatchObject({ target: 4_000_000, actual: 3_580_000 });
    expect(checks.map((c) => `${c.cell} ${c.kind}`)).toEqual(['creators[5].conversions unreadable-value', 'creators[6].organicEngagementRate assumed-percent']);
  });
});
