// Puts a block placeholder's content (headings, paragraphs, bullet lists, tables) into a Doc at one child index
// with DocumentApp. A table is one insertTable call whatever its size; lists are capped upstream (MAX_LIST_ITEMS).
import type { Block, Span } from '../../domain/reports/model.ts';
import { spansText } from '../../domain/reports/model.ts';

/** Body and TableCell: the containers that can take paragraphs, list items and tables. */
export type BlockContainer = GoogleAppsScript.Document.Body | GoogleAppsScript.Document.TableCell;

/** A screenshot whose link paragraph was written; the image itself goes in afterwards, if Docs can fetch it. */
export interface ImageSlot {
  url: string;
  alt: string;
  text: string;
}

const HEADINGS = (app: GoogleAppsScript.Document.DocumentApp) => [app.ParagraphHeading.HEADING1, app.ParagraphHeading.HEADING2, app.ParagraphHeading.HEADING3];

/** Links and bold on the spans that have them; plain spans cost no call. */
function styleSpans(element: GoogleAppsScript.Document.Paragraph | GoogleAppsScript.Document.ListItem, spans: readonly Span[]): void {
  if (!spans.some((s) => (s.link || s.bold) && s.text)) return;
  const text = element.editAsText();
  let at = 0;
  for (const span of spans) {
    const end = at + span.text.length - 1;
    if (span.text && span.link) text.setLinkUrl(at, end, span.link);
    if (span.text && span.bold) text.setBold(at, end, true);
    at += span.text.length;
  }
}

/** Inserts `blocks` at `index` of `container`; returns how many elements went in and the screenshots to place. */
export function insertBlocks(container: BlockContainer, index: number, blocks: readonly Block[]): { count: number; images: ImageSlot[] } {
  const app = DocumentApp;
  const images: ImageSlot[] = [];
  let at = index;
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        container.insertParagraph(at++, block.text).setHeading(HEADINGS(app)[block.level - 1]);
        break;
      case 'paragraph':
        styleSpans(container.insertParagraph(at++, spansText(block.spans)), block.spans);
        break;
      case 'bullets':
        for (const item of block.items) {
          const li = container.insertListItem(at++, spansText(item)).setGlyphType(app.GlyphType.BULLET);
          styleSpans(li, item);
        }
        break;
      case 'table': {
        const width = Math.max(block.header.length, ...block.rows.map((r) => r.length));
        const pad = (row: readonly string[]) => Array.from({ length: width }, (_, i) => row[i] ?? '');
        const table = container.insertTable(at++, [pad(block.header), ...block.rows.map(pad)]);
        table.getRow(0).editAsText().setBold(true);
        break;
      }
      case 'image': {
        const textValue = spansText(block.fallback);
        styleSpans(container.insertParagraph(at++, textValue), block.fallback);
        images.push({ url: block.url, alt: block.alt, text: textValue });
        break;
      }
    }
  }
  return { count: at - index, images };
}
