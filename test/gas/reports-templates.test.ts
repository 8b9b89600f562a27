// An agency's own templates through the built bundle: every placeholder filled in body, header and footer; the
// template's styles, header and logo kept; a placeholder split by formatting still found; people's text with "$1",
// "\", "{{x}}" or ".*" landing literally; and a missing placeholder or unreachable template named in the message.
import { describe, expect, it } from 'vitest';
import { DOCUMENT_MIME, type DocModel, type ParagraphNode, type TextStyle } from '../../src/local/emulator/docs/model.ts';
import { PRESENTATION_MIME } from '../../src/local/emulator/slides/model.ts';
import type { DriveStore } from '../../src/local/emulator/drive/drive-store.ts';
import { reportsWorld, sampleCampaign } from './reports-support.ts';

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const BOLD: TextStyle = { bold: true };

function para(text: string, style: ParagraphNode['style'] = 'NORMAL_TEXT', styles?: TextStyle[]): ParagraphNode {
  return { kind: 'paragraph', style, children: text ? [{ kind: 'text', chars: text, styles: styles ?? Array.from(text, () => ({})) }] : [] };
}

/** The agency's client report template: a header with {{client}}, a logo, a title whose placeholder is half bold. */
function agencyTemplate(omit: string[] = []): DocModel {
  const title = '{{campaign}}: results for {{client}}';
  const logo: ParagraphNode = { kind: 'paragraph', style: 'NORMAL_TEXT', children: [{ kind: 'image', objectId: 'kix.logo', contentType: 'image/png', base64: PNG, width: 120, height: 40, altTitle: 'Agency logo' }] };
  const body: ParagraphNode[] = [
    logo,
    para(title, 'TITLE', Array.from(title, (_, i) => (i < 5 ? BOLD : {}))), // "{{cam" bold, "paign}}…" plain
    para('Summary', 'HEADING_1'),
    para('{{summary}}'),
    para('{{kpi_table}}'),
    para('Where we fell short: {{misses}}'),
    para('Best content', 'HEADING_1'),
    para('{{top_content}}'),
    para('Learnings', 'HEADING_1'),
    para('{{learnings}}'),
    para('Next', 'HEADING_1'),
    para('{{recommendations}}'),
  ].filter((p) => !omit.some((name) => p.children.some((c) => c.kind === 'text' && c.chars.includes(`{{${name}}}`))));
  return {
    body: { kind: 'body', id: '', children: body },
    header: { kind: 'header', id: 'kix.hdr1', children: [para('{{client}} · Confidential · {{title}}')] },
    footer: { kind: 'footer', id: 'kix.ftr1', children: [para('Prepared {{report_date}} by the agency')] },
    revision: 1,
    nextId: 10,
  };
}

/** A designer's template shared with the user and chosen in the Picker (reachable under drive.file), or one never shared with them. */
function place(drive: DriveStore, name: string, mimeType: string, content: unknown, picked = true): string {
  const access = picked ? { shares: { 'you@agency.example': 'reader' as const }, grantedTo: ['you@agency.example'] } : {};
  return drive.create({ name, mimeType, content, owner: 'designer@agency.example', ...access }).id;
}

const docUrl = (id: string) => `https://docs.google.com/document/d/${id}/edit`;
const textOf = (p: ParagraphNode) => p.children.map((c) => (c.kind === 'text' ? c.chars : '')).join('');

describe('an agency\'s own Doc template', () => {
  it('fills every placeholder, keeps header, footer, logo and styles, and lands people\'s text literally', () => {
    const campaign = sampleCampaign();
    campaign.client = 'Acme $1 \\ {{x}} .* Co';
    campaign.campaign = 'Launch {{client}} $& (v2)';
    const world = reportsWorld(campaign);
    const id = place(world.workspace.drive, 'Agency report template', DOCUMENT_MIME, agencyTemplate());
    world.bundle.run('setTemplate', { artefact: 'clientReport', url: docUrl(id) });
    const result = world.generate('generateClientReport', {});
    expect(result.warnings).toEqual([]);
    const doc = world.workspace.drive.find(result.file.id)!.content as DocModel;
    const all = [...doc.header!.children, ...doc.body.children, ...doc.footer!.children]
      .flatMap((b) => (b.kind === 'paragraph' ? [b] : b.rows.flatMap((r) => r.cells.flatMap((c) => c.children as ParagraphNode[]))));
    const text = all.map(textOf).join('\n');
    expect(textOf(doc.header!.children[0] as ParagraphNode)).toBe(`Acme $1 \\ {{x}} .* Co · Confidential · Acme $1 \\ {{x}} .* Co — Launch {{client}} $& (v2) — Client report`);
    expect(textOf(doc.footer!.children[0] as ParagraphNode)).toMatch(/^Prepared \d+ \w{3} \d{4} by the agency$/);
    const title = doc.body.children.find((b) => b.kind === 'paragraph' && b.style === 'TITLE') as ParagraphNode;
    expect(textOf(title)).toBe('Launch {{client}} $& (v2): results for Acme $1 \\ {{x}} .* Co');
    expect(doc.body.children[0]).toMatchObject({ kind: 'paragraph', children: [{ kind: 'image', objectId: 'kix.logo', altTitle: 'Agency logo' }] });
    expect(doc.body.children.filter((b) => b.kind === 'paragraph' && b.style === 'HEADING_1').map((p) => textOf(p as ParagraphNode)))
      .toEqual(['Summary', 'Best content', 'Learnings', 'Next']);
    // Every placeholder is gone; only the braces people typed remain.
    expect(text.replaceAll('{{x}}', '').replaceAll('{{client}} $&', '')).not.toContain('{{');
    expect(text).toContain('Where we fell short: ');
    expect(text).toContain('We missed Reach: 3,580,000 against a target of 4,000,000 (−10.5%).');
    expect(doc.body.children.some((b) => b.kind === 'table')).toBe(true);
    // The template itself is untouched.
    expect(textOf((world.workspace.drive.find(id)!.content as DocModel).body.children[1] as ParagraphNode)).toBe('{{campaign}}: results for {{client}}');
  });

  it('fills repeated placeholders, a table first in the body, a block in a table cell, an empty block, and keeps a placeholder\'s style', () => {
    const world = reportsWorld();
    const cell = (text: string) => ({ kind: 'cell' as const, children: [para(text)] });
    const boldClient = 'Prepared for {{client}}';
    const template: DocModel = {
      body: { kind: 'body', id: '', children: [
        para('{{kpi_table}}'), // first in the body: nothing before the table to put it after
        para(boldClient, 'NORMAL_TEXT', Array.from(boldClient, (_, i) => (i >= 13 ? BOLD : {}))),
        { kind: 'table', rows: [{ kind: 'row', cells: [cell('Learned'), cell('{{learnings}}')] }] },
        para('{{creator_costs}}'), // empty without costs: the paragraph goes
        para('{{top_content}} {{misses}}'), // two blocks sharing a line
        para('{{recommendations}}'),
        para('Again: {{kpi_table}} and {{client}} / {{client}}'),
      ] },
      revision: 1,
      nextId: 10,
    };
    const id = place(world.workspace.drive, 'Odd template', DOCUMENT_MIME, template);
    world.bundle.run('setTemplate', { artefact: 'clientReport', url: docUrl(id) });
    const result = world.generate('generateClientReport', {});
    const doc = world.workspace.drive.find(result.file.id)!.content as DocModel;
    const blocks = doc.body.children;
    expect(blocks.filter((b) => b.kind === 'table')).toHaveLength(3); // two KPI tables and the template's own
    expect(blocks[0]).toMatchObject({ kind: 'paragraph', children: [] }); // the Docs API's newline before a table
    expect(blocks[1]).toMatchObject({ kind: 'table' });
    const prepared = blocks.find((b) => b.kind === 'paragraph' && textOf(b).startsWith('Prepared for')) as ParagraphNode;
    expect(textOf(prepared)).toBe('Prepared for Lumen Skin');
    const chars = prepared.children[0]!;
    expect(chars.kind === 'text' && chars.styles.slice(13).every((st) => st.bold)).toBe(true); // the placeholder's bold kept
    const own = blocks.find((b) => b.kind === 'table' && b.rows.length === 1);
    expect(own && own.kind === 'table' && own.rows[0]!.cells[1]!.children.some((p) => p.kind === 'paragraph' && p.list)).toBe(true); // a list in the cell
    const text = world.markdown(result.file.id);
    expect(text).not.toContain('{{');
    expect(text).toContain('Again:  and Lumen Skin / Lumen Skin');
    expect(text.indexOf('**1. ')).toBeLessThan(text.indexOf('We missed Reach'));
  });

  it('names a placeholder the template lacks, and makes no file', () => {
    const world = reportsWorld();
    const id = place(world.workspace.drive, 'Agency report template', DOCUMENT_MIME, agencyTemplate(['top_content', 'misses']));
    world.bundle.run('setTemplate', { artefact: 'clientReport', url: docUrl(id) });
    const filesBefore = world.workspace.drive.all().length;
    expect(() => world.generate('generateClientReport', {})).toThrow(
      'The client report template “Agency report template” has no {{misses}}, {{top_content}} placeholders. Add them where those sections should go, or clear the template link to use Debrief’s default.');
    expect(world.workspace.drive.all()).toHaveLength(filesBefore);
  });

  it('names a template Debrief can\'t open, when it is set and when it later goes away', () => {
    const world = reportsWorld();
    const hidden = place(world.workspace.drive, 'Someone else\'s template', DOCUMENT_MIME, agencyTemplate(), false);
    expect(() => world.bundle.run('setTemplate', { artefact: 'clientReport', url: docUrl(hidden) })).toThrow(
      `Debrief can’t open the client report template (${docUrl(hidden)}). If it’s shared with you, choose it with “Choose from Drive” (with its link pasted, the picker opens on it). If the picker doesn’t show it, it isn’t shared with you, or it was deleted: ask its owner to share it with you.`);
    expect(() => world.bundle.run('setTemplate', { artefact: 'deck', url: 'https://example.com/deck' })).toThrow('isn’t a link to a Google Slides deck');
    const id = place(world.workspace.drive, 'Agency report template', DOCUMENT_MIME, agencyTemplate());
    world.bundle.run('setTemplate', { artefact: 'internalBrief', url: docUrl(id) });
    world.workspace.drive.find(id)!.trashed = true;
    expect(() => world.generate('generateInternalBrief')).toThrow(`The internal brief template (${docUrl(id)}) is in the trash: restore it, or choose another file.`);
    world.bundle.run('setTemplate', { artefact: 'internalBrief', url: '' });
    expect(world.generate('generateInternalBrief').file.name).toMatch(/Internal brief/);
  });

  it('refuses a Doc as the deck template and names a deck that lacks the chart', () => {
    const world = reportsWorld();
    const doc = place(world.workspace.drive, 'A doc', DOCUMENT_MIME, agencyTemplate());
    expect(() => world.bundle.run('setTemplate', { artefact: 'deck', url: `https://docs.google.com/presentation/d/${doc}/edit` }))
      .toThrow('is not a Google Slides deck');
    const deck = place(world.workspace.drive, 'Agency deck', PRESENTATION_MIME, {
      nextId: 5, revision: 1,
      slides: [{ objectId: 'slide_one', layout: 'BLANK', elements: [
        { kind: 'shape', objectId: 'box_1', shapeType: 'TEXT_BOX', box: { left: 20, top: 20, width: 600, height: 300 }, text: [{ text: '{{kpi_table}} {{top_content}} {{learnings}} {{recommendations}}', style: {} }] },
      ] }],
    });
    world.bundle.run('setTemplate', { artefact: 'deck', url: `https://docs.google.com/presentation/d/${deck}/edit` });
    expect(() => world.generate('exportSlides')).toThrow('The renewal slides template “Agency deck” has no {{variance_chart}} placeholder.');
  });
});
