// Generating a Doc artefact (client report, internal brief, creator feedback notes, kickoff pack): make its content,
// check the template holds what the artefact needs (one Docs API read, before anything is made), copy it under a new
// name, fill the copy (screenshots included), remember it.
import type { ReportContent } from '../../domain/reports/content.ts';
import { placeholdersInDoc, type DocsJson } from '../../domain/reports/docs-json.ts';
import { outputFileName } from '../../domain/reports/names.ts';
import { ARTEFACT_NAMES, checkTemplatePlaceholders, describeMissing, token, type Artefact } from '../../domain/reports/placeholders.ts';
import type { GeneratedFile, GenerateResult } from '../../domain/rpc.ts';
import type { Workbook } from '../../domain/records.ts';
import { BadInputError } from '../errors.ts';
import { copyFile, docsService, fileUrl } from './drive-files.ts';
import { removeSharedCharts, shareCharts } from './doc-charts.ts';
import { fillDoc } from './fill-doc.ts';
import { loadGeneratedFiles, rememberGeneratedFile } from './settings.ts';
import { readTemplate, usesOwnTemplate, type Template } from './templates.ts';
import { outdatedBuiltIn } from '../../domain/reports/doc-templates.ts';

/** Names the template's gaps before anything is copied; unknown placeholders are only worth a warning. */
export function checkTemplate(artefact: Artefact, template: Template, found: string[]): string[] {
  const check = checkTemplatePlaceholders(artefact, found);
  if (check.missing.length) throw new BadInputError(describeMissing(artefact, template.name, check.missing));
  return check.unknown.map((name) => `The template uses ${token(name)}, which the ${ARTEFACT_NAMES[artefact].toLowerCase()} doesn’t fill; it was left as it is.`);
}

export function newFileName(workbook: Workbook, artefact: Artefact, today: string, known: GeneratedFile[] = loadGeneratedFiles()): string {
  return outputFileName(workbook.campaign.client, workbook.campaign.campaign, artefact, today, known.map((f) => f.name));
}

export function recordFile(artefact: Artefact, id: string, name: string, mimeType: string, warnings: string[], known?: GeneratedFile[]): GenerateResult {
  const file: GeneratedFile = { artefact, id, name, url: fileUrl(mimeType, id), createdAt: new Date().toISOString() };
  return { file, files: rememberGeneratedFile(file, known), warnings };
}

/**
 * Make the content, check the template (one Docs API read: for the built-in one, the only look-up), copy it, share its charts' pictures for the fill (doc-charts.ts), fill
 * it in one batch, remove the pictures' files. A copy's body reads as its template's, so the fill is planned from the template's JSON; a
 * template with placeholders in its header or footer is read again as the copy (their ids are the copy's own).
 */
export function generateDoc(artefact: Artefact, make: (fullDetail: boolean) => ReportContent, workbook: Workbook, today: string): GenerateResult {
  // The content first: a builder with nothing to write (no creator chosen for a note) refuses before any template
  // is read or made.
  const content = make(usesOwnTemplate(artefact));
  // A built-in template made by an earlier Debrief, before its layout last changed (margins, headings), is made again.
  const { template, json } = readTemplate(artefact, (id) => docsService().Documents!.get(id) as DocsJson, (doc) => !outdatedBuiltIn(doc));
  const where = placeholdersInDoc(json);
  const warnings = checkTemplate(content.artefact, template, where.all);
  const known = loadGeneratedFiles();
  const copy = copyFile(template.id, newFileName(workbook, content.artefact, today, known));
  const sameAsTemplate = where.headers.length === 0 && where.footers.length === 0;
  const charts = shareCharts(content, json);
  try {
    warnings.push(...(content.notes ?? []), ...charts.warnings, ...fillDoc(copy.id, charts.content, sameAsTemplate ? json : undefined));
  } finally {
    removeSharedCharts(charts.files);
  }
  return recordFile(content.artefact, copy.id, copy.name, template.mimeType, warnings, known);
}
