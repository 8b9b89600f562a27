// Fills a copied Doc template with DocumentApp, keeping its styles, header, footer and logo. Block placeholders
// are located first (so text filled later can't be mistaken for one), text placeholders are replaced in body,
// header and footer (pattern regex-escaped, replacement escaped for "$" and "\"), then blocks go in; lists and
// styled text follow in one Docs API batch once DocumentApp has saved.
import type { ReportContent } from '../../domain/reports/content.ts';
import type { DocPlaceholders } from '../../domain/reports/docs-json.ts';
import type { DocsJson } from '../../domain/reports/docs-json.ts';
import { blockLines } from '../../domain/reports/model.ts';
import { planRichText } from '../../domain/reports/rich-text.ts';
import { escapeRegex, escapeReplacement, GUARDED_BRACE, guardBraces, token } from '../../domain/reports/placeholders.ts';
import { insertBlocks, newPending, type BlockContainer, type ImageSlot, type Pending } from './doc-blocks.ts';
import { docsService } from './drive-files.ts';

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

  const pending = newPending();
  for (const slot of slots) fillSlot(slot, content, pending);
  if (guarded) for (const { section } of parts) section?.replaceText(escapeRegex(GUARDED_BRACE), '{');
  doc.saveAndClose(); // the Docs API reads the saved Doc, so DocumentApp's edits must be in it first
  fillRichText(docId, pending);
  return pending.images;
}

/** One read and one batch for every list and styled paragraph, however many items they hold. */
function fillRichText(docId: string, pending: Pending): void {
  if (pending.rich.length === 0) return;
  const docs = docsService().Documents!;
  const { requests, missing } = planRichText(docs.get(docId) as DocsJson, pending.rich);
  if (missing.length) console.warn(`Lost track of ${missing.length} list(s) while filling ${docId}`);
  if (requests.length) docs.batchUpdate({ requests }, docId);
}

/**
 * A placeholder alone in its paragraph is replaced by the blocks; one sharing its paragraph with other text is
 * removed from it and the blocks follow. A section's last paragraph can't be removed, so it is emptied instead.
 */
function fillSlot({ name, paragraph }: Slot, content: ReportContent, pending: Pending): void {
  const container = paragraph.getParent() as unknown as BlockContainer;
  const alone = paragraph.getText().trim() === token(name);
  let index = container.getChildIndex(paragraph);
  if (!alone) {
    paragraph.replaceText(escapeRegex(token(name)), '');
    index += 1;
  }
  const count = insertBlocks(container, index, content.blocks[name], pending);
  if (alone) {
    if (index + count + 1 < container.getNumChildren()) paragraph.removeFromParent();
    else paragraph.setText('');
  }
}
