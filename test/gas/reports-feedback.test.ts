// The creator feedback notes Doc, through the built bundle: a section per creator chosen (Send, or far from the
// campaign), built from what reaches a creator only; chosen creators whose figures can't carry a note named by
// cell; each section on a new page (none where Docs takes none); nothing made, not even the template, when nobody
// is chosen; the menu item; and calls that don't grow with the creators.
import { describe, expect, it } from 'vitest';
import { decodeError } from '../../src/domain/errors.ts';
import type { GenerateResult } from '../../src/domain/rpc.ts';
import { DOCUMENT_MIME, type DocModel, type ParagraphNode } from '../../src/local/emulator/docs/model.ts';
import { syntheticCampaign } from '../../src/local/synthetic-campaign.ts';
import { documentRoundTrips, measured, reportsWorld, sampleCampaign, type Campaign, type ReportsWorld } from './reports-support.ts';

const FEEDBACK = { artefact: 'creatorFeedback' } as const;
const SENTINEL = 'ZZSECRET';

const generate = (world: ReportsWorld) => world.bundle.run('generate', FEEDBACK) as GenerateResult;

function failure(run: () => unknown) {
  try {
    run();
  } catch (error) {
    return decodeError(error);
  }
  throw new Error('expected the call to fail');
}

/** The Creators tab's cell under `header` on the creator's row, as the sheet names it. */
function creatorCell(world: ReportsWorld, handle: string, header: string): string {
  const values = world.workspace.inspect.values('Creators');
  const column = values[0]!.indexOf(header);
  const row = values.findIndex((r) => r[0] === handle);
  return `Creators!${String.fromCharCode(65 + column)}${row + 1}`;
}

/** Everything a creator must never read, planted in the sample: costs, ratings, notes, issues, wins, the team. */
function planted(): Campaign {
  const campaign = sampleCampaign();
  campaign.creators.forEach((c: Campaign, i: number) => Object.assign(c, { cost: `$${7013 + i}.41`, rating: 1, revisions: 97, notes: `${SENTINEL}-notes-${i}` }));
  campaign.issues.forEach((issue: Campaign, i: number) => Object.assign(issue, { description: `${SENTINEL}-issue-${i}`, action: `${SENTINEL}-action-${i}`, owner: `${SENTINEL}-owner` }));
  campaign.wins.forEach((win: Campaign, i: number) => Object.assign(win, { description: `${SENTINEL}-win-${i}` }));
  campaign.kpis.forEach((kpi: Campaign, i: number) => Object.assign(kpi, { notes: `${SENTINEL}-kpi-${i}` }));
  campaign.team = Object.fromEntries(Object.keys(campaign.team).map((k) => [k, `${SENTINEL}-team-${k}`]));
  campaign.budget = '$98,765';
  return campaign;
}

describe('the creator feedback notes Doc', () => {
  it('has a section per creator chosen, each in that creator’s own terms', () => {
    const world = reportsWorld();
    const made = generate(world);
    expect(made.file.name).toMatch(/^Lumen Skin — Barrier Repair Serum launch — Creator feedback notes \(\d{4}-\d{2}-\d{2}\)$/);
    expect(made.warnings).toEqual([]);
    const md = world.markdown(made.file.id);
    expect(md.split('\n')[0]).toBe('# Barrier Repair Serum launch: creator feedback notes');
    const sections = md.split('\n').filter((l) => l.startsWith('## Barrier Repair Serum launch: notes for '));
    expect(sections.map((l) => l.replace(/^.* for /, ''))).toEqual(['@dewy.dana', '@skinwithsol', '@glowbymara', '@nightcream.nora']);
    expect(md).toContain('Your sponsored post’s engagement rate was 1.8% (310 engagements from 17,000 followers), below your usual 3.9% on organic posts');
    expect(md).not.toMatch(/\{\{|\[debrief /);
    // Each section starts a new page: a page break of its own (Normal text) just before its heading, in the one batch.
    const pages = md.split('<!-- page break -->').slice(1);
    expect(pages.map((p) => /^\s*## .* for (\S+)\n/.exec(p)?.[1])).toEqual(['@dewy.dana', '@skinwithsol', '@glowbymara', '@nightcream.nora']);
    const body = (world.workspace.drive.find(made.file.id)!.content as DocModel).body.children;
    const breaks = body.filter((b) => b.kind === 'paragraph' && b.children.some((c) => c.kind === 'pagebreak'));
    expect(breaks.map((b) => (b.kind === 'paragraph' ? [b.style, b.children.length] : []))).toEqual(Array.from({ length: 4 }, () => ['NORMAL_TEXT', 1]));
  });

  it('puts no page break where Docs takes none: an agency template’s {{creator_notes}} in a table cell', () => {
    const world = reportsWorld();
    const para = (text: string, style: ParagraphNode['style'] = 'NORMAL_TEXT'): ParagraphNode =>
      ({ kind: 'paragraph', style, children: text ? [{ kind: 'text', chars: text, styles: Array.from(text, () => ({})) }] : [] });
    const content: DocModel = { body: { kind: 'body', id: '', children: [
      para('Notes for {{client}}', 'TITLE'), { kind: 'table', rows: [{ kind: 'row', cells: [{ kind: 'cell', children: [para('{{creator_notes}}')] }] }] }, para(''),
    ] }, revision: 1, nextId: 10 };
    const { id } = world.workspace.drive.create({ name: 'Agency notes template', mimeType: DOCUMENT_MIME, content, owner: 'designer@agency.example',
      shares: { 'you@agency.example': 'reader' }, grantedTo: ['you@agency.example'] });
    world.bundle.run('setTemplate', { artefact: 'creatorFeedback', url: `https://docs.google.com/document/d/${id}/edit` });
    const md = world.markdown(generate(world).file.id); // the Docs API would refuse a page break in a cell, and the whole batch with it
    expect(md).not.toContain('page break');
    for (const handle of ['@dewy.dana', '@skinwithsol', '@glowbymara', '@nightcream.nora']) expect(md).toContain(`notes for ${handle}`);
  });

  it('carries nothing internal and no other creator’s figures', () => {
    const world = reportsWorld(planted());
    const md = world.markdown(generate(world).file.id);
    expect(md).not.toContain(SENTINEL);
    expect(md).not.toMatch(/\$|7,?01\d|98,765|rating|revision/i);
    // Each section names only its own creator.
    const handles = (sampleCampaign().creators as Campaign[]).map((c) => c.handle as string);
    for (const section of md.split(/\n(?=## )/).slice(2)) {
      const own = /notes for (\S+)/.exec(section)?.[1];
      expect(handles.filter((h) => h !== own && section.includes(h)), own).toEqual([]);
    }
  });

  it('follows the team’s marks, and names the cell to fill in for a chosen creator without a baseline', () => {
    const campaign = sampleCampaign();
    const acid = campaign.creators.find((c: Campaign) => c.handle === '@theacidedit');
    Object.assign(acid, { feedbackNote: 'Send', organicEngagementRate: null });
    campaign.creators.find((c: Campaign) => c.handle === '@dewy.dana').feedbackNote = 'Skip';
    const world = reportsWorld(campaign);
    const made = generate(world);
    const md = world.markdown(made.file.id);
    expect(md).not.toContain('notes for @dewy.dana');
    expect(md).not.toContain('notes for @theacidedit');
    expect(made.warnings).toEqual([
      `${creatorCell(world, '@theacidedit', 'Organic ER')}: @theacidedit is down for a feedback note, which compares their sponsored content with their usual engagement. Enter their organic ER.`,
    ]);
  });

  it('makes nothing when nobody is down for a note, and says how to choose', () => {
    const campaign = sampleCampaign();
    for (const c of campaign.creators) c.feedbackNote = 'Skip';
    const world = reportsWorld(campaign);
    expect(failure(() => generate(world))).toMatchObject({ code: 'not-ready', message: expect.stringContaining('Mark “Send” in the Creators tab’s Feedback note column') });
    // Nothing in Drive, not even the built-in template: the content is made (and refused) before any template is read.
    expect(world.workspace.drive.all().filter((f) => /Creator feedback notes/.test(f.name))).toEqual([]);
  });

  it('is made from the Extensions → Debrief menu', () => {
    const world = reportsWorld();
    world.bundle.run('menuGenerateCreatorFeedback');
    const alert = world.workspace.ui.alerts.at(-1);
    expect(alert?.message).toMatch(/^Made “Lumen Skin — Barrier Repair Serum launch — Creator feedback notes \(/);
    expect(alert?.message).toContain('Each section is for one creator');
    expect(world.workspace.drive.all().filter((f) => /Creator feedback notes \(/.test(f.name))).toHaveLength(1);
  });

  it('costs the same calls for 10 and 1,000 creators, and fewer round trips than the client report', { timeout: 240_000 }, () => {
    const costs = (world: ReportsWorld) => {
      generate(world); // the built-in template is made once, on first use
      return measured(world, () => generate(world)).calls;
    };
    const small = reportsWorld(syntheticCampaign(10));
    const large = reportsWorld(syntheticCampaign(1000));
    const [few, many] = [costs(small), costs(large)];
    expect(many).toEqual(few);
    expect(few['DocumentsCollection.batchUpdate']).toBe(1); // every section in one batch
    small.bundle.run('generateClientReport', { includeCosts: false });
    const client = measured(small, () => small.bundle.run('generateClientReport', { includeCosts: false })).calls;
    expect(documentRoundTrips(small, few).total).toBeLessThanOrEqual(documentRoundTrips(small, client).total);
  });
});
