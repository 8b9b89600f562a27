// The shared client-learnings Doc through the built bundle: appending twice, a second campaign, a Doc a person
// edited, and two spreadsheets appending at once all keep every earlier line; history flags a recurring cause.
import { describe, expect, it } from 'vitest';
import type { DocModel, ParagraphNode } from '../../src/local/emulator/docs/model.ts';
import { DriveStore } from '../../src/local/emulator/drive/drive-store.ts';
import { FIXED_NOW } from '../support/bundle.ts';
import { interleaveDocsWrite, reportsWorld, sampleCampaign, type Campaign } from './reports-support.ts';

const docUrl = (id: string) => `https://docs.google.com/document/d/${id}/edit`;
const lines = (md: string) => md.split('\n').filter((l) => l.trim());

/** Every line of `before`, in order and unchanged, inside `after`. */
function keptInOrder(before: string[], after: string[]) {
  let at = 0;
  for (const line of before) {
    const found = after.indexOf(line, at);
    expect(found, `kept: ${line}`).toBeGreaterThanOrEqual(0);
    at = found + 1;
  }
}

function second(overrides: Partial<Campaign> = {}): Campaign {
  return { ...sampleCampaign(), campaign: 'Spring refresh', startDate: '2027-03-01', wrapDate: '2027-04-02', ...overrides };
}

const KEPT = ['Nano creators were cheapest per engagement.', 'Natural integration beat scripts.', 'Legal needs a 48-hour window.'];

describe('appending learnings', () => {
  it('adds a campaign once, however often it is appended', () => {
    const world = reportsWorld();
    const first = world.append(KEPT);
    const md = world.markdown(first.learningsDoc.id);
    const again = world.append(KEPT);
    expect(again.status).toBe('already-there');
    expect(world.markdown(first.learningsDoc.id)).toBe(md);
    expect(lines(md)).toEqual([
      '# Client learnings', expect.stringMatching(/^One heading per client/), '# Lumen Skin', '## Barrier Repair Serum launch — 18 Nov 2026',
      ...KEPT.map((k) => `- ${k}`), '- Root causes: Process (3), Tools (1), Client-side (1)',
    ]);
  });

  it('puts a second campaign of the same client under the same heading, after the first', () => {
    const drive = new DriveStore(FIXED_NOW, 'you@agency.example');
    const one = reportsWorld(sampleCampaign(), { drive });
    const doc = one.append(KEPT).learningsDoc;
    const before = lines(one.markdown(doc.id));
    const two = reportsWorld(second(), { drive, name: 'Spring' });
    two.bundle.run('setLearningsDoc', { url: doc.url });
    const result = two.append(['One.', 'Two.', 'Three.']);
    expect(result).toMatchObject({ status: 'added', newClientHeading: false });
    const after = lines(two.markdown(doc.id));
    keptInOrder(before, after);
    expect(after.filter((l) => l === '# Lumen Skin')).toHaveLength(1);
    expect(after.slice(-5)).toEqual(['## Spring refresh — 2 Apr 2027', '- One.', '- Two.', '- Three.', '- Root causes: Process (3), Tools (1), Client-side (1)']);
    expect(result.history.recurring.map((r) => r.cause)).toEqual(['Process', 'Tools', 'Client-side']);
  });

  it('keeps a person\'s edits exactly as they are', () => {
    const world = reportsWorld();
    const doc = world.append(KEPT).learningsDoc;
    // Someone edits the Doc by hand: a note under the client, a new client section, a changed bullet.
    const file = world.workspace.drive.find(doc.id)!;
    const model = file.content as DocModel;
    const p = (text: string, style: ParagraphNode['style'] = 'NORMAL_TEXT', italic = false): ParagraphNode => ({ kind: 'paragraph', style, children: [{ kind: 'text', chars: text, styles: Array.from(text, () => (italic ? { italic } : {})) }] });
    model.body.children.splice(3, 0, p('Account note: the CMO changes in January.', 'NORMAL_TEXT', true));
    model.body.children.push(p('Zenith Labs', 'HEADING_1'), p('Nothing yet.'));
    (model.body.children.find((b) => b.kind === 'paragraph' && b.list) as ParagraphNode).children = [{ kind: 'text', chars: 'Edited by Sam.', styles: Array.from('Edited by Sam.', () => ({})) }];
    model.revision += 1;
    const before = lines(world.markdown(doc.id));
    const other = reportsWorld(second(), { drive: world.workspace.drive, name: 'Spring' });
    other.bundle.run('setLearningsDoc', { url: doc.url });
    other.append(['A.', 'B.', 'C.']);
    const after = lines(world.markdown(doc.id));
    keptInOrder(before, after);
    expect(after.indexOf('## Spring refresh — 2 Apr 2027')).toBeLessThan(after.indexOf('# Zenith Labs'));
    expect(after).toContain('*Account note: the CMO changes in January.*');
    expect(after).toContain('- Edited by Sam.');
  });

  it('lands two appends from two spreadsheets in full when the second comes between the first\'s read and write', () => {
    const drive = new DriveStore(FIXED_NOW, 'you@agency.example');
    const a = reportsWorld(sampleCampaign(), { drive, name: 'A' });
    const doc = a.append(KEPT).learningsDoc;
    const b = reportsWorld(second({ client: 'Acme', campaign: 'Acme launch' }), { drive, name: 'B' });
    const c = reportsWorld(second(), { drive, name: 'C' });
    for (const w of [b, c]) w.bundle.run('setLearningsDoc', { url: doc.url });
    interleaveDocsWrite(c, () => b.append(['B1.', 'B2.', 'B3.'])); // C reads, then B appends in full, then C writes
    const result = c.append(['C1.', 'C2.', 'C3.']);
    expect(result.status).toBe('added');
    const after = lines(a.markdown(doc.id));
    expect(after).toEqual(expect.arrayContaining(['# Acme', '## Acme launch — 2 Apr 2027', '- B1.', '- B2.', '- B3.', '## Spring refresh — 2 Apr 2027', '- C1.', '- C2.', '- C3.']));
    expect(after.indexOf('# Acme')).toBeLessThan(after.indexOf('# Lumen Skin'));
    expect(after.indexOf('## Spring refresh — 2 Apr 2027')).toBeGreaterThan(after.indexOf('## Barrier Repair Serum launch — 18 Nov 2026'));
    expect(c.workspace.calls.snapshot()['DocumentsCollection.get']).toBeGreaterThanOrEqual(2); // it read again after the clash
  });

  it('decides a refusal is stale only when the Doc\'s revision changed, never from the error\'s wording', () => {
    const world = reportsWorld();
    world.append(KEPT);
    world.bundle.run('importCampaign', second());
    const globals = world.workspace.globals as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const real = globals.Docs;
    let refusals = 0;
    // A 400 that mentions a revision, though nobody else wrote: the add-on must not take it for a stale read.
    globals.Docs = { Documents: { get: (...args: unknown[]) => real.Documents.get(...args), batchUpdate: () => {
      refusals += 1;
      throw new Error('API call to docs.documents.batchUpdate failed with error: The required revision ID does not match the latest revision.');
    } } };
    expect(() => world.append(['One.', 'Two.', 'Three.'])).toThrow();
    expect(refusals).toBe(1); // not retried: the revision it re-read was unchanged
  });

  it('shows a client\'s history and flags a root cause that recurs', () => {
    const drive = new DriveStore(FIXED_NOW, 'you@agency.example');
    const one = reportsWorld(sampleCampaign(), { drive });
    expect(one.bundle.run('getClientHistory')).toEqual({ learningsDoc: null, history: null });
    const doc = one.append(KEPT).learningsDoc;
    const two = reportsWorld(second(), { drive, name: 'Spring' });
    two.bundle.run('setLearningsDoc', { url: docUrl(doc.id) });
    const history = two.bundle.run('getClientHistory') as { history: { campaigns: { heading: string; lines: string[] }[]; recurring: { cause: string; campaigns: string[] }[] } };
    expect(history.history.campaigns.map((c) => c.heading)).toEqual(['Barrier Repair Serum launch — 18 Nov 2026']);
    expect(history.history.campaigns[0].lines).toContain(KEPT[0]);
    expect(history.history.recurring[0]).toEqual({ cause: 'Process', campaigns: ['Barrier Repair Serum launch — 18 Nov 2026', 'Spring refresh — 2 Apr 2027'] });
  });

  it('keeps the learnings the team edited, and asks for 3 to 5', () => {
    const world = reportsWorld();
    const drafted = world.bundle.run('getKeptLearnings') as { items: string[]; saved: boolean };
    expect(drafted.saved).toBe(false);
    expect(drafted.items.length).toBeGreaterThanOrEqual(3);
    expect(world.bundle.run('saveKeptLearnings', { items: KEPT })).toEqual({ items: KEPT, saved: true });
    expect(world.bundle.run('getKeptLearnings')).toEqual({ items: KEPT, saved: true });
    expect(() => world.bundle.run('saveKeptLearnings', { items: ['Only one.'] })).toThrow('keep at least 3 learnings');
    const result = world.append();
    expect(lines(world.markdown(result.learningsDoc.id))).toEqual(expect.arrayContaining(KEPT.map((k) => `- ${k}`)));
  });

  it('names a learnings Doc it can\'t open', () => {
    const world = reportsWorld();
    const hidden = world.workspace.drive.create({ name: 'Agency learnings', mimeType: 'application/vnd.google-apps.document', content: null, owner: 'boss@agency.example' }).id;
    expect(() => world.bundle.run('setLearningsDoc', { url: docUrl(hidden) })).toThrow(`Debrief can’t open the client learnings Doc (${docUrl(hidden)})`);
  });
});
