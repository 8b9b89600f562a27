// Random Unicode through every text path, against the local Docs and Slides APIs (which strip what Google's
// insertText strips and count UTF-16 code units): C0 controls, private-use characters, astral emoji, ZWJ
// sequences, right-to-left text, combining marks and lone surrogates, in report text, lists, links, tables,
// learnings and decks. No request may be refused, and every link and bold run must land on exactly its own text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReportContent } from '../../../src/domain/reports/content.ts';
import { deckTemplateRequests } from '../../../src/domain/reports/deck.ts';
import { planDeckFill } from '../../../src/domain/reports/deck-fill.ts';
import { planDocFill } from '../../../src/domain/reports/doc-fill.ts';
import { DOC_TEMPLATES, docTemplateRequests } from '../../../src/domain/reports/doc-templates.ts';
import { bodyOutline } from '../../../src/domain/reports/docs-json.ts';
import { oneLine, planLearningsAppend } from '../../../src/domain/reports/learnings-doc.ts';
import type { Block, Span } from '../../../src/domain/reports/model.ts';
import { PLACEHOLDERS } from '../../../src/domain/reports/placeholders.ts';
import { storedLine, storedText } from '../../../src/domain/reports/stored-text.ts';
import { plainText } from '../../../src/local/emulator/slides/text.ts';
import { paragraphText, paragraphs, plannerWorld, styledRuns } from './planner-world.ts';

const char = (from: number, to: number) => fc.integer({ min: from, max: to }).map((c) => String.fromCodePoint(c));
/** Pieces of text people paste: words, and every kind of character Google strips, splits or counts oddly. */
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('Acme', 'launch', ' ', 'Nano tier', '42K', '$1,200', '3.5%', '{{client}}', '$1', '\\', '.*', '—', 'é') },
  { weight: 2, arbitrary: char(0x00, 0x1f) }, // C0 controls: tab, newline and vertical tab kept, the rest stripped
  { weight: 2, arbitrary: char(0xe000, 0xf8ff) }, // private use: stripped
  { weight: 1, arbitrary: char(0x1f300, 0x1faff) }, // astral emoji: two code units each
  { weight: 1, arbitrary: fc.constantFrom('👩‍👩‍👧', '🏳️‍🌈', '👍🏽', '🇯🇵') }, // ZWJ sequences, modifiers, flags
  { weight: 1, arbitrary: fc.constantFrom('مرحبا', 'שלום', '\u200f', '\u202e') }, // right-to-left text and marks
  { weight: 1, arbitrary: fc.constantFrom('e\u0301', 'a\u0308\u0323', '\u0301') }, // combining marks
  { weight: 1, arbitrary: char(0xd800, 0xdfff) }, // lone surrogates
  { weight: 1, arbitrary: fc.constantFrom('\u2028', '\u2029', '\u00a0', '\ufeff', '\u2060') },
);
const hostile = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));

let linkCount = 0;
/** A run of spans: no two bold spans side by side, and each link unique, so each lands as its own run. */
const spans = fc.array(fc.tuple(hostile, fc.constantFrom('plain', 'bold', 'link')), { minLength: 1, maxLength: 4 }).map((parts) => {
  let previousBold = false;
  return parts.map(([text, kind]): Span => {
    const bold = kind === 'bold' && !previousBold;
    previousBold = bold;
    return kind === 'link' ? { text, link: `https://example.com/l/${++linkCount}` } : bold ? { text, bold } : { text };
  });
});
const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ kind: fc.constant('heading' as const), level: fc.constantFrom(1 as const, 2 as const, 3 as const), text: hostile }),
  fc.record({ kind: fc.constant('paragraph' as const), spans }),
  fc.record({ kind: fc.constant('bullets' as const), items: fc.array(spans, { minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant('table' as const), header: fc.array(hostile, { minLength: 1, maxLength: 4 }), rows: fc.array(fc.array(hostile, { minLength: 1, maxLength: 4 }), { maxLength: 3 }) }),
  fc.record({ kind: fc.constant('image' as const), url: fc.constant('https://cdn.example/not-public.png'), alt: hostile, fallback: spans }),
);

function content(artefact: ReportContent['artefact']): fc.Arbitrary<ReportContent> {
  const names = PLACEHOLDERS.filter((p) => p.in.includes(artefact));
  const text = fc.record(Object.fromEntries(names.filter((p) => p.kind === 'text').map((p) => [p.name, hostile])));
  const blocks = fc.record(Object.fromEntries(names.filter((p) => p.kind === 'block').map((p) => [p.name, fc.array(block, { maxLength: 3 })])));
  return fc.record({ text, blocks }).map((c) => ({ artefact, title: 'Title', text: c.text, blocks: c.blocks }));
}

/** What a content's links and bold text should become in the Doc: each span's text as Google keeps it. */
function expectedRuns(c: ReportContent): { links: string[]; bold: string[] } {
  const links: string[] = [];
  const bold: string[] = [];
  for (const b of Object.values(c.blocks).flat()) {
    const all = b.kind === 'paragraph' ? [b.spans] : b.kind === 'bullets' ? b.items : b.kind === 'image' ? [b.fallback] : [];
    for (const line of all) {
      let run = ''; // bold spans with only stripped-away text between them read as one run
      for (const s of line) {
        const text = storedLine(s.text);
        if (text && s.link) links.push(`${text} → ${s.link}`);
        if (text && s.bold) run += text;
        else if (text && run) {
          bold.push(run);
          run = '';
        }
      }
      if (run) bold.push(run);
    }
    if (b.kind === 'table') for (const cell of b.header) if (storedLine(cell)) bold.push(storedLine(cell));
  }
  return { links: links.sort(), bold: bold.sort() };
}

const RUNS = { doc: 700, learnings: 250, deck: 150 };

describe('random Unicode through every text path', () => {
  it(`fills client reports and briefs: nothing refused, every link and bold run on its own text (${RUNS.doc} cases)`, () => {
    const w = plannerWorld();
    const templates = {
      clientReport: w.docFrom(docTemplateRequests(DOC_TEMPLATES.clientReport.lines)),
      internalBrief: w.docFrom(docTemplateRequests(DOC_TEMPLATES.internalBrief.lines)),
    };
    const artefact = fc.constantFrom('clientReport' as const, 'internalBrief' as const);
    fc.assert(fc.property(artefact.chain((a) => content(a)), (c) => {
      const id = w.copy(templates[c.artefact as 'clientReport' | 'internalBrief']);
      const plan = planDocFill(w.Docs.Documents.get(id), c, { pictures: false });
      w.Docs.Documents.batchUpdate({ requests: plan.requests }, id);
      const doc = w.doc(id);
      const expected = expectedRuns(c);
      expect(styledRuns(doc, (s) => s.linkUrl).map((r) => `${r.text} → ${r.value}`).sort()).toEqual(expected.links);
      expect(styledRuns(doc, (s) => (s.bold ? 'bold' : undefined)).map((r) => r.text).sort()).toEqual(expected.bold);
      const texts = paragraphs(doc).map(paragraphText).join('\n');
      expect(texts).not.toMatch(/\{\{(summary|kpi_table|misses|learnings|dates)\}\}/); // every placeholder went
      // The title line names the campaign, the subtitle is the byline (client, dates, date): each as typed, less what Google strips.
      for (const name of ['campaign', 'byline']) expect(texts).toContain(storedLine((c.text[name] ?? '').replace(/\s*[\r\n]+\s*/g, ' ')));
    }), { numRuns: RUNS.doc });
  });

  it(`appends learnings to the shared Doc: nothing refused, every line kept as typed (${RUNS.learnings} cases)`, () => {
    const w = plannerWorld();
    const entry = fc.record({ client: hostile, heading: hostile, bullets: fc.array(hostile, { minLength: 3, maxLength: 5 }) });
    fc.assert(fc.property(fc.array(entry, { minLength: 1, maxLength: 3 }), (entries) => {
      const id = w.docFrom([{ insertText: { location: { index: 1 }, text: 'Client learnings\nIntro' } }]);
      const added = entries.filter((e) => {
        const json = w.Docs.Documents.get(id);
        const plan = planLearningsAppend(json, e);
        if (plan.status === 'append') w.Docs.Documents.batchUpdate({ requests: plan.requests, writeControl: { requiredRevisionId: json.revisionId } }, id);
        return plan.status === 'append';
      });
      const outline = bodyOutline(w.Docs.Documents.get(id));
      const bullets = outline.filter((p) => p.bullet).map((p) => p.text);
      expect(added.length).toBeGreaterThan(0);
      for (const e of added) {
        for (const b of e.bullets.map(oneLine).filter(Boolean)) expect(bullets).toContain(b);
        expect(outline.some((p) => p.style === 'HEADING_2' && p.text === oneLine(e.heading))).toBe(true);
      }
      expect(outline[0]?.text).toBe('Client learnings');
    }), { numRuns: RUNS.learnings });
  });

  it(`fills decks: nothing refused, table cells and text as Google keeps them (${RUNS.deck} cases)`, () => {
    const w = plannerWorld();
    const template: string = w.Slides.Presentations.create({ title: 'Deck template' }).presentationId;
    const first = w.Slides.Presentations.get(template).slides.map((s: { objectId: string }) => s.objectId);
    w.Slides.Presentations.batchUpdate({ requests: deckTemplateRequests(first) }, template);
    const cells = fc.array(hostile, { minLength: 1, maxLength: 4 });
    fc.assert(fc.property(content('deck'), cells, (c, row) => {
      c.blocks.kpi_table = [{ kind: 'table', header: ['KPI', ...row], rows: [row.map((x) => `${x}!`)] }];
      const id = w.copy(template);
      const plan = planDeckFill(w.Slides.Presentations.get(id), c, true);
      w.Slides.Presentations.batchUpdate({ requests: plan.requests }, id);
      const tables = w.deck(id).slides.flatMap((s) => s.elements).filter((e) => e.kind === 'table');
      const kpi = tables[0]!.kind === 'table' ? tables[0]!.cells.map((r) => r.map(plainText)) : [];
      expect(kpi[0]).toEqual(['KPI', ...row].map(storedLine));
      const title = w.deck(id).slides[0]!.elements.map((e) => (e.kind === 'shape' ? plainText(e.text) : '')).join('\n');
      expect(title).toContain(storedText(c.text.client ?? ''));
    }), { numRuns: RUNS.deck });
  });
});
