// Client-safe documents: no team-only phrase or team-only field's value in any client artefact, nor in the creator
// feedback notes (the sample and made-up campaigns of 3, 12 and 60 creators), one set of numbers in summary and
// table, KPIs without a target or an actual left out of client documents and named in the checks, and a byline
// that never reads "· ·".
import { describe, expect, it } from 'vitest';
import { analyzeWorkbook } from '../../../src/domain/analysis/index.ts';
import { findReversals } from '../../../src/domain/analysis/reversals.ts';
import { parseCampaignFile, workbookFromCampaignFile } from '../../../src/domain/campaign-file.ts';
import type { Workbook } from '../../../src/domain/records.ts';
import { buildClientReport } from '../../../src/domain/reports/client-report.ts';
import { teamOnlyLeaks, teamOnlyPhrase, teamOnlyValues } from '../../../src/domain/reports/client-wording.ts';
import { buildDeck, DECK_SLIDES } from '../../../src/domain/reports/deck.ts';
import { DOC_TEMPLATES } from '../../../src/domain/reports/doc-templates.ts';
import { buildInternalBrief } from '../../../src/domain/reports/internal-brief.ts';
import { syntheticCampaign } from '../../../src/local/synthetic-campaign.ts';
import { allText, creatorFeedbackDoc, sample, TODAY } from './support.ts';

function campaign(creators: number): { workbook: Workbook; teamLearnings: string[] } {
  const parsed = parseCampaignFile(syntheticCampaign(creators));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const { workbook, learnings } = workbookFromCampaignFile(parsed.file);
  return { workbook, teamLearnings: learnings };
}

const CAMPAIGNS: [string, () => { workbook: Workbook; teamLearnings: string[] }][] = [
  ['the sample', sample], ['3 creators', () => campaign(3)], ['12 creators', () => campaign(12)], ['60 creators', () => campaign(60)],
];

/** What the built-in templates themselves say around the placeholders. */
const TEMPLATE_TEXT = {
  clientReport: DOC_TEMPLATES.clientReport.lines.map((l) => l.text),
  deck: DECK_SLIDES.flatMap((s) => Object.values(s.texts)),
  creatorFeedback: DOC_TEMPLATES.creatorFeedback.lines.map((l) => l.text),
};

describe('client artefacts carry no team-only phrase or field', () => {
  for (const [name, make] of CAMPAIGNS) {
    it(`for ${name}`, () => {
      const { workbook, teamLearnings } = make();
      const options = { today: TODAY, teamLearnings, includeCosts: false };
      const report = buildClientReport(workbook, options);
      const deck = buildDeck(workbook, options);
      expect(teamOnlyLeaks([allText(report), ...TEMPLATE_TEXT.clientReport], workbook)).toEqual([]);
      expect(teamOnlyLeaks([allText(deck), ...TEMPLATE_TEXT.deck], workbook)).toEqual([]);
      expect(teamOnlyLeaks([allText(buildClientReport(workbook, { ...options, includeCosts: true }))], workbook)).toEqual([]);
      // The creator feedback notes, every creator chosen: no team-only field either.
      const everyone = { ...workbook, creators: workbook.creators.map((c) => ({ ...c, feedbackNote: 'Send' as const })) };
      expect(teamOnlyLeaks([allText(creatorFeedbackDoc(everyone)), ...TEMPLATE_TEXT.creatorFeedback], workbook)).toEqual([]);
    });
  }

  it('can fail: the internal brief of the sample is full of them', () => {
    const { workbook, analysis, teamLearnings } = sample();
    const brief = buildInternalBrief(workbook, analysis, { today: TODAY, teamLearnings, fullDetail: true });
    const leaks = teamOnlyLeaks([allText(brief)], workbook).join('\n');
    expect(leaks).toMatch(/target confidence/);
    expect(leaks).toMatch(/Jordan Blake/); // an owner
    expect(leaks).toMatch(/Conversions still with the client's analytics team/); // a creator's note
  });

  it('knows the team-only fields from the tab specs: owners, notes, what happened; not handles or hooks', () => {
    const values = teamOnlyValues(sample().workbook);
    expect(values).toContain('Jordan Blake');
    expect(values).toContain('Morgan Lee'); // the campaign manager (a team field of the Campaign tab)
    expect(values.some((v) => v.startsWith('Client legal took 9 days'))).toBe(true);
    expect(values).not.toContain('@dewy.dana');
    expect(values).not.toContain('POV: my 6am skin reset');
  });

  it('keeps a team sentence with team words out of the client report, in the brief, and names it in the checks', () => {
    const { workbook, analysis, teamLearnings } = sample();
    expect(teamOnlyPhrase(teamLearnings[0] ?? '')?.phrase).toBe('the client\u2019s'.replace('\u2019', "'"));
    const report = allText(buildClientReport(workbook, { today: TODAY, teamLearnings, includeCosts: false }));
    const brief = allText(buildInternalBrief(workbook, analysis, { today: TODAY, teamLearnings }));
    expect(report).not.toContain('named approver');
    expect(brief).toContain('named approver');
    expect(analysis.checks.find((c) => c.kind === 'team-wording')?.message).toMatch(/not in the client report or deck/);
  });
});

describe('a recommendation reversing the last campaign’s learning', () => {
  it('is flagged in the internal brief and kept out of the client report and deck', () => {
    const { workbook } = campaign(12);
    const analysis = analyzeWorkbook(workbook, { today: TODAY });
    // Last time the short video format was cheap and long-form dear; this campaign favours long-form.
    const row = (format: string, cost: number) => ({ tier: null, platform: 'Instagram', format, brief: null, cost, engagements: 1000, erLift: null });
    const previousCampaign = { campaign: { campaign: 'Spring push', wrapDate: '2026-04-15' }, kpis: [], creators: [row('Short video', 100), row('Short video', 100), row('Long-form video', 600), row('Long-form video', 600)] };
    const reversals = findReversals(analysis.recommendations, analysis.groups, previousCampaign, analysis.currency);
    expect(reversals).toHaveLength(1);
    const options = { today: TODAY, includeCosts: false, previousCampaign, reversals };
    expect(teamOnlyLeaks([allText(buildClientReport(workbook, options))], workbook)).toEqual([]);
    expect(teamOnlyLeaks([allText(buildDeck(workbook, options))], workbook)).toEqual([]);
    const brief = allText(buildInternalBrief(workbook, analysis, options));
    expect(brief).toContain(`Reverses last campaign: ${reversals[0]!.detail}`);
    expect(teamOnlyPhrase(reversals[0]!.sentence)).toMatchObject({ phrase: 'Reverses last campaign', what: expect.stringContaining('reversing the last campaign') });
  });
});

describe('one set of numbers', () => {
  it('the summary says the KPI actuals the table shows, and the team is told where the creators add up differently', () => {
    const { workbook, analysis, teamLearnings } = sample();
    const report = buildClientReport(workbook, { today: TODAY, teamLearnings, includeCosts: false });
    const table = report.blocks.kpi_table?.[0];
    const actual = (kpi: string) => (table?.kind === 'table' ? table.rows.find((r) => r[0] === kpi)?.[2] : undefined);
    expect(actual('Conversions')).toBe('437');
    expect(report.text.summary).toContain(`${actual('Conversions')} conversions`);
    expect(report.text.summary).toContain(`${actual('Impressions')} impressions`);
    expect(report.text.summary).toContain(`${actual('Link clicks')} clicks`);
    const check = analysis.checks.find((c) => c.kind === 'figures-disagree');
    expect(check?.message).toMatch(/"Conversions" has an actual of 437, but the Creators tab adds up to 433/);
  });

  it('without such a KPI, the summary says the Creators tab total', () => {
    const { workbook, teamLearnings } = sample();
    workbook.kpis = workbook.kpis.filter((k) => k.name !== 'Conversions');
    const report = buildClientReport(workbook, { today: TODAY, teamLearnings, includeCosts: false });
    expect(report.text.summary).toContain('433 conversions');
  });
});

describe('KPIs without a target or an actual', () => {
  it('are left out of the client report and deck, kept in the brief, and named in the checks', () => {
    const { workbook, teamLearnings } = sample();
    workbook.kpis.push({ row: 9, name: 'Followers gained', unit: 'Count', target: null, actual: 1200, lowerIsBetter: false, confidence: null, notes: '' });
    workbook.kpis.push({ row: 10, name: 'Saves', unit: 'Count', target: 5000, actual: null, lowerIsBetter: false, confidence: null, notes: '' });
    const analysis = analyzeWorkbook(workbook, { today: TODAY, teamLearnings });
    const options = { today: TODAY, teamLearnings, includeCosts: false };
    for (const content of [buildClientReport(workbook, options), buildDeck(workbook, options)]) {
      const text = allText(content);
      expect(text).not.toContain('Followers gained');
      expect(text).not.toContain('No data');
    }
    expect(allText(buildInternalBrief(workbook, analysis, options))).toContain('Followers gained');
    const messages = analysis.checks.map((c) => c.message).join('\n');
    expect(messages).toMatch(/"Followers gained" has no target, so it can't be marked met or missed and is left out of the client report and deck/);
    expect(messages).toMatch(/"Saves" has no actual, so it is left out of the client report and deck/);
  });
});

describe('the byline under each title', () => {
  it('leaves out what is not set, never "· ·"', () => {
    const { workbook, teamLearnings } = sample();
    workbook.campaign.startDate = null;
    workbook.campaign.wrapDate = null;
    const report = buildClientReport(workbook, { today: TODAY, teamLearnings, includeCosts: false });
    expect(report.text.byline).toBe('Campaign results for Lumen Skin');
    expect(allText(report)).not.toMatch(/·\s*·/);
  });
});
