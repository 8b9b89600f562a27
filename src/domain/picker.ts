// What choosing files in Google Picker is for (the learnings Doc, the campaign ledger and each template; screenshots aren't picked: a
// picture of a Drive file can't go into a Doc through the Docs API, see README "Scopes"), shared by the server (which opens the dialog and keeps the choice),
// the dialog (which builds the Picker) and the sidebar (which asks for a pick and waits for its outcome). Picking is
// how a colleague's file reaches Debrief: under drive.file, Debrief opens only files it made for the user or that
// the user chose in the Picker with Debrief's app id set. No zod here: the sidebar and the dialog import it.
import { ARTEFACT_SPECS, ARTEFACTS, FILE_KINDS, type Artefact } from './artefacts.ts';

/** The template pick for an artefact ("clientReport" → "clientReportTemplate"). */
export const templatePurpose = <A extends Artefact>(artefact: A): `${A}Template` => `${artefact}Template`;

/** The learnings Doc, the ledger, and each artefact of the registry's template. */
export const PICK_PURPOSES = ['learnings', 'ledger', ...ARTEFACTS.map(templatePurpose)] as const;
export type PickPurpose = 'learnings' | 'ledger' | `${Artefact}Template`;

const DOC = FILE_KINDS.doc.mimeType;
const SHEET = FILE_KINDS.sheet.mimeType;

export interface PurposeInfo {
  /** The words for what is chosen; the Picker's title is "Choose <what>". */
  what: string;
  mimeTypes: readonly string[];
  multiselect: boolean;
  /** The template artefact this pick sets, if it is a template. */
  artefact?: Artefact;
}

/** A template of the artefact's own file kind: "the renewal slides template". */
const templatePick = (artefact: Artefact): PurposeInfo => ({
  what: `the ${ARTEFACT_SPECS[artefact].name.toLowerCase()} template`,
  mimeTypes: [FILE_KINDS[ARTEFACT_SPECS[artefact].file].mimeType],
  multiselect: false,
  artefact,
});

export const PURPOSES: Record<PickPurpose, PurposeInfo> = {
  learnings: { what: 'the client learnings Doc', mimeTypes: [DOC], multiselect: false },
  ledger: { what: 'the campaign ledger', mimeTypes: [SHEET], multiselect: false },
  ...(Object.fromEntries(ARTEFACTS.map((artefact) => [templatePurpose(artefact), templatePick(artefact)])) as Record<`${Artefact}Template`, PurposeInfo>),
};

/** The CLI's and README's spelling of a purpose: "client-report-template". */
export const purposeFlag = (purpose: PickPurpose): string => purpose.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The sidebar asks for a Picker; `fileId` narrows it to one file (a pasted link that needs picking). Schemas: picker-requests.ts. */
export interface ShowPickerRequest {
  purpose: PickPurpose;
  nonce: string;
  fileId?: string;
}

export interface PickedFilesRequest {
  purpose: PickPurpose;
  nonce: string;
  ids: string[];
}

export interface PickRequest {
  nonce: string;
}

/** How a pick ended, as the sidebar learns it by asking (the dialog and the sidebar can't talk to each other directly). */
export interface PickOutcome {
  status: 'waiting' | 'picked' | 'cancelled' | 'failed';
  message: string;
}

/** One view (a tab) of the Picker: files of these types, those shared with the user or their own, or just these ids. */
export interface PickerView {
  mimeTypes: readonly string[];
  ownedByMe?: boolean;
  sharedDrives?: boolean;
  fileIds?: readonly string[];
}

/** Everything the dialog needs, put into its page by the server when it opens it. */
export interface PickerConfig {
  purpose: PickPurpose;
  nonce: string;
  title: string;
  multiselect: boolean;
  views: PickerView[];
  /** The user's OAuth token (ScriptApp.getOAuthToken), the deployment's API key and its Cloud project number. */
  token: string;
  developerKey: string;
  appId: string;
}

/** Whether this deployment can open the Picker, and if not, what is missing and who can fix it. */
export interface PickerSetup {
  ready: boolean;
  message: string;
}
