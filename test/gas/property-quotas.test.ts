// Quotas as documented: what Debrief keeps in properties never outgrows 9 KB a value (the generated-files list
// used to fail at the 29th generation, after its Doc was made), and text a person wrote that can't be kept, or
// that a Sheets cell can't hold, is refused with a clear message before anything is made or written.
import { describe, expect, it } from 'vitest';
import type { GeneratedFile } from '../../src/domain/rpc.ts';
import { createLocalWorkspace } from '../../src/local/emulator/index.ts';
import { FIXED_NOW, refusal } from '../support/bundle.ts';
import { reportsWorld, sampleCampaign, type ReportsWorld } from './reports-support.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const FILES_KEY = 'debrief.generatedFiles';
const id44 = (n: number) => `1${String(n).padStart(5, '0')}${'Q'.repeat(38)}`;

function documentProperties(world: ReportsWorld): Any {
  return (world.workspace.globals.PropertiesService as Any).getDocumentProperties();
}

describe('the generated-files list', () => {
  it('keeps working past the 29th generation with 40-character client and campaign names and 44-character ids', () => {
    const campaign = { ...sampleCampaign(), client: 'C'.repeat(40), campaign: 'K'.repeat(40) };
    const world = reportsWorld(campaign);
    // As many earlier generations as the old list held before Google's 9 KB refused it: just under the quota.
    const all: GeneratedFile[] = Array.from({ length: 28 }, (_, i) => ({
      artefact: 'clientReport', id: id44(i), name: `${'C'.repeat(40)} — ${'K'.repeat(40)} — Client report (2026-11-${String(i % 28 + 1).padStart(2, '0')})`,
      url: `https://docs.google.com/document/d/${id44(i)}/edit`, createdAt: '2026-11-01T10:00:00.000Z',
    }));
    let count = all.length;
    while (Buffer.byteLength(JSON.stringify(all.slice(0, count))) > 8_990) count--;
    const earlier = all.slice(0, count);
    expect(count).toBeGreaterThan(20);
    documentProperties(world).setProperty(FILES_KEY, JSON.stringify(earlier));
    for (let n = 29; n <= 31; n++) {
      const made = world.generate('generateClientReport', { includeCosts: false });
      expect(made.file.id).toHaveLength(44);
      expect(made.files[0]?.id).toBe(made.file.id);
    }
    const stored = documentProperties(world).getProperty(FILES_KEY) as string;
    expect(Buffer.byteLength(stored, 'utf8')).toBeLessThanOrEqual(9_000);
    expect(JSON.parse(stored).length).toBeGreaterThan(10);
  });

  it('fits 500-character client and campaign names, shortening them in the file name', () => {
    const world = reportsWorld({ ...sampleCampaign(), client: 'Ü'.repeat(500), campaign: '名'.repeat(500) });
    let made: ReturnType<typeof world.generate> | undefined;
    for (let n = 0; n < 12; n++) made = world.generate('generateInternalBrief');
    expect(made!.file.name.length).toBeLessThanOrEqual(500);
    expect(made!.file.name).toContain('…');
    const stored = documentProperties(world).getProperty(FILES_KEY) as string;
    expect(Buffer.byteLength(stored, 'utf8')).toBeLessThanOrEqual(9_000);
    expect(made!.files.length).toBeGreaterThanOrEqual(5);
  });
});

describe('kept learnings', () => {
  it('that take more than their budget are refused with the sizes, before a learnings Doc is made', () => {
    const world = reportsWorld();
    const items = Array.from({ length: 5 }, (_, i) => `${i}${'学'.repeat(999)}`);
    const filesBefore = world.workspace.drive.all().length;
    expect(refusal(() => world.bundle.run('saveKeptLearnings', { items }))).toMatchObject({
      code: 'quota', message: expect.stringMatching(/^Google lets an add-on keep only 8 KB for the learnings kept for appending, and this would take 15 KB\./),
    });
    expect(refusal(() => world.append(items))).toMatchObject({ code: 'quota', message: expect.stringMatching(/^Google lets an add-on keep only 8 KB/) });
    expect(world.workspace.drive.all().length).toBe(filesBefore);
    expect(documentProperties(world).getProperty('debrief.keptLearnings')).toBeNull();
  });
});

describe('importing a campaign', () => {
  it('refuses team notes that can\'t all be kept, before writing any row', () => {
    const world = reportsWorld();
    const rowsBefore = world.workspace.inspect.values('Creators').length;
    const campaign = { ...sampleCampaign(), creators: [{ handle: '@new.one', platform: 'TikTok' }], learnings: Array.from({ length: 12 }, (_, i) => `${i} ${'é'.repeat(900)}`) };
    expect(refusal(() => world.bundle.run('importCampaign', campaign))).toMatchObject({ code: 'quota', message: expect.stringMatching(/^Google lets an add-on keep only 8 KB for the team’s learnings and recommendations/) });
    expect(world.workspace.inspect.values('Creators').length).toBe(rowsBefore);
    const tooMany = { ...sampleCampaign(), learnings: Array.from({ length: 21 }, (_, i) => `Learning ${i}`) };
    expect(refusal(() => world.bundle.run('importCampaign', tooMany))).toMatchObject({ code: 'bad-input', message: expect.stringContaining('Debrief keeps up to 20'), fields: [{ path: 'learnings' }] });
  });

  it('refuses text longer than a Sheets cell holds, naming where it is, before writing any row', () => {
    const world = reportsWorld();
    const rowsBefore = world.workspace.inspect.values('Creators').length;
    const campaign = sampleCampaign();
    campaign.creators[2].notes = 'x'.repeat(50_001);
    campaign.creators.push({ handle: '@new.one', platform: 'TikTok' });
    expect(refusal(() => world.bundle.run('importCampaign', campaign))).toMatchObject({
      code: 'bad-input', message: 'Some text is too long for a cell; nothing was imported.',
      fields: [{ path: 'creators[2].notes', message: 'longer than a Google Sheets cell holds (50,000 characters)' }],
    });
    expect(world.workspace.inspect.values('Creators').length).toBe(rowsBefore);
  });
});

describe('the shared learnings Doc', () => {
  it('near the 1.02 million characters a Google Doc holds, refuses the append before adding anything, saying what to do', () => {
    const world = reportsWorld();
    // Years of campaigns: the agency's Doc is a few hundred characters short of Google's limit.
    const Docs = world.workspace.globals.Docs as Any;
    const id = Docs.Documents.create({ title: 'Client learnings' }).documentId;
    Docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 1 }, text: `Client learnings\n${'x'.repeat(1_019_850)}` } }] }, id);
    world.bundle.run('setLearningsDoc', { url: `https://docs.google.com/document/d/${id}/edit` });
    const before = Docs.Documents.get(id).revisionId;
    const error = refusal(() => world.append(['One more learning to keep here.', 'Another learning to keep.', 'A third learning to keep.']));
    expect(error.code).toBe('quota');
    expect(error.message).toMatch(/^The client learnings Doc is full: a Google Doc holds up to 1,020,000 characters, and adding this campaign would make it 1,020,\d{3}\. Nothing was added\./);
    expect(Docs.Documents.get(id).revisionId).toBe(before);
  });

  it('past Google\'s limit is refused by the local Workspace too (the add-on must not get there)', () => {
    const Docs = createLocalWorkspace({ now: FIXED_NOW }).globals.Docs as Any;
    const id = Docs.Documents.create({ title: 'Full' }).documentId;
    expect(() => Docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 1 }, text: 'y'.repeat(1_020_000) } }] }, id)).toThrow('Request contains an invalid argument.');
    Docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 1 }, text: 'y'.repeat(1_019_999) } }] }, id);
  });
});
