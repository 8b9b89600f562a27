// What issue 15 adds to the internal brief: causes within and beyond our control, the brief checklist's pattern,
// the completeness gate (what is unexplained, who generated anyway) and the drafted action for brief quality.
import { describe, expect, it } from 'vitest';
import { analyzeWorkbook } from '../../../src/domain/analysis/index.ts';
import type { Workbook } from '../../../src/domain/records.ts';
import { buildInternalBrief } from '../../../src/domain/reports/internal-brief.ts';
import { blocksToMarkdown } from '../../../src/domain/reports/model.ts';
import { sample, TODAY } from './support.ts';

const cellOf = (tab: string, row: number, key: string) => `${tab}!${key}${row}`;

function brief(workbook: Workbook, overrides = [] as Parameters<typeof buildInternalBrief>[2]['gateOverrides']) {
  const analysis = analyzeWorkbook(workbook, { today: TODAY, cellOf });
  const content = buildInternalBrief(workbook, analysis, { today: TODAY, gateOverrides: overrides });
  return Object.values(content.blocks).map((b) => blocksToMarkdown(b)).join('\n\n');
}

describe('the internal brief after a complete post-mortem', () => {
  it('separates causes within our control from those beyond it', () => {
    const { workbook } = sample();
    workbook.issues[3]!.rootCause = 'Platform or algorithm change';
    const text = brief(workbook);
    expect(text).toContain('- Within our control: 4 (Process 3, Client-side 1). Each needs an action that changes how we work.');
    expect(text).toContain('- Beyond our control: 1 (Platform or algorithm change 1). Adapt targets, timing or the platform mix; these are not failures of execution.');
    expect(text).toMatch(/\| Area \| What happened \| KPI \| Root cause \| Severity \|/);
  });

  it('states the brief checklist pattern with sample sizes, and what was missing most often', () => {
    const { workbook } = sample();
    workbook.creators.forEach((c, i) => Object.assign(c, {
      briefAudience: i % 2 === 0, briefGoal: true, briefProductContext: true, briefTone: i % 3 !== 0, briefTooPrescriptive: false,
    }));
    const text = brief(workbook);
    expect(text).toContain('### Brief checklist (12 creators)');
    expect(text).toMatch(/- Briefs that (stated the audience|set the tone): CPE \$\d+\.\d\d across 6 creators, against \$\d+\.\d\d across 6 without\.|- Briefs that set the tone: CPE/);
    expect(text).toContain('- Missing most often: audience (6 of 12), tone (4 of 12).');
  });

  it('lists KPIs still unexplained and every time a client-facing file was generated anyway', () => {
    const { workbook } = sample();
    for (const issue of workbook.issues) issue.linkedKpi = '';
    const text = brief(workbook, [{ artefact: 'Client report', by: 'Morgan Lee', at: '2026-11-24', kpis: [{ kpi: 'Reach', cell: 'KPIs!actual0', variance: -0.105 }] }]);
    expect(text).toContain('### Explanations for the client');
    expect(text).toContain('4 KPIs need an explanation before the client sees them.');
    expect(text).toContain('- KPIs!actual0: Reach missed its target by 10.5% (−10.5%), more than the 10% the team set, and nothing explains it yet.');
    expect(text).toContain('- Generated anyway: Client report generated on 2026-11-24 by Morgan Lee with 1 KPI unexplained: Reach (−10.5%, KPIs!actual0).');
    expect(brief(sample().workbook)).not.toContain('Explanations for the client'); // the sample explains every big miss
  });

  it('drafts the checklist action for a Brief quality issue without one, owner and deadline left to fill', () => {
    const { workbook } = sample();
    const issue = workbook.issues.find((i) => i.area === 'Brief quality')!;
    Object.assign(issue, { action: '', owner: '', due: null });
    const text = brief(workbook);
    expect(text).toMatch(/\| Add required audience, goal, product context and tone sections to the brief template; tick the brief checklist for every creator before briefs go out\. \(drafted by Debrief\) \| Owner needed \| Deadline needed \|/);
  });
});
