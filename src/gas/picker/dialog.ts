// Opens Google Picker in a modal dialog (HtmlService) for one purpose: the page is build/Picker.html with its
// config (the user's OAuth token, the deployment's API key and app id, the views to show) put in as JSON. A
// missing key is said before anything opens, so nobody meets a broken dialog.
import { PURPOSES, type PickerConfig, type PickerView, type PickPurpose, type ShowPickerRequest } from '../../domain/picker.ts';
import { fileIdFromUrl } from '../../domain/reports/names.ts';
import { UserFacingError } from '../errors.ts';
import { readCampaign } from '../reports/campaign.ts';
import { activeSpreadsheet } from '../spreadsheet.ts';
import { pickerKeys } from './setup.ts';

/** What Picker.html holds where its config goes (see src/sidebar/picker/picker.html). */
export const CONFIG_MARKER = '{"debrief":"picker-config"}';
const WIDTH = 760;
const HEIGHT = 520;
/** The Picker shows at most this many named files; a Content tab could link more screenshots. */
const MAX_FILE_IDS = 50;

/** JSON that can sit inside a <script> element whatever the strings hold. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Shared with me first (a colleague's Doc is what people come for), then My Drive and shared drives. */
function views(purpose: PickPurpose, fileIds: readonly string[]): PickerView[] {
  const mimeTypes = PURPOSES[purpose].mimeTypes;
  const named: PickerView[] = fileIds.length ? [{ mimeTypes, fileIds: fileIds.slice(0, MAX_FILE_IDS) }] : [];
  return [...named, { mimeTypes, ownedByMe: false }, { mimeTypes, ownedByMe: true }, { mimeTypes, sharedDrives: true }];
}

/** The Drive files the Content tab links as screenshots, so the Picker can show exactly those. */
function screenshotIds(): string[] {
  try {
    const ids = readCampaign(activeSpreadsheet()).workbook.content.map((c) => fileIdFromUrl(c.screenshotUrl)).filter((id): id is string => Boolean(id));
    return [...new Set(ids)];
  } catch {
    return []; // no campaign yet: the Picker shows the user's images instead
  }
}

export function showPicker(request: ShowPickerRequest): void {
  const { keys, setup } = pickerKeys();
  if (!keys) throw new UserFacingError(setup.message);
  const purpose = PURPOSES[request.purpose];
  const title = `Choose ${purpose.what}`;
  const named = request.fileId ? [request.fileId] : request.purpose === 'screenshots' ? screenshotIds() : [];
  const config: PickerConfig = {
    purpose: request.purpose, nonce: request.nonce, title, multiselect: purpose.multiselect,
    views: request.fileId ? [{ mimeTypes: purpose.mimeTypes, fileIds: named }] : views(request.purpose, named),
    token: ScriptApp.getOAuthToken(), developerKey: keys.developerKey, appId: keys.appId,
  };
  const page = HtmlService.createHtmlOutputFromFile('Picker').getContent();
  if (!page.includes(CONFIG_MARKER)) throw new Error('Picker.html has no place for its config');
  const html = HtmlService.createHtmlOutput(page.replace(CONFIG_MARKER, () => scriptSafeJson(config))).setWidth(WIDTH).setHeight(HEIGHT);
  SpreadsheetApp.getUi().showModalDialog(html, title);
}
