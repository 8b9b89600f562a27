// Puts a block placeholder's content into a Doc at one child index with DocumentApp: headings and plain
// paragraphs directly, a table in one insertTable call whatever its size, and lists and linked or bold text as a
// marker paragraph that one Docs API batch turns into the real thing (rich-text.ts), so no call is made per item.
import type { Block, Span } from '../../domain/reports/model.ts';
import { spansText } from '../../domain/reports/model.ts';
import { richMarker, type RichSlot } from '../../domain/reports/rich-text.ts';

/** Body and TableCell: the containers that can take paragraphs and tables. */
export type BlockContainer = GoogleAppsScript.Document.Body | GoogleAppsScript.Document.TableCell;

/** A screenshot whose link paragraph was written; the image itself goes in afterwards, if Docs can fetch it. */
export interface ImageSlot {
  url: string;
  alt: string;
  text: string;
}

/** What inserting blocks leaves for the Docs API pass: marker paragraphs to fill and screenshots to place. */
export interface Pending {
  rich: RichSlot[];
  images: ImageSlot[];
  nonce: string;
}

export function newPending(): Pending {
  return { rich: [], images: [], nonce: Math.random().toString(36).slice(2, 10) };
}

const styled = (spans: readonly Span[]) => spans.some((s) => s.text && (s.link || s.bold));

/** Inserts `blocks` at `index` of `container`; returns how many elements went in. */
export function insertBlocks(container: BlockContainer, index: number, blocks: readonly Block[], pending: Pending): number {
  const headings = [DocumentApp.ParagraphHeading.HEADING1, DocumentApp.ParagraphHeading.HEADING2, DocumentApp.ParagraphHeading.HEADING3];
  let at = index;
  const rich = (paragraphs: Span[][], bullets: boolean) => {
    const marker = richMarker(pending.nonce, pending.rich.length + 1);
    pending.rich.push({ marker, paragraphs, bullets });
    container.insertParagraph(at++, marker);
  };
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        container.insertParagraph(at++, block.text).setHeading(headings[block.level - 1]);
        break;
      case 'paragraph':
        if (styled(block.spans)) rich([block.spans], false);
        else container.insertParagraph(at++, spansText(block.spans));
        break;
      case 'bullets':
        rich(block.items, true);
        break;
      case 'table': {
        const width = Math.max(block.header.length, ...block.rows.map((r) => r.length));
        const pad = (row: readonly string[]) => Array.from({ length: width }, (_, i) => row[i] ?? '');
        container.insertTable(at++, [pad(block.header), ...block.rows.map(pad)]).getRow(0).editAsText().setBold(true);
        break;
      }
      case 'image':
        rich([block.fallback], false);
        pending.images.push({ url: block.url, alt: block.alt, text: spansText(block.fallback) });
        break;
    }
  }
  return at - index;
}
