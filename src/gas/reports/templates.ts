// Which template each artefact is copied from: the agency's own (chosen in the Picker or set by link, checked before
// it is kept) or Debrief's built-in one, created on first use and remembered per user so it is made only once. A
// colleague's template needs only a viewer's access: Debrief copies it, never edits it.
import { DECK_TEMPLATE_NAME, deckTemplateRequests } from '../../domain/reports/deck.ts';
import { DOC_TEMPLATES, docTemplateRequests } from '../../domain/reports/doc-templates.ts';
import { fileIdFromUrl } from '../../domain/reports/names.ts';
import { BUILT_IN_MARGINS } from '../../domain/reports/page-layout.ts';
import { ARTEFACT_NAMES, ARTEFACT_SPECS, ARTEFACTS, FILE_KINDS, type Artefact } from '../../domain/artefacts.ts';
import type { DocArtefact } from '../../domain/reports/doc-templates.ts';
import type { TemplateInfo } from '../../domain/rpc.ts';
import { permissionErrorMessage } from '../consent.ts';
import { BadInputError } from '../errors.ts';
import { createBlankFile, docsService, fileUrl, MIME, openableFile, slidesService, type FileRole } from './drive-files.ts';
import { loadTemplates, setTemplateId } from './settings.ts';

export interface Template {
  id: string;
  name: string;
  custom: boolean;
  mimeType: string;
}

export const mimeFor = (artefact: Artefact): string => FILE_KINDS[ARTEFACT_SPECS[artefact].file].mimeType;

/** How messages name a template: with the link the person gave, for their own. */
const role = (artefact: Artefact, url?: string): FileRole => ({ what: `the ${ARTEFACT_NAMES[artefact].toLowerCase()} template`, ...(url ? { url } : {}) });

export function templateInfos(): TemplateInfo[] {
  const settings = loadTemplates();
  return ARTEFACTS.map((artefact) => {
    const custom = settings.custom[artefact];
    const id = custom ?? settings.defaults[artefact];
    return { artefact, custom: custom !== undefined, url: id ? fileUrl(mimeFor(artefact), id) : null };
  });
}

/** The template to copy for `artefact`; a built-in one that was deleted is simply made again. */
export function resolveTemplate(artefact: Artefact): Template {
  const settings = loadTemplates();
  const mimeType = mimeFor(artefact);
  const custom = settings.custom[artefact];
  if (custom) {
    const file = openableFile(custom, mimeType, role(artefact, fileUrl(mimeType, custom)));
    return { id: file.id, name: file.name, custom: true, mimeType };
  }
  const builtIn = settings.defaults[artefact];
  if (builtIn) {
    try {
      const file = openableFile(builtIn, mimeType, role(artefact));
      return { id: file.id, name: file.name, custom: false, mimeType };
    } catch (error) {
      console.warn(`Making the ${artefact} template again`, error);
    }
  }
  const made = createBuiltInTemplate(artefact);
  setTemplateId('defaults', artefact, made.id);
  return { ...made, custom: false, mimeType };
}

/** Whether `artefact` is copied from the agency's own template (known from the settings alone, no Drive call). */
export const usesOwnTemplate = (artefact: Artefact): boolean => loadTemplates().custom[artefact] !== undefined;

/**
 * The template to copy and its API JSON (`read`: Documents.get or Presentations.get). Debrief's own template is
 * checked by reading it (a Drive look-up first would cost a round trip); one that can't be read, or that an earlier
 * Debrief made before the built-in layout last changed (`current` says no), is made again, once. An agency's own is
 * looked up in Drive first, so a trashed or wrong-kind file is named, and used as it is.
 */
export function readTemplate<J extends { title?: string }>(artefact: Artefact, read: (id: string) => J, current: (json: J) => boolean): { template: Template; json: J } {
  const settings = loadTemplates();
  const builtIn = settings.defaults[artefact];
  if (!settings.custom[artefact] && builtIn) {
    try {
      const json = read(builtIn);
      if (current(json)) return { template: { id: builtIn, name: json.title ?? '', custom: false, mimeType: mimeFor(artefact) }, json };
    } catch (error) {
      if (permissionErrorMessage(error)) throw error; // a declined scope: api.ts says which and how to grant it
      console.warn(`The built-in ${artefact} template can’t be read: making it again`, error);
    }
  }
  const template = resolveTemplate(artefact);
  const json = read(template.id);
  if (template.custom || current(json)) return { template, json };
  const made = remakeBuiltInTemplate(artefact);
  return { template: made, json: read(made.id) };
}

/** A new built-in template for `artefact`, kept in place of one made before the built-in layout last changed. */
export function remakeBuiltInTemplate(artefact: Artefact): Template {
  const made = createBuiltInTemplate(artefact);
  setTemplateId('defaults', artefact, made.id);
  return { ...made, custom: false, mimeType: mimeFor(artefact) };
}

/** Debrief's own template for `artefact`, made in the user's Drive with one batch of the file kind's API. */
export function createBuiltInTemplate(artefact: Artefact): { id: string; name: string } {
  const spec = ARTEFACT_SPECS[artefact];
  switch (spec.file) {
    case 'doc':
      return createDocTemplate(artefact as DocArtefact);
    case 'deck':
      return createDeckTemplate();
  }
}

function createDocTemplate(artefact: DocArtefact): { id: string; name: string } {
  const template = DOC_TEMPLATES[artefact];
  const id = createBlankFile(template.name, MIME.document);
  docsService().Documents!.batchUpdate({ requests: docTemplateRequests(template.lines, { margins: BUILT_IN_MARGINS }) }, id);
  return { id, name: template.name };
}

function createDeckTemplate(): { id: string; name: string } {
  const slides = slidesService().Presentations!;
  const deck = slides.create({ title: DECK_TEMPLATE_NAME });
  const id = deck.presentationId ?? '';
  slides.batchUpdate({ requests: deckTemplateRequests(deck) }, id);
  return { id, name: DECK_TEMPLATE_NAME };
}

/** Keeps the agency's own template after checking Debrief can open it and it is the right kind; '' goes back to the built-in one. */
export function setCustomTemplate(artefact: Artefact, url: string): void {
  if (!url) {
    setTemplateId('custom', artefact, undefined);
    return;
  }
  const id = fileIdFromUrl(url);
  if (!id) {
    throw new BadInputError(`“${url}” isn’t a link to a ${FILE_KINDS[ARTEFACT_SPECS[artefact].file].label}: paste the link from the browser’s address bar.`,
      [{ path: 'url', message: 'paste the link from the browser’s address bar' }]);
  }
  openableFile(id, mimeFor(artefact), role(artefact, url));
  setTemplateId('custom', artefact, id);
}

/** The template chosen in the Picker (so now granted to Debrief): checked and kept as the agency's own. */
export function useTemplateId(artefact: Artefact, id: string): { id: string; name: string } {
  const file = openableFile(id, mimeFor(artefact), role(artefact, fileUrl(mimeFor(artefact), id)));
  setTemplateId('custom', artefact, file.id);
  return { id: file.id, name: file.name };
}
