// Whether this deployment can open Google Picker: it needs the Google Cloud project's API key (the Picker's
// "developer key") and its project number (the "app id", which makes a pick grant the file to Debrief under
// drive.file), set once as script properties by whoever deploys Debrief (README: "Google Picker").
import type { PickerSetup } from '../../domain/picker.ts';

export const PICKER_PROPERTIES = { developerKey: 'PICKER_API_KEY', appId: 'PICKER_APP_ID' } as const;

/** Google API keys are 39 characters starting "AIza"; project numbers are all digits. */
const API_KEY = /^AIza[0-9A-Za-z_-]{35}$/;
const PROJECT_NUMBER = /^\d{6,20}$/;

export interface PickerKeys {
  developerKey: string;
  appId: string;
}

/** One read of the script properties; the keys when both look right, else what is wrong and who can fix it. */
export function pickerKeys(): { keys: PickerKeys; setup: PickerSetup } | { keys: null; setup: PickerSetup } {
  const props = PropertiesService.getScriptProperties().getProperties();
  const developerKey = (props[PICKER_PROPERTIES.developerKey] ?? '').trim();
  const appId = (props[PICKER_PROPERTIES.appId] ?? '').trim();
  const problems: string[] = [];
  if (!API_KEY.test(developerKey)) problems.push(`${developerKey ? 'a valid' : 'an'} API key (script property ${PICKER_PROPERTIES.developerKey}, starting “AIza”)`);
  if (!PROJECT_NUMBER.test(appId)) problems.push(`${appId ? 'a valid' : 'the'} Cloud project number (script property ${PICKER_PROPERTIES.appId}, digits only)`);
  if (problems.length === 0) return { keys: { developerKey, appId }, setup: { ready: true, message: '' } };
  const message = `Choosing files from Drive isn’t set up in this copy of Debrief: it needs ${problems.join(' and ')}. Whoever deployed ` +
    'Debrief for your agency can add them (README, “Google Picker”). Until then, paste links: Debrief opens files it made for you, not colleagues’ files.';
  return { keys: null, setup: { ready: false, message } };
}
