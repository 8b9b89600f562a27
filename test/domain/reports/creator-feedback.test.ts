// Creator feedback notes: in the creator's terms, against their own organic baseline, one metric and one brief
// element; and a leak test for every creator of the sample and of a 60-creator campaign: nothing internal, no
// costs, no other creator's data (a note doesn't change when every other creator's figures do); the add-on's Doc
// of them (through its registry audience and builder) too, section by section.
import { describe, expect, it } from 'vitest';
import { parseCampaignFile, workbookFromCampaignFile } from '../../../src/domain/campaign-file.ts';
import { escapeRegex } from '../../../src/domain/regex.ts';
import type { CreatorRecord, Workbook } from '../../../src/domain/records.ts';
import {
  buildCreatorFeedback, buildFeedbackNotes, creatorsForFeedback, creatorView, feedbackDocument, feedbackFileName, feedbackMarkdown,
  type FeedbackNote,
} from '../../../src/domain/reports/creator-feedback.ts';
import { blockTexts, type Block } from '../../../src/domain/reports/model.ts';
import { DOC_TEMPLATES } from '../../../src/domain/reports/doc-templates.ts';
import { syntheticCampaign } from '../../../src/local/synthetic-campaign.ts';
import { allText, creatorFeedbackDoc, sample } from './support.ts';

const cellOf = (tab: string, row: number, key: string) => `${tab}!${key}${row}`;
const full = { briefAudience: true, briefGoal: true, briefProductContext: true, briefTone: true, briefTooPrescriptive: false } as const;
const noteText = (note: FeedbackNote) => [note.title, note.fileName, ...note.blocks.flatMap(blockTexts)].join('\n');

function sampleCreators(): { workbook: Workbook; creators: CreatorRecord[] } {
  const { workbook } = sample();
  return { workbook, creators: workbook.creators.map((c) => ({ ...c })) };
}

describe('who gets a note', () => {
  it('by default, the creators far above or below the campaign’s median ER lift', () => {
    const { creators } = sampleCreators();
    expect(creatorsForFeedback(creators).map((c) => [c.handle, c.why])).toEqual([
      ['@dewy.dana', 'far-above'], ['@skinwithsol', 'far-above'], ['@glowbymara', 'far-above'], ['@nightcream.nora', 'far-below'],
    ]);
  });

  it('as the team marks them: "Send" adds a creator, "Skip" removes one', () => {
    const { creators } = sampleCreators();
    creators[3]!.feedbackNote = 'Send';
    creators[0]!.feedbackNote = 'Skip';
    expect(creatorsForFeedback(creators).map((c) => [c.handle, c.why])).toEqual([
      ['@skinwithsol', 'far-above'], ['@glowbymara', 'far-above'], ['@theacidedit', 'marked'], ['@nightcream.nora', 'far-below'],
    ]);
  });
});

describe('a feedback note', () => {
  const { workbook, creators } = sampleCreators();
  const campaign = workbook.campaign;
  const build = (c: CreatorRecord) => {
    const built = buildCreatorFeedback(creatorView(c, campaign), (key) => cellOf('Creators', c.row, key));
    if (!('note' in built)) throw new Error(built.check.message);
    return built.note;
  };

  it('says what worked in the creator’s terms: their ER against their own organic baseline, and one brief element', () => {
    const dana = { ...creators[0]!, ...full };
    const note = build(dana);
    expect(note.direction).toBe('worked');
    expect(note.fileName).toBe('creator-feedback-dewy.dana.md');
    expect(feedbackMarkdown(note)).toBe([
      '# Barrier Repair Serum launch: notes for @dewy.dana',
      '',
      'Hi @dewy.dana, thank you for your Instagram Reel for Lumen Skin’s Barrier Repair Serum launch. Here is a short note on how it went, measured against your own usual numbers.',
      '',
      '## What worked',
      '',
      'Your sponsored post’s engagement rate was 11.2% (920 engagements from 8,200 followers), above your usual 9.5% on organic posts.',
      '',
      'The brief gave the product context up front, and it showed. We’ll keep doing that.',
      '',
      'If anything in the brief or the process got in your way, reply and tell us: it goes straight into how we brief next time.',
      '',
    ].join('\n'));
  });

  it('says what we’d change on our side when the post fell below the creator’s usual', () => {
    const nora = creators.find((c) => c.handle === '@nightcream.nora')!;
    const text = noteText(build({ ...nora, ...full, briefAudience: false }));
    expect(text).toContain('What we’d change together');
    expect(text).toContain('1.8% (310 engagements from 17,000 followers), below your usual 3.9% on organic posts, about 47% of your usual.');
    expect(text).toContain('The brief didn’t state the audience. Next time we’ll put that up front');
    expect(noteText(build({ ...nora, ...full, briefTooPrescriptive: true }))).toContain('The brief scripted too much.');
    expect(noteText(build(nora))).toContain('The brief was light on detail.'); // the old Vague value
  });

  it('asks for the missing figure instead of writing a note without a baseline', () => {
    const built = buildCreatorFeedback(creatorView({ ...creators[0]!, organicEngagementRate: null }, campaign), (k) => cellOf('Creators', 2, k));
    expect(built).toEqual({ check: expect.objectContaining({ cell: 'Creators!organicEngagementRate2', kind: 'missing-field' }) });
  });

  it('makes a safe file name from any handle', () => {
    expect(feedbackFileName('@Glow/Mara ../x')).toBe('creator-feedback-glow-mara-..-x.md');
    expect(feedbackFileName('  ')).toBe('creator-feedback-creator.md');
  });

  it('puts every note in one document, a section per creator, each starting a new page', () => {
    const { notes } = buildFeedbackNotes(campaign, creators, cellOf);
    const doc = feedbackDocument(notes, campaign.campaign);
    const sectionHeadings = doc.filter((b) => b.kind === 'heading' && b.level === 2);
    expect(sectionHeadings.map((b) => (b.kind === 'heading' ? b.text : ''))).toEqual(notes.map((n) => n.title));
    expect(doc.filter((b) => b.kind === 'heading' && b.pageBreakBefore)).toEqual(sectionHeadings); // only the sections
  });
});

/** The Doc's creator sections: from each heading that starts a new page to the next. */
function docSections(blocks: readonly Block[]): Block[][] {
  const out: Block[][] = [];
  for (const block of blocks) {
    if (block.kind === 'heading' && block.pageBreakBefore) out.push([]);
    out[out.length - 1]?.push(block);
  }
  return out;
}

const SENTINEL = 'ZZSECRET';

/** Plants a sentinel or a telltale value in everything a note must never carry. */
function plant(workbook: Workbook): number[] {
  const costs = workbook.creators.map((_, i) => 7000 + i * 13 + 0.41);
  workbook.creators.forEach((c, i) => {
    c.cost = costs[i]!;
    c.rating = 1;
    c.revisions = 97;
    c.firstDraftOnTime = false;
    c.notes = `${SENTINEL}-notes-${i}`;
  });
  workbook.issues.forEach((issue, i) => Object.assign(issue, { description: `${SENTINEL}-issue-${i}`, action: `${SENTINEL}-action-${i}`, owner: `${SENTINEL}-owner` }));
  workbook.wins.forEach((win, i) => Object.assign(win, { description: `${SENTINEL}-win-${i}`, evidence: `${SENTINEL}-evidence` }));
  workbook.kpis.forEach((kpi, i) => (kpi.notes = `${SENTINEL}-kpi-${i}`));
  for (const key of Object.keys(workbook.campaign.team) as (keyof Workbook['campaign']['team'])[]) workbook.campaign.team[key] = `${SENTINEL}-team-${key}`;
  workbook.content.forEach((p, i) => (p.comments = `${SENTINEL}-comments-${i}`));
  return costs;
}

const moneyForms = (v: number) => [v.toFixed(2), v.toLocaleString('en-US', { minimumFractionDigits: 2 }), Math.round(v).toLocaleString('en-US')];

function leakTest(name: string, workbook: Workbook): void {
  describe(`feedback notes leak nothing: ${name}`, () => {
    const costs = plant(workbook);
    // Every creator gets a note here, with a checklist, so every creator is tested.
    const creators: CreatorRecord[] = workbook.creators.map((c, i) => ({
      ...c, feedbackNote: 'Send', ...full, briefAudience: i % 3 !== 0, briefTooPrescriptive: i % 4 === 0,
    }));
    const { notes, checks } = buildFeedbackNotes(workbook.campaign, creators, cellOf);

    it('writes a note for every creator with the figures for one', () => {
      const withFigures = creators.filter((c) => c.engagements !== null && c.followers && c.organicEngagementRate);
      expect(notes).toHaveLength(withFigures.length);
      expect(notes.length + checks.length).toBe(creators.length);
      expect(notes.length).toBeGreaterThanOrEqual(Math.min(12, creators.length));
    });

    it('carries no cost, rating, revision count, on-time flag, internal note, issue, win or team name', () => {
      for (const note of notes) {
        const text = noteText(note);
        expect(text).not.toContain(SENTINEL);
        expect(text).not.toMatch(/\bcost\b|\bpaid\b|\bfee\b|rating|rated|revision|first draft|on time|\d\/5|CPE|CPM/i);
        for (const cost of costs) for (const form of moneyForms(cost)) expect(text).not.toMatch(new RegExp(`(?<![\\d,.])${escapeRegex(form)}(?![\\d])`));
      }
    });

    it('names no other creator', () => {
      for (const note of notes) {
        const text = noteText(note);
        for (const other of creators) {
          if (other.handle === note.handle) continue;
          expect(text, `${note.handle}'s note`).not.toMatch(new RegExp(`${escapeRegex(other.handle)}(?![\\w.])`));
        }
      }
    });

    it('in the add-on’s Doc too (its registry audience and builder): nothing internal, no cost, no other creator in a section', () => {
      const content = creatorFeedbackDoc({ ...workbook, creators });
      const text = [allText(content), ...DOC_TEMPLATES.creatorFeedback.lines.map((l) => l.text)].join('\n');
      expect(text).not.toContain(SENTINEL);
      expect(text).not.toMatch(/\bcost\b|\bpaid\b|\bfee\b|rating|rated|revision|first draft|on time|\d\/5|CPE|CPM|\$/i);
      for (const cost of costs) for (const form of moneyForms(cost)) expect(text).not.toMatch(new RegExp(`(?<![\\d,.])${escapeRegex(form)}(?![\\d])`));
      const sections = docSections(content.blocks.creator_notes ?? []);
      expect(sections).toHaveLength(notes.length);
      sections.forEach((section, i) => {
        const own = notes[i]!.handle;
        const sectionText = section.flatMap(blockTexts).join('\n');
        expect(sectionText).toContain(own);
        for (const other of creators) if (other.handle !== own) expect(sectionText, own).not.toMatch(new RegExp(`${escapeRegex(other.handle)}(?![\\w.])`));
      });
      const cover = [content.title, ...Object.values(content.text)].join('\n'); // title, byline, every text placeholder
      for (const c of creators) expect(cover).not.toMatch(new RegExp(`${escapeRegex(c.handle)}(?![\\w.])`));
    });

    it('is the same whatever every other creator did (no campaign averages, ranks or comparisons)', () => {
      for (const [i, creator] of creators.entries()) {
        const others = creators.map((c, j) => (j === i ? c : {
          ...c, followers: (c.followers ?? 1000) * 3 + j, engagements: (c.engagements ?? 10) * 7 + j, organicEngagementRate: 0.5, brief: 'Vague' as const,
        }));
        const alone = buildFeedbackNotes(workbook.campaign, others, cellOf).notes.find((n) => n.handle === creator.handle);
        const before = notes.find((n) => n.handle === creator.handle);
        expect(alone).toEqual(before);
      }
    });
  });
}

leakTest('the sample campaign', sample().workbook);
{
  const parsed = parseCampaignFile(syntheticCampaign(60));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  leakTest('a 60-creator campaign', workbookFromCampaignFile(parsed.file).workbook);
}
