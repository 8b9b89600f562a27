// The tab specs are the source: records, the campaign file's fields, CSV headers and who may see what all come
// from them, so a column added to a spec reaches every one of those without another list to keep.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Format, Platform, TargetConfidence } from '../../../src/domain/choices.ts';
import { campaignFileToRows, CampaignFileSchema, parseCampaignFile, workbookFromCampaignFile } from '../../../src/domain/campaign-file.ts';
import type { CampaignInfo, ContentRecord, CreatorRecord, IssueRecord, KpiRecord, Workbook } from '../../../src/domain/records.ts';
import { audienceWorkbook, creatorWorkbook } from '../../../src/domain/reports/client-safe.ts';
import { CAMPAIGN_FIELDS, TEAM_KEYS } from '../../../src/domain/tabs/campaign-tab.ts';
import { columnForHeader, mapHeaders } from '../../../src/domain/tabs/headers.ts';
import { CONTENT_TAB, CREATORS_TAB, TABLE_KEYS, TABLE_SPECS } from '../../../src/domain/tabs/index.ts';
import { readTable, readWorkbook } from '../../../src/domain/tabs/read.ts';
import { fixtureWorkbook } from '../fixture.ts';

const inputKeys = (spec: (typeof TABLE_SPECS)[number]) => spec.columns.filter((c) => !c.formula).map((c) => c.key);

describe('record types derived from the specs', () => {
  it('types each input column by its spec: choices as their words, checkboxes as yes/no, blanks as null', () => {
    expectTypeOf<CreatorRecord['platform']>().toEqualTypeOf<Platform | null>();
    expectTypeOf<CreatorRecord['format']>().toEqualTypeOf<Format | null>();
    expectTypeOf<CreatorRecord['followers']>().toEqualTypeOf<number | null>();
    expectTypeOf<CreatorRecord['handle']>().toEqualTypeOf<string>();
    expectTypeOf<CreatorRecord['firstDraftOnTime']>().toEqualTypeOf<boolean | null>();
    expectTypeOf<KpiRecord['lowerIsBetter']>().toEqualTypeOf<boolean>(); // whenBlank: false
    expectTypeOf<KpiRecord['confidence']>().toEqualTypeOf<TargetConfidence | null>();
    expectTypeOf<IssueRecord['due']>().toEqualTypeOf<string | null>();
    expectTypeOf<CampaignInfo['team']['facilitator']>().toEqualTypeOf<string>();
    expectTypeOf<CampaignInfo['tiers']['micro']>().toEqualTypeOf<number>();
    expectTypeOf<CampaignInfo['budget']>().toEqualTypeOf<number | null>();
  });

  it('leaves formula columns out of records: the analysis works them out', () => {
    expectTypeOf<CreatorRecord>().not.toHaveProperty('cpe');
    expectTypeOf<ContentRecord>().not.toHaveProperty('rank');
    const { records } = readTable(CREATORS_TAB, { values: [CREATORS_TAB.columns.map((c) => c.header), CREATORS_TAB.columns.map(() => '')] }, 'Etc/UTC');
    expect(records).toEqual([]);
    const [header, row] = [CREATORS_TAB.columns.map((c) => c.header), CREATORS_TAB.columns.map((c) => (c.key === 'handle' ? '@a' : ''))];
    const [record] = readTable(CREATORS_TAB, { values: [header, row] }, 'Etc/UTC').records;
    expect(Object.keys(record ?? {}).sort()).toEqual(['row', ...inputKeys(CREATORS_TAB)].sort());
  });

  it('keys a Workbook by the table specs, in the tabs’ order', () => {
    expectTypeOf<keyof Workbook>().toEqualTypeOf<'campaign' | (typeof TABLE_KEYS)[number]>();
    expect(TABLE_KEYS).toEqual(['kpis', 'creators', 'content', 'issues', 'wins']);
    const read = readWorkbook({ campaign: [], kpis: { values: [] }, creators: { values: [] }, content: { values: [] }, issues: { values: [] }, wins: { values: [] } }, 'Etc/UTC');
    expect(Object.keys(read.workbook)).toEqual(['campaign', ...TABLE_KEYS]);
    expect(Object.keys(read.layouts)).toEqual(TABLE_KEYS);
  });
});

describe('the campaign file from the specs', () => {
  const shapeOf = (key: string) => {
    const list = (CampaignFileSchema._zod.def.shape as unknown as Record<string, { _zod: { def: { innerType: { _zod: { def: { element: { _zod: { def: { shape: object } } } } } } } } }>)[key];
    return Object.keys(list?._zod.def.innerType._zod.def.element._zod.def.shape ?? {});
  };

  it.each(TABLE_SPECS.map((s) => [s.key, s] as const))('takes exactly the %s tab’s input columns as a list’s fields', (key, spec) => {
    expect(shapeOf(key)).toEqual(inputKeys(spec));
  });

  it('takes the Campaign tab’s fields at the top, in `team` and in `tiers`', () => {
    const top = Object.keys(CampaignFileSchema._zod.def.shape);
    expect(top).toEqual(expect.arrayContaining(CAMPAIGN_FIELDS.filter((f) => !f.group && !f.formula).map((f) => f.key)));
    expect(top).not.toContain('postMortemDue');
    const file = parseCampaignFile({ client: 'C', campaign: 'K', team: Object.fromEntries(TEAM_KEYS.map((k) => [k, 'x'])), tiers: { micro: 1, midTier: 2, macro: 3, mega: 4 } });
    expect(file.ok).toBe(true);
  });

  it('requires each table’s identity column, and nothing else', () => {
    const result = parseCampaignFile({ client: 'C', campaign: 'K', kpis: [{}], creators: [{}], content: [{}], issues: [{}], wins: [{}] });
    expect(result.ok ? [] : result.errors).toEqual(['kpis[0].name: is required', 'creators[0].handle: is required', 'content[0].id: is required']);
  });

  it('writes and reads every input column of every table', () => {
    const row = (spec: (typeof TABLE_SPECS)[number], index: number) => Object.fromEntries(inputKeys(spec).map((k) => [k, k === spec.identity ? `id-${index}` : null]));
    const json = { client: 'C', campaign: 'K', ...Object.fromEntries(TABLE_SPECS.map((s) => [s.key, [row(s, 0)]])) };
    const parsed = parseCampaignFile(json);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const rows = campaignFileToRows(parsed.file);
    const { workbook } = workbookFromCampaignFile(parsed.file);
    for (const spec of TABLE_SPECS) {
      expect(Object.keys(rows[spec.key][0] ?? {}), spec.key).toEqual(inputKeys(spec));
      expect(Object.keys(workbook[spec.key][0] ?? {}).sort(), spec.key).toEqual(['row', ...inputKeys(spec)].sort());
    }
  });
});

describe('headers, keys and aliases from the specs', () => {
  it('knows a column by its key, its header or an alias, whatever the case and punctuation', () => {
    expect(columnForHeader(CONTENT_TAB, 'Piece ID')?.key).toBe('id');
    expect(columnForHeader(CONTENT_TAB, 'screenshot_url')?.key).toBe('screenshotUrl');
    expect(columnForHeader(CONTENT_TAB, 'Screenshot')?.key).toBe('screenshotUrl');
    expect(columnForHeader(CREATORS_TAB, 'ORGANIC ER')?.key).toBe('organicEngagementRate');
    expect(columnForHeader(CREATORS_TAB, 'Cost (USD)')?.key).toBe('cost');
  });

  it('never maps a header to a formula column, and lets the first header claim a column', () => {
    expect(columnForHeader(CREATORS_TAB, 'CPE')).toBeUndefined();
    expect(mapHeaders(CREATORS_TAB, ['Handle', 'handle', 'Mystery'])).toEqual(['handle', undefined, undefined]);
  });
});

describe('audience from the specs', () => {
  const workbook = fixtureWorkbook();

  it('blanks for the client every column (and Campaign field) that doesn’t reach it, and drops tabs that reach only the team', () => {
    const client = audienceWorkbook(workbook, 'client');
    for (const spec of TABLE_SPECS) {
      const hidden = spec.columns.filter((c) => !c.formula && !c.audience.includes('client'));
      for (const record of client[spec.key] as unknown as Record<string, unknown>[]) {
        for (const column of hidden) expect(record[column.key], `${spec.key}.${column.key}`).toBe(column.whenBlank ?? (column.type === 'text' || column.type === 'url' ? '' : null));
      }
    }
    expect(client.creators[0]).toMatchObject({ rating: null, revisions: null, firstDraftOnTime: null, notes: '', cost: 400, engagements: 1_000 });
    expect(client.issues).toEqual([]);
    expect(client.wins).toEqual([]);
    expect(client.kpis.every((k) => k.notes === '')).toBe(true);
    expect(Object.values(client.campaign.team).every((name) => name === '')).toBe(true);
    expect(client.campaign).toMatchObject({ client: 'Glow Labs', budget: 12_000 });
    expect(audienceWorkbook(workbook, 'team')).toBe(workbook);
    expect(workbook.creators[0]?.rating).toBe(5); // the team's own workbook is untouched
  });

  it('gives the creator audience (the creator feedback notes’ view) only the columns and fields that reach a creator', () => {
    const creator = audienceWorkbook(workbook, 'creator');
    for (const spec of TABLE_SPECS) {
      const reaching = spec.columns.filter((c) => c.audience.includes('creator'));
      if (reaching.length === 0) {
        expect(creator[spec.key], spec.key).toEqual([]); // KPIs, Issues, Wins: nothing of them reaches a creator
        continue;
      }
      const hidden = spec.columns.filter((c) => !c.formula && !c.audience.includes('creator'));
      for (const record of creator[spec.key] as unknown as Record<string, unknown>[]) {
        for (const column of hidden) expect(record[column.key], `${spec.key}.${column.key}`).toBe(column.whenBlank ?? (column.type === 'text' || column.type === 'url' ? '' : null));
      }
    }
    expect(creator.creators[0]).toMatchObject({ cost: null, revenue: null, rating: null, notes: '', engagements: 1_000 });
    expect(creator.creators).toHaveLength(workbook.creators.length); // every row: who is far from the campaign needs them all
    expect(Object.values(creator.campaign.team).every((name) => name === '')).toBe(true);
    expect(creator.campaign).toMatchObject({ client: 'Glow Labs', budget: null });
  });

  it('gives a creator their own row and pieces, with their draft record but not their rating or cost', () => {
    const view = creatorWorkbook(workbook, 'ana.glow');
    expect(view.creators.map((c) => c.handle)).toEqual(['@ana.glow']);
    expect(view.creators[0]).toMatchObject({ revisions: 1, firstDraftOnTime: true, rating: null, cost: null, notes: '' });
    expect(view.content.map((p) => p.id)).toEqual(['IG-01']);
    expect(view.kpis).toEqual([]);
    expect(view.campaign.budget).toBeNull();
  });
});
