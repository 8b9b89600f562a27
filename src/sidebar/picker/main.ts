// The dialog around Google Picker: reads the config the server put in the page (purpose, the user's OAuth token,
// the deployment's API key and app id), loads Google's Picker API, and on a pick hands the file ids to the server
// (usePickedFiles), which checks and keeps them; then closes. setAppId is what grants the picked files to Debrief
// under drive.file (https://developers.google.com/workspace/drive/picker/reference/picker.pickerbuilder.setappid).
// The playground defines `gapi` and `google.picker` itself before this runs, over its emulated Drive.
import type { PickedFilesRequest, PickerConfig, PickOutcome } from '../../domain/picker.ts';
import { pickerGlobals, type PickerApi, type PickerData } from './picker-api.ts';

declare const google: { script: { run: ScriptRunner; host: { origin: string; close(): void } } };

interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  usePickedFiles(request: PickedFilesRequest): void;
  cancelPick(request: { nonce: string }): void;
  keepPickOpen(request: { nonce: string }): void;
}

const API_URL = 'https://apis.google.com/js/api.js';
/** How often the dialog tells the server it is still open (the sidebar learns of a closed dialog from its silence). */
const ALIVE_MS = 5_000;
const LOAD_TIMEOUT_MS = 15_000;
const statusLine = document.getElementById('status') as HTMLElement;
const closeButton = document.getElementById('close') as HTMLButtonElement;

function say(text: string, error = false): void {
  statusLine.textContent = text;
  statusLine.classList.toggle('error', error);
  closeButton.hidden = !error;
}

closeButton.addEventListener('click', () => google.script.host.close());

function readConfig(): PickerConfig {
  const raw = document.getElementById('picker-config')?.textContent ?? '';
  const config = JSON.parse(raw) as PickerConfig;
  if (typeof config.token !== 'string' || !Array.isArray(config.views)) throw new Error('the dialog was opened without its settings');
  return config;
}

/** Loads Google's API loader (unless the page already has one), then its Picker module. */
function loadPickerApi(): Promise<PickerApi> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), LOAD_TIMEOUT_MS);
    const done = () => {
      clearTimeout(timer);
      const api = pickerGlobals();
      if (api) resolve(api);
      else reject(new Error('no Picker API'));
    };
    const loadPicker = () => {
      const { gapi } = window as unknown as { gapi?: { load(name: string, options: { callback(): void; onerror(): void }): void } };
      if (!gapi) return reject(new Error('no gapi'));
      gapi.load('picker', { callback: done, onerror: () => reject(new Error('picker failed to load')) });
    };
    if ((window as unknown as { gapi?: unknown }).gapi) return loadPicker();
    const script = document.createElement('script');
    script.src = API_URL;
    script.onload = loadPicker;
    script.onerror = () => reject(new Error('api.js blocked'));
    document.head.append(script);
  });
}

function run<T>(call: (runner: ScriptRunner) => void): Promise<T> {
  return new Promise((resolve, reject) => call(google.script.run.withSuccessHandler((v) => resolve(v as T)).withFailureHandler(reject)));
}

function openPicker(api: PickerApi, config: PickerConfig): void {
  const builder = new api.PickerBuilder()
    .setOAuthToken(config.token)
    .setDeveloperKey(config.developerKey)
    .setAppId(config.appId)
    .setOrigin(google.script.host.origin)
    .setTitle(config.title)
    .setSize(740, 480)
    .setCallback((data) => void onPicked(api, config, data));
  for (const view of config.views) {
    const docs = new api.DocsView(api.ViewId.DOCS).setMimeTypes(view.mimeTypes.join(',')).setMode(api.DocsViewMode.LIST);
    if (view.fileIds) docs.setFileIds(view.fileIds.join(','));
    else if (view.sharedDrives) docs.setEnableDrives(true);
    else if (view.ownedByMe !== undefined) docs.setOwnedByMe(view.ownedByMe);
    builder.addView(docs);
  }
  if (config.multiselect) builder.enableFeature(api.Feature.MULTISELECT_ENABLED);
  builder.build().setVisible(true);
  say('Choose a file in the picker, or cancel.');
}

async function onPicked(api: PickerApi, config: PickerConfig, data: PickerData): Promise<void> {
  const action = data[api.Response.ACTION];
  if (action === api.Action.CANCEL) {
    await run((r) => r.cancelPick({ nonce: config.nonce })).catch(() => undefined);
    return google.script.host.close();
  }
  if (action !== api.Action.PICKED) return;
  const ids = (data[api.Response.DOCUMENTS] ?? []).map((doc) => String(doc[api.Document.ID] ?? '')).filter(Boolean);
  say('Giving Debrief the file you chose…');
  try {
    const outcome = await run<PickOutcome>((r) => r.usePickedFiles({ purpose: config.purpose, nonce: config.nonce, ids }));
    say(outcome.message, outcome.status === 'failed');
    if (outcome.status !== 'failed') google.script.host.close();
  } catch (error) {
    say(`Debrief couldn’t use that file: ${error instanceof Error ? error.message : String(error)}`, true);
  }
}

let config: PickerConfig | null = null;
try {
  config = readConfig();
} catch (error) {
  say(`This dialog can’t open the picker: ${(error as Error).message}. Close it and try again from the sidebar.`, true);
}
if (config) {
  const settings = config;
  setInterval(() => google.script.run.keepPickOpen({ nonce: settings.nonce }), ALIVE_MS);
  loadPickerApi().then((api) => openPicker(api, settings)).catch(() => say(
    'Google’s file picker didn’t load (a browser extension or network filter may block apis.google.com). ' +
    'Close this and paste the file’s link in the Debrief sidebar instead.', true));
}
