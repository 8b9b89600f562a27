// Granular consent: people may grant an editor add-on only some of its scopes
// (https://developers.google.com/apps-script/concepts/scopes#granular-consent). Debrief checks what was granted
// (ScriptApp.getAuthorizationInfo) and, for a missing scope, names the feature it blocks, in the consent screen's
// own words, and how to grant it; an Apps Script permission error is turned into the same message.

/**
 * The manifest's scopes (appsscript.json), each with the consent screen's wording and what it lets Debrief do. No
 * `documents`: every Doc is filled, read and appended to through the Docs API, which accepts drive.file for files
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

const FEATURES: Record<Scope, Omit<ScopeGap, 'scope'>> = {
  [SCOPES.spreadsheet]: { consent: 'View and manage spreadsheets that this application has been installed in', blocks: 'read or build this spreadsheet’s tabs' },
  [SCOPES.ui]: { consent: 'Display and run third-party web content in prompts and sidebars inside Google applications', blocks: 'show its sidebar, dialogs and the file picker' },
  [SCOPES.driveFile]: {
    consent: 'See, edit, create, and delete only the specific Google Drive files you use with this app',
    blocks: 'make client reports, internal briefs and renewal slides, use your templates, or add to the shared learnings Doc',
  },
  [SCOPES.presentations]: { consent: 'See, edit, create, and delete all your Google Slides presentations', blocks: 'put the variance chart into the renewal slides' },
  [SCOPES.email]: { consent: 'See your primary Google Account email address', blocks: 'record who read the kickoff pack or added a campaign to the ledger' },
};

const ALL = Object.values(SCOPES);

let granted: ReadonlySet<string> | null = null;
let grantUrl: string | null = null;

/** What the user granted, read once per execution (each google.script.run call starts afresh). */
function authorization(): ReadonlySet<string> {
  if (!granted) {
    const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [...ALL]);
    const scopes = typeof info.getAuthorizedScopes === 'function' ? info.getAuthorizedScopes() : null;
    granted = new Set(scopes ?? ALL); // an older runtime that can't tell: assume all, and let permission errors speak
    grantUrl = granted.size < ALL.length ? info.getAuthorizationUrl() : null;
  }
  return granted;
}

export function hasScope(scope: Scope): boolean {
  return authorization().has(scope);
}

/** The manifest's scopes the user didn't grant, with what each blocks. */
export function missingScopes(): ScopeGap[] {
  const have = authorization();
  return ALL.filter((scope) => !have.has(scope)).map((scope) => ({ scope, ...FEATURES[scope] }));
}

/** Where the user can grant what's missing: Google's link when it gives one, and the way that always works. */
export function howToGrant(): string {
  authorization();
  const again = 'run it again from Extensions → Debrief and allow it when Google asks';
  return grantUrl ? `Grant it at ${grantUrl}, or ${again}.` : `To grant it, ${again}.`;
}

/** "Debrief can't … because you didn't allow it to “…”." for one scope; '' for a scope Debrief doesn't ask for. */
export function missingScopeMessage(scope: string): string {
  const feature = FEATURES[scope as Scope];
  if (!feature) return '';
  return `Debrief can’t ${feature.blocks}: when you authorized it, “${feature.consent}” wasn’t allowed. ${howToGrant()}`;
}

/**
 * Apps Script's "You do not have permission to call X. Required permissions: Y" for a scope the user declined,
 * as the message above; undefined for any other error.
 */
export function permissionErrorMessage(error: unknown): string | undefined {
  const text = error instanceof Error ? error.message : String(error);
  if (!/^You do not have permission to call /.test(text)) return undefined;
  const required = /Required permissions: \(?([^)]*)\)?$/.exec(text)?.[1]?.split(' || ') ?? [];
  const ours = required.map((s) => s.trim()).find((s) => FEATURES[s as Scope] && !authorization().has(s));
  return ours ? missingScopeMessage(ours) : undefined;
}
