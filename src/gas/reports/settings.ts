// What Debrief remembers about the documents, validated on every read (stored settings are a boundary):
// per user, the template files and the shared learnings Doc; per spreadsheet, the files it generated and the
// learnings the team kept for appending. Each value stays inside its byte budget (domain/property-budget.ts).
import * as z from 'zod/mini';
import { ARTEFACTS, type Artefact } from '../../domain/artefacts.ts';
import { newestThatFit } from '../../domain/property-budget.ts';
import { shortened } from '../../domain/reports/names.ts';
import type { GeneratedFile } from '../../domain/rpc.ts';
import { deleteStored, readStored, writeStored } from '../stored-properties.ts';

const TEMPLATES_KEY = 'debrief.templates';
const LEARNINGS_DOC_KEY = 'debrief.learningsDoc';
const FILES_KEY = 'debrief.generatedFiles';
const KEPT_KEY = 'debrief.keptLearnings';
/** The sidebar lists at most this many recent files (fewer when long names fill the budget); Drive keeps them all. */
const MAX_FILES_KEPT = 30;
const MAX_NAME = 500;

const FileId = z.string().check(z.regex(/^[A-Za-z0-9_-]{10,200}$/));
/** A file id per artefact of the registry (src/domain/artefacts.ts), each optional. */
const PerArtefact = z.object(Object.fromEntries(ARTEFACTS.map((a) => [a, z.optional(FileId)])) as Record<Artefact, z.ZodMiniOptional<typeof FileId>>);
const TemplatesSchema = z.object({ defaults: PerArtefact, custom: PerArtefact });
export type TemplateSettings = z.infer<typeof TemplatesSchema>;

const GeneratedFileSchema = z.object({
  artefact: z.enum(ARTEFACTS as [Artefact, ...Artefact[]]),
  id: FileId,
  name: z.string().check(z.maxLength(MAX_NAME)),
  url: z.string().check(z.maxLength(500)),
  createdAt: z.string().check(z.maxLength(40)),
});
const KeptSchema = z.array(z.string().check(z.maxLength(1000))).check(z.maxLength(20));

export function loadTemplates(): TemplateSettings {
  return readStored(TEMPLATES_KEY, TemplatesSchema, { defaults: {}, custom: {} });
}

export function saveTemplates(settings: TemplateSettings): void {
  writeStored(TEMPLATES_KEY, TemplatesSchema.parse(settings));
}

export function setTemplateId(kind: 'defaults' | 'custom', artefact: Artefact, id: string | undefined): TemplateSettings {
  const settings = loadTemplates();
  if (id) settings[kind][artefact] = id;
  else delete settings[kind][artefact];
  saveTemplates(settings);
  return settings;
}

export function loadLearningsDocId(): string | undefined {
  return readStored(LEARNINGS_DOC_KEY, z.optional(z.object({ id: FileId })), undefined)?.id;
}

export function saveLearningsDocId(id: string | undefined): void {
  if (id) writeStored(LEARNINGS_DOC_KEY, { id: FileId.parse(id) });
  else deleteStored(LEARNINGS_DOC_KEY);
}

export function loadGeneratedFiles(): GeneratedFile[] {
  return readStored(FILES_KEY, z.array(GeneratedFileSchema), []);
}

/**
 * Remembers a new file (newest first) and returns the list the sidebar shows: the newest that fit the budget, so
 * remembering can never fail after the file was made. A name longer than the list keeps is shortened in the list.
 * `known`: the list when the caller has already read it (one properties read per document).
 */
export function rememberGeneratedFile(file: GeneratedFile, known: GeneratedFile[] = loadGeneratedFiles()): GeneratedFile[] {
  const all = [{ ...file, name: shortened(file.name, MAX_NAME) }, ...known.filter((f) => f.id !== file.id)].slice(0, MAX_FILES_KEPT);
  const files = newestThatFit(FILES_KEY, all);
  writeStored(FILES_KEY, files);
  return files;
}

export function loadKeptLearnings(): string[] | undefined {
  return readStored(KEPT_KEY, z.optional(KeptSchema), undefined);
}

/** Throws a QuotaError, before anything is written or made, when the items don't fit their budget. */
export function saveKeptLearnings(items: string[]): void {
  writeStored(KEPT_KEY, KeptSchema.parse(items));
}
