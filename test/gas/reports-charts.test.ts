// The client report's variance chart on Google's documented path (issue 12): a PNG from the Charts service saved
// as the user's own Drive file, shared with anyone who has the link, placed by the Docs API from its
// webContentLink in the fill's one batch, and removed afterwards; left out, with the reason, when the domain
// forbids link sharing. Diagnostics runs the same path ("Chart in a report").
import { describe, expect, it } from 'vitest';
import { PIXELS_PER_PT } from '../../src/domain/reports/charts.ts';
import { TEXT_COLUMN } from '../../src/domain/reports/fit.ts';
import type { DiagnosticsReport } from '../../src/domain/rpc.ts';
import { DOCUMENT_MIME, type DocModel, type ParagraphNode } from '../../src/local/emulator/docs/model.ts';
import type { PresentationModel } from '../../src/local/emulator/slides/model.ts';
import { measured, reportsWorld } from './reports-support.ts';

/** A PNG's pixel size from its IHDR chunk. */
const pngPixels = (base64: string) => {
  const bytes = Buffer.from(base64, 'base64');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};
const para = (text: string): ParagraphNode => ({ kind: 'paragraph', style: 'NORMAL_TEXT', children: [{ kind: 'text', chars: text, styles: Array.from(text, () => ({})) }] });

const images = (doc: DocModel) => doc.body.children.flatMap((b) => (b.kind === 'paragraph' ? b.children : [])).filter((c) => c.kind === 'image');
const temporary = (world: ReturnType<typeof reportsWorld>) => world.workspace.drive.all().filter((f) => f.name.startsWith('Debrief chart'));

describe('the chart in the client report', () => {
  it('goes in as a picture from a file shared by link for the insert, and the file is gone after', () => {
    const world = reportsWorld();
    world.generate('generateClientReport', {}); // the first also makes the built-in template
    const { result, calls } = measured(world, () => world.generate('generateClientReport', {}));
    expect(result.warnings).toEqual([]);
    const doc = world.workspace.drive.find(result.file.id)!.content as DocModel;
    const [chart] = images(doc);
    expect(chart).toMatchObject({ kind: 'image', contentType: 'image/png' });
    // Right under the summary, before the KPI table it draws.
    const at = doc.body.children.findIndex((b) => b.kind === 'paragraph' && b.children.some((c) => c.kind === 'image'));
    expect(doc.body.children[at + 1]?.kind).toBe('table');
    expect(temporary(world)).toEqual([]);
    expect(calls['FilesCollection.create']).toBe(1);
    expect(calls['PermissionsCollection.create']).toBe(1);
    expect(calls['FilesCollection.remove']).toBe(1);
    expect(calls['DocumentsCollection.batchUpdate']).toBe(1);
  });

  it('is left out, with the reason, when the domain forbids sharing by link; the file still goes', () => {
    const world = reportsWorld();
    world.workspace.drive.linkSharingAllowed = false;
    const result = world.generate('generateClientReport', {});
    expect(result.warnings).toEqual([expect.stringContaining('your organization doesn’t allow sharing a file that way')]);
    expect(images(world.workspace.drive.find(result.file.id)!.content as DocModel)).toEqual([]);
    expect(world.markdown(result.file.id)).toContain('| Reach | 4,000,000 | 3,580,000 | −10.5% | Missed |');
    expect(temporary(world)).toEqual([]);
  });

  it('is what Diagnostics checks on a real account, and its line fails with the reason when sharing is forbidden', () => {
    const world = reportsWorld();
    const pass = world.bundle.run('runDiagnostics') as DiagnosticsReport;
    expect(pass.lines.find((l) => l.check === 'Chart in a report')).toMatchObject({ pass: true });
    world.workspace.drive.linkSharingAllowed = false;
    const fail = world.bundle.run('runDiagnostics') as DiagnosticsReport;
    expect(fail.lines.find((l) => l.check === 'Chart in a report')).toMatchObject({ pass: false, detail: expect.stringContaining('Drive refused') });
    expect(temporary(world)).toEqual([]);
  });

  it('is drawn at the pixels of its box, the text column wide, so Docs places it unscaled', () => {
    const world = reportsWorld();
    const result = world.generate('generateClientReport', {});
    const [chart] = images(world.workspace.drive.find(result.file.id)!.content as DocModel);
    if (chart?.kind !== 'image') throw new Error('no chart picture');
    const pixels = pngPixels(chart.base64);
    // The placed size (CSS pixels, 96 a inch) is the picture's own: one picture pixel a screen pixel.
    expect({ width: Math.round(chart.width), height: Math.round(chart.height) }).toEqual(pixels);
    expect(pixels.width).toBe(Math.floor(TEXT_COLUMN.width * PIXELS_PER_PT));
    expect(pixels.height).toBeGreaterThan(7 * 17); // a row a KPI, the sample's seven
  });

  it('is named in the checks when the template has it where Docs places text only, and no picture is made', () => {
    const world = reportsWorld();
    const template: DocModel = {
      body: { kind: 'body', id: '', children: ['{{summary}}', '{{kpi_table}}', '{{misses}}', '{{top_content}}', '{{learnings}}', '{{recommendations}}'].map(para) },
      header: { kind: 'header', id: 'kix.hdr1', children: [para('{{variance_chart}}')] },
      revision: 1, nextId: 10,
    };
    const id = world.workspace.drive.create({ name: 'Header chart', mimeType: DOCUMENT_MIME, content: template, owner: 'you@agency.example', grantedTo: ['you@agency.example'] }).id;
    world.bundle.run('setTemplate', { artefact: 'clientReport', url: `https://docs.google.com/document/d/${id}/edit` });
    const { result, calls } = measured(world, () => world.generate('generateClientReport', {}));
    expect(result.warnings).toEqual([expect.stringContaining('the template has {{variance_chart}} in its header or footer, where Docs places text only')]);
    expect(calls['FilesCollection.create'] ?? 0).toBe(0);
    expect(temporary(world)).toEqual([]);
  });

  it('in the deck, is drawn at each box’s visible size (size × scale)', () => {
    const world = reportsWorld();
    const deck = world.workspace.drive.find(world.generate('exportSlides').file.id)!.content as PresentationModel;
    const pictures = deck.slides.flatMap((s) => s.elements).filter((e) => e.kind === 'image' && e.dataUri?.startsWith('data:image/png'));
    expect(pictures.length).toBe(3);
    // The last slide opens the forward-looking part as a section: its title, the tier chart under it, the recommendations.
    expect(deck.slides.map((s) => s.layout)).toEqual(['TITLE', 'TITLE_AND_TWO_COLUMNS', 'TITLE_AND_TWO_COLUMNS', 'TITLE_AND_TWO_COLUMNS', 'SECTION_TITLE_AND_DESCRIPTION']);
    expect(deck.slides[4]!.elements.some((e) => e.kind === 'image' && e.description?.startsWith('Pooled CPE per tier'))).toBe(true);
    for (const picture of pictures) {
      if (picture.kind !== 'image') continue;
      const pixels = pngPixels(picture.dataUri!.split(',')[1]!);
      expect(Math.abs(pixels.width - picture.box.width * PIXELS_PER_PT)).toBeLessThanOrEqual(1);
      expect(Math.abs(pixels.height - picture.box.height * PIXELS_PER_PT)).toBeLessThanOrEqual(1);
    }
  });
});
