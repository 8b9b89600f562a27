// A few seeded campaigns full of hostile Unicode (controls, private-use, emoji, ZWJ, RTL, combining marks, lone
// surrogates) end to end through the bundle: every document is made and the learnings appended, nothing refused,
// and the team's text lands as Google keeps it. The many random cases run against the planners directly
// (test/domain/reports/unicode.test.ts); these check the whole path, sheet to Doc.
import { describe, expect, it } from 'vitest';
import { oneLine } from '../../src/domain/reports/learnings-doc.ts';
import { storedLine } from '../../src/domain/reports/stored-text.ts';
import { reportsWorld, sampleCampaign } from './reports-support.ts';

const HOSTILE = [
  'Ac\u0000me\uf8ff \u{1f469}\u200d\u{1f469}\u200d\u{1f467} \u05e9\u05dc\u05d5\u05dd e\u0301 \ud800 $1 \\ {{client}}',
  '\ue000Nano\u000c tier \u{1f3f3}\ufe0f\u200d\u{1f308} \u0645\u0631\u062d\u0628\u0627 \udc00 .* \u2028 a\u0308\u0323',
  '\t\u000bLegal\u001f review \u{1f44d}\u{1f3fd} \u202e \u{1f1ef}\u{1f1f5} {{kpi_table}} $& \r\n next',
];

describe('hostile Unicode end to end', () => {
  HOSTILE.forEach((text, n) => {
    it(`makes every document and appends the learnings (case ${n + 1})`, () => {
      const campaign = sampleCampaign();
      campaign.campaign = `Launch ${text}`;
      campaign.content = campaign.content.map((c: Record<string, unknown>) => ({ ...c, hook: text }));
      campaign.issues = campaign.issues.map((i: Record<string, unknown>) => ({ ...i, description: text, action: `Fix ${text}` }));
      const world = reportsWorld(campaign);
      const report = world.generate('generateClientReport', {});
      const brief = world.generate('generateInternalBrief');
      world.generate('exportSlides');
      const kept = [`One ${text}`, `Two ${text}`, `Three ${text}`];
      const appended = world.append(kept);
      expect(appended.status).toBe('added');
      const learnings = world.markdown(appended.learningsDoc.id);
      for (const k of kept) expect(learnings).toContain(oneLine(k));
      // Each piece's link sits after its hook in one paragraph: it must still cover exactly "View the post".
      const md = world.markdown(report.file.id);
      expect(md).toContain('[View the post](https://www.instagram.com/reel/lumen-ig-01)');
      expect(md).toContain('**1. IG-01**');
      expect(world.markdown(brief.file.id)).toContain(storedLine(`Fix ${text}`).trim().split(' ')[0]!);
    });
  });
});
