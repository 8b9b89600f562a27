// Fills a copied Doc template with DocumentApp, keeping its styles, header, footer and logo. Block placeholders
// are located first (so text filled later can't be mistaken for one), text placeholders are replaced in body,
// header and footer (pattern regex-escaped, replacement escaped for "$" and "\"), then blocks go in.
import type { ReportContent } from '../../domain/reports/content.ts';
import type { DocPlaceholders } from '../../domain/reports/docs-json.ts';
import { blockLines } from '../../domain/reports/model.ts';
import { escapeRegex, escapeReplacement, GUARDED_BRACE, guardBraces, token } from '../../domain/reports/placeholders.ts';
import { insertBlocks, type BlockContainer, type ImageSlot } from './doc-blocks.ts';

type Section = GoogleAppsScript.Document.Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;
type Paragraph = GoogleAppsScript.Document.Paragraph;

/** A template may repeat a block placeholder; more than this many copies of one is surely a mistake. */
const MAX_COPIES = 3;

interface Slot {
  name: string;
  paragraph: Paragraph;
}

function locateSlots(body: GoogleAppsScript.Document.Body, names: readonly string[]): Slot[] {
  const slots: Slot[] = [];
  for (const name of names) {
    const pattern = escapeRegex(token(name));
    let found = body.findText(pattern);
    for (let copies = 0; found && copies < MAX_COPIES; copies++) {
      slots.push({ name, paragraph: found.getElement().getParent() as Paragraph });
      found = body.findText(pattern, found);
    }
  }
  return slots;
}

/** Text for a text placeholder, or a block's lines where only text can go (a header or footer). */
function textValue(content: ReportContent, name: string): string | undefined {
  const blocks = content.blocks[name];
  const raw = blocks !== undefined ? blocks.flatMap(blockLines).join('; ') : content.text[name];
  return raw === undefined ? undefined : raw.replace(/\s*[\r\n]+\s*/g, ' ');
}

export function fillDoc(docId: string, content: ReportContent, where: DocPlaceholders): ImageSlot[] {
  const doc = DocumentApp.openById(docId);
  const body = doc.getBody();
  const parts: { section: Section | null; names: string[]; blocksAsText: boolean }[] = [
    { section: body, names: where.body, blocksAsText: false },
    { section: where.headers.length ? doc.getHeader() : null, names: where.headers, blocksAsText: true },
    { section: where.footers.length ? doc.getFooter() : null, names: where.footers, blocksAsText: true },
  ];
  const slots = locateSlots(body, where.body.filter((name) => content.blocks[name] !== undefined));

  let guarded = false;
  for (const { section, names, blocksAsText } of parts) {
    for (const name of names) {
      if (!section || (!blocksAsText && content.blocks[name] !== undefined)) continue;
      const raw = textValue(content, name);
      if (raw === undefined) continue; // not this artefact's placeholder: left as typed (the caller warns)
      const value = guardBraces(raw);
      guarded ||= value !== raw;
      section.replaceText(escapeRegex(token(name)), escapeReplacement(value));
    }
  }

  const images: ImageSlot[] = [];
  for (const slot of slots) images.push(...fillSlot(slot, content));
  if (guarded) for (const { section } of parts) section?.replaceText(escapeRegex(GUARDED_BRACE), '{');
  doc.saveAndClose();
  return images;
}

/**
 * A placeholder alone in its paragraph is replaced by the blocks; one sharing its paragraph with other text is
 * removed from it and the blocks follow. A section's last paragraph can't be removed, so it is emptied instead.
 */
function fillSlot({ name, paragraph }: Slot, content: ReportContent): ImageSlot[] {
  const container = paragraph.getParent() as unknown as BlockContainer;
  const alone = paragraph.getText().trim() === token(name);
  let index = container.getChildIndex(paragraph);
  if (!alone) {
    paragraph.replaceText(escapeRegex(token(name)), '');
    index += 1;
  }
  const { count, images } = insertBlocks(container, index, content.blocks[name]);
  if (alone) {
    if (index + count + 1 < container.getNumChildren()) paragraph.removeFromParent();
    else paragraph.setText('');
  }
  return images;
}
