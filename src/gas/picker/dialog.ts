// Opens Google Picker in a modal dialog (HtmlService) for one purpose: the page is build/Picker.html with its
// config (the user's OAuth token, the deployment's API key and app id, the views to show) put in as JSON. A
// missing key is said before anything opens, so nobody meets a broken dialog.
import { PURPOSES, type PickerConfig, type PickerView, type PickPurpose, type ShowPickerRequest } from '../../domain/picker.ts';
import { NotReadyError } from '../errors.ts';
import { keepPickOpen } from './picks.ts';
import { pickerKeys } from './setup.ts';

/** What Picker.html holds where its config goes (see src/sidebar/picker/picker.html). */
export const CONFIG_MARKER = '{"debrief":"picker-config"}';
const WIDTH = 760;
const HEIGHT = 520;

/**
 * The file named (a pasted link that needs picking), else shared with me first (a colleague's file is what people
 * come for), then My Drive and shared drives.
 */
function views(purpose: PickPurpose, fileId: string | undefined): PickerView[] {
  const mimeTypes = PURPOSES[purpose].mimeTypes;
  return fileId ? [{ mimeTypes, fileIds: [fileId] }] : [{ mimeTypes, ownedByMe: false }, { mimeTypes, ownedByMe: true }, { mimeTypes, sharedDrives: true }];
}

export function showPicker(request: ShowPickerRequest): void {
  const { keys, setup } = pickerKeys();
  if (!keys) throw new NotReadyError(setup.message);
  const purpose = PURPOSES[request.purpose];
  const title = `Choose ${purpose.what}`;
  const config: PickerConfig = {
    purpose: request.purpose, nonce: request.nonce, title, multiselect: purpose.multiselect,
    views: views(request.purpose, request.fileId),
    token: ScriptApp.getOAuthToken(), developerKey: keys.developerKey, appId: keys.appId,
  };
  const page = HtmlService.createHtmlOutputFromFile('Picker').getContent();
  if (!page.includes(CONFIG_MARKER)) throw new Error('Picker.html has no place for its config');
  // Every value is checked (ids, enums, the key's and app id's shapes), so none can hold "<" and end the <script> early.
  const html = HtmlService.createHtmlOutput(page.replace(CONFIG_MARKER, () => JSON.stringify(config))).setWidth(WIDTH).setHeight(HEIGHT);
  SpreadsheetApp.getUi().showModalDialog(html, title);
  keepPickOpen({ nonce: request.nonce });
}
