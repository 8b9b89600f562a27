// A team on one domain, through the built bundle: A's learnings Doc shared with B, who is told to pick it and then
// appends under the same client heading; A and B appending at once; C, not shared, told to ask the owner; a reader
// who can read the history but not append; a template made by A, shared with and picked by B, filling B's report
// with A's header and logo. Without the documents scope Debrief can't tell a Doc shared but not picked from one not
// shared, so one message says both (the Picker, opened on the link, settles it); for a deck, presentations can tell.
import { describe, expect, it } from 'vitest';
import type { PickOutcome } from '../../src/domain/picker.ts';
import type { ClientHistoryResult, ReportsState } from '../../src/domain/rpc.ts';
import { DOCUMENT_MIME, type DocModel, type ParagraphNode } from '../../src/local/emulator/docs/model.ts';
import { newPresentationModel } from '../../src/local/emulator/slides/model.ts';
import { DriveStore } from '../../src/local/emulator/drive/drive-store.ts';
import { FIXED_NOW } from '../support/bundle.ts';
import { interleaveDocsWrite, reportsWorld, sampleCampaign, type ReportsWorld } from './reports-support.ts';

const A = 'avery@agency.example';
const B = 'blake@agency.example';
const C = 'casey@agency.example';
const R = 'riley@agency.example';
const KEPT = ['Nano creators were cheapest per engagement.', 'Natural integration beat scripts.', 'Legal needs a 48-hour window.'];
const lines = (md: string) => md.split('\n').filter((l) => l.trim());
const spring = () => ({ ...sampleCampaign(), campaign: 'Spring refresh', startDate: '2027-03-01', wrapDate: '2027-04-02' });

/** One domain: A has appended campaign 1, so the learnings Doc exists and is A's. */
function team() {
  const drive = new DriveStore(FIXED_NOW, A);
  const a = reportsWorld(sampleCampaign(), { drive, user: A, name: 'A' });
  const doc = a.append(KEPT).learningsDoc;
  const as = (user: string, name = user) => reportsWorld(spring(), { drive, user, name });
  return { drive, a, doc, as };
}

const pick = (world: ReportsWorld, purpose: string, id: string) =>
  world.bundle.run('usePickedFiles', { purpose, nonce: 'nonce-0001', ids: [id] }) as PickOutcome;

describe('a shared learnings Doc', () => {
  it('tells B, to whom A shared it, to pick it; once picked, B\'s campaign lands under the same client heading', () => {
    const { drive, a, doc, as } = team();
    drive.share(doc.id, B, 'writer');
    const b = as(B);
    expect(() => b.bundle.run('setLearningsDoc', { url: doc.url })).toThrow(
      `Debrief can’t open the client learnings Doc (${doc.url}). If it’s shared with you, choose it with “Choose from Drive” (with its link pasted, the picker opens on it). If the picker doesn’t show it, it isn’t shared with you, or it was deleted: ask its owner to share it with you as an editor.`);
    drive.grant(doc.id, B); // B chose it in the Picker
    expect(pick(b, 'learnings', doc.id)).toEqual({ status: 'picked', message: 'Debrief will add learnings to “Client learnings (Debrief)”.' });
    expect((b.bundle.run('getReportsState') as ReportsState).learningsDoc).toMatchObject({ id: doc.id, name: 'Client learnings (Debrief)', canEdit: true });
    const result = b.append(['One.', 'Two.', 'Three.']);
    expect(result).toMatchObject({ status: 'added', newClientHeading: false, learningsDoc: { id: doc.id } });
    const after = lines(a.markdown(doc.id));
    expect(after.filter((l) => l === '# Lumen Skin')).toHaveLength(1);
    expect(after.indexOf('## Spring refresh — 2 Apr 2027')).toBeGreaterThan(after.indexOf('## Barrier Repair Serum launch — 18 Nov 2026'));
  });

  it('lands A\'s and B\'s appends in full when they write at the same moment', () => {
    const { drive, a, doc, as } = team();
    drive.share(doc.id, B, 'writer');
    drive.grant(doc.id, B);
    const b = as(B);
    pick(b, 'learnings', doc.id);
    const a2 = reportsWorld({ ...sampleCampaign(), client: 'Acme', campaign: 'Acme launch' }, { drive: a.workspace.drive, user: A, name: 'A2' });
    a2.bundle.run('setLearningsDoc', { url: doc.url }); // A's own Doc, in another of A's spreadsheets
    interleaveDocsWrite(b, () => a2.append(['A1.', 'A2.', 'A3.'])); // B reads, A appends in full, then B writes
    expect(b.append(['B1.', 'B2.', 'B3.']).status).toBe('added');
    const after = lines(a.markdown(doc.id));
    expect(after).toEqual(expect.arrayContaining(['# Acme', '- A1.', '- A2.', '- A3.', '## Spring refresh — 2 Apr 2027', '- B1.', '- B2.', '- B3.']));
  });

  it('tells C, to whom nobody shared it, that Debrief can\'t open it and to ask its owner, naming the Doc', () => {
    const { drive, doc, as } = team();
    const c = as(C);
    expect(() => c.bundle.run('setLearningsDoc', { url: doc.url })).toThrow(
      `Debrief can’t open the client learnings Doc (${doc.url}). If it’s shared with you, choose it with “Choose from Drive” (with its link pasted, the picker opens on it). If the picker doesn’t show it, it isn’t shared with you, or it was deleted: ask its owner to share it with you as an editor.`);
    expect(() => drive.grant(doc.id, C)).toThrow('can’t open'); // the Picker doesn't even list it
    expect(pick(c, 'learnings', doc.id)).toMatchObject({ status: 'failed', message: expect.stringContaining('isn’t shared with you') });
  });

  it('lets a reader read the client history and tells them why appending is refused', () => {
    const { drive, a, doc, as } = team();
    drive.share(doc.id, R, 'reader');
    drive.grant(doc.id, R);
    const r = as(R);
    expect(pick(r, 'learnings', doc.id).message).toContain('You can only view it');
    const history = r.bundle.run('getClientHistory') as ClientHistoryResult;
    expect(history.history?.campaigns.map((c) => c.heading)).toEqual(['Barrier Repair Serum launch — 18 Nov 2026']);
    const before = a.markdown(doc.id);
    expect(() => r.append(['R1.', 'R2.', 'R3.'])).toThrow(
      `You can only view the client learnings Doc (“Client learnings (Debrief)”), so Debrief can’t add to it. Ask its owner, Avery Chen (${A}), to make you an editor; the client history still works.`);
    expect(a.markdown(doc.id)).toBe(before);
  });
});

describe('an agency template shared with a colleague', () => {
  it('fills B\'s client report from A\'s template, A\'s header and logo kept', () => {
    const drive = new DriveStore(FIXED_NOW, A);
    const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const para = (text: string): ParagraphNode => ({ kind: 'paragraph', style: 'NORMAL_TEXT', children: [{ kind: 'text', chars: text, styles: Array.from(text, () => ({})) }] });
    const content: DocModel = {
      body: { kind: 'body', id: '', children: [
        { kind: 'paragraph', style: 'NORMAL_TEXT', children: [{ kind: 'image', objectId: 'kix.logo', contentType: 'image/png', base64: PNG, width: 120, height: 40, altTitle: 'Agency logo' }] },
        ...['{{summary}}', '{{kpi_table}}', '{{misses}}', '{{top_content}}', '{{learnings}}', '{{recommendations}}'].map(para),
      ] },
      header: { kind: 'header', id: 'kix.hdr1', children: [para('Northwind Agency · {{client}}')] },
      revision: 1, nextId: 10,
    };
    // A made it in Docs, outside Debrief: A owns it and Debrief was never given it.
    const template = drive.create({ name: 'Northwind client report', mimeType: DOCUMENT_MIME, content, owner: A });
    const url = `https://docs.google.com/document/d/${template.id}/edit`;
    const b = reportsWorld(sampleCampaign(), { drive, user: B });
    expect(() => b.bundle.run('setTemplate', { artefact: 'clientReport', url })).toThrow('ask its owner to share it with you.');
    drive.share(template.id, B, 'reader');
    expect(() => b.bundle.run('setTemplate', { artefact: 'clientReport', url })).toThrow('If it’s shared with you, choose it with “Choose from Drive”');
    drive.grant(template.id, B);
    expect(pick(b, 'clientReportTemplate', template.id).message).toBe('The client report template is now “Northwind client report”.');
    const report = b.generate('generateClientReport', {});
    const made = drive.find(report.file.id)!;
    expect(made.owner).toBe(B);
    const doc = made.content as DocModel;
    expect((doc.header!.children[0] as ParagraphNode).children.map((c) => (c.kind === 'text' ? c.chars : '')).join('')).toBe('Northwind Agency · Lumen Skin');
    expect(doc.body.children[0]).toMatchObject({ kind: 'paragraph', children: [{ kind: 'image', objectId: 'kix.logo', altTitle: 'Agency logo' }] });
    expect(b.markdown(report.file.id)).toContain('We missed Reach');
  });

  it('tells a colleague\'s deck template shared but not picked from one not shared (presentations reaches every deck)', () => {
    const drive = new DriveStore(FIXED_NOW, A);
    const deck = drive.create({ name: 'Northwind deck', mimeType: 'application/vnd.google-apps.presentation', content: newPresentationModel(), owner: A });
    const url = `https://docs.google.com/presentation/d/${deck.id}/edit`;
    const b = reportsWorld(sampleCampaign(), { drive, user: B });
    expect(() => b.bundle.run('setTemplate', { artefact: 'deck', url })).toThrow(
      `Debrief can’t open the renewal slides template (${url}): it isn’t shared with you, or it was deleted. Ask its owner to share it with you, then choose it with “Choose from Drive”.`);
    drive.share(deck.id, B, 'reader');
    expect(() => b.bundle.run('setTemplate', { artefact: 'deck', url })).toThrow(
      '“Northwind deck” is shared with you, but you haven’t given it to Debrief yet: Google lets Debrief open only files it made for you or that you chose in its file picker. Click “Choose from Drive” for the renewal slides template and pick it.');
  });
});
