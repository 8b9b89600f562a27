// Generating a client report or internal brief: check the template holds what the artefact needs (one Docs API
// read, before anything is made), copy it under a new name, fill the copy, place any screenshots, remember it.
import type { ReportContent } from '../../domain/reports/content.ts';
import { bodyOutline, placeholdersInDoc, type DocsJson } from '../../domain/reports/docs-json.ts';
import { fileIdFromUrl, outputFileName } from '../../domain/reports/names.ts';
import { ARTEFACT_NAMES, checkTemplatePlaceholders, describeMissing, token, type Artefact } from '../../domain/reports/placeholders.ts';
import type { GeneratedFile, GenerateResult } from '../../domain/rpc.ts';
import type { Workbook } from '../../domain/records.ts';
import { BadInputError } from '../errors.ts';
import type { ImageSlot } from './doc-blocks.ts';
import { copyFile, docsService, driveService, fileUrl } from './drive-files.ts';
import { fillDoc } from './fill-doc.ts';
import { loadGeneratedFiles, rememberGeneratedFile } from './settings.ts';
import { resolveTemplate, type Template } from './templates.ts';

const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif'];

/** Names the template's gaps before anything is copied; unknown placeholders are only worth a warning. */
export function checkTemplate(artefact: Artefact, template: Template, found: string[]): string[] {
  const check = checkTemplatePlaceholders(artefact, found);
  if (check.missing.length) throw new BadInputError(describeMissing(artefact, template.name, check.missing));
  return check.unknown.map((name) => `The template uses ${token(name)}, which the ${ARTEFACT_NAMES[artefact].toLowerCase()} doesn’t fill; it was left as it is.`);
}

export function newFileName(workbook: Workbook, artefact: Artefact, today: string): string {
  return outputFileName(workbook.campaign.client, workbook.campaign.campaign, artefact, today, loadGeneratedFiles().map((f) => f.name));
}

export function recordFile(artefact: Artefact, id: string, name: string, mimeType: string, warnings: string[]): GenerateResult {
  const file: GeneratedFile = { artefact, id, name, url: fileUrl(mimeType, id), createdAt: new Date().toISOString() };
  return { file, files: rememberGeneratedFile(file), warnings };
}

export function generateDoc(content: ReportContent, workbook: Workbook, today: string): GenerateResult {
  const template = resolveTemplate(content.artefact);
  const where = placeholdersInDoc(docsService().Documents!.get(template.id) as DocsJson);
  const warnings = checkTemplate(content.artefact, template, where.all);
  const copy = copyFile(template.id, newFileName(workbook, content.artefact, today));
  const images = fillDoc(copy.id, content, where);
  warnings.push(...placeScreenshots(copy.id, images));
  return recordFile(content.artefact, copy.id, copy.name, template.mimeType, warnings);
}

/**
 * Screenshots the user can open (Drive images) go in front of their link paragraph through the Docs API, in one
 * batch; if Docs can't fetch them the links stay, and the person is told.
 */
function placeScreenshots(docId: string, images: ImageSlot[]): string[] {
  const usable = images.filter((image) => {
    const id = fileIdFromUrl(image.url);
    if (!id) return false;
    try {
      return IMAGE_TYPES.includes(driveService().Files!.get(id, { fields: 'id,mimeType' }).mimeType ?? '');
    } catch {
      return false; // not one the user gave Debrief access to: the link stays, as for any other screenshot
    }
  });
  if (usable.length === 0) return [];
  const docs = docsService().Documents!;
  const outline = bodyOutline(docs.get(docId) as DocsJson);
  const requests = usable.flatMap((image) => {
    const at = outline.find((p) => p.text === image.text && p.links.includes(image.url));
    return at ? [{ index: at.start, request: { insertInlineImage: { uri: image.url, location: { index: at.start }, objectSize: { width: { magnitude: 360, unit: 'PT' } } } } }] : [];
  }).sort((a, b) => b.index - a.index).map((r) => r.request);
  if (requests.length === 0) return [];
  try {
    docs.batchUpdate({ requests }, docId);
    return [];
  } catch (error) {
    console.warn('Screenshots not placed', error);
    return [`Docs couldn’t fetch ${usable.length === 1 ? 'a screenshot' : `${usable.length} screenshots`}, so the report links to ${usable.length === 1 ? 'it' : 'them'} instead.`];
  }
}
