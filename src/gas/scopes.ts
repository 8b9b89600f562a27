// The scopes Debrief asks for, in one list: appsscript.json's oauthScopes in its order (test/gas/diagnostics.test.ts
// holds the two together), each with the consent screen's wording, what Debrief uses it for (Diagnostics) and what
// it can't do without it (consent.ts's messages). Plain data, so tests and tools read it too.

/**
 * No `documents`: every Doc is filled, read and appended to through the Docs API, which accepts drive.file for files
 * Debrief made or the user chose in the Picker (README, "Scopes").
 */
export const SCOPES = {
  spreadsheet: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  ui: 'https://www.googleapis.com/auth/script.container.ui',
  driveFile: 'https://www.googleapis.com/auth/drive.file',
  presentations: 'https://www.googleapis.com/auth/presentations',
  email: 'https://www.googleapis.com/auth/userinfo.email',
} as const;
export type Scope = (typeof SCOPES)[keyof typeof SCOPES];

export interface ScopeGap {
  scope: Scope;
  /** What the consent screen called it. */
  consent: string;
  /** What Debrief can't do without it. */
  blocks: string;
}

export const FEATURES: Record<Scope, Omit<ScopeGap, 'scope'> & { use: string }> = {
  [SCOPES.spreadsheet]: { use: 'the tabs in this spreadsheet', consent: 'View and manage spreadsheets that this application has been installed in', blocks: 'read or build this spreadsheet’s tabs' },
  [SCOPES.ui]: { use: 'the menu and sidebar', consent: 'Display and run third-party web content in prompts and sidebars inside Google applications', blocks: 'show its sidebar, dialogs and the file picker' },
  [SCOPES.driveFile]: {
    use: 'copying templates and making files: the client report, brief, slides, learnings Doc and campaign ledger',
    consent: 'See, edit, create, and delete only the specific Google Drive files you use with this app',
    blocks: 'make client reports, internal briefs and renewal slides, use your templates, or add to the shared learnings Doc',
  },
  [SCOPES.presentations]: { use: 'the renewal slides', consent: 'See, edit, create, and delete all your Google Slides presentations', blocks: 'put the variance chart into the renewal slides' },
  [SCOPES.email]: { use: 'recording who read the kickoff pack', consent: 'See your primary Google Account email address', blocks: 'record who read the kickoff pack or added a campaign to the ledger' },
};

export const ALL_SCOPES = Object.values(SCOPES);

/** Every scope the manifest asks for, in its order, with what Debrief uses it for (Diagnostics names a missing one). */
export const FEATURE_SCOPES: readonly (readonly [scope: Scope, use: string])[] = ALL_SCOPES.map((scope) => [scope, FEATURES[scope].use] as const);
