// Granular consent: people may grant an editor add-on only some of its scopes
// (https://developers.google.com/apps-script/concepts/scopes#granular-consent). Debrief checks what was granted
// (ScriptApp.getAuthorizationInfo) and, for a missing scope, names the feature it blocks, in the consent screen's
// own words, and how to grant it; an Apps Script permission error is turned into the same message.

import { ALL_SCOPES as ALL, FEATURES, type Scope, type ScopeGap } from './scopes.ts';

export { FEATURE_SCOPES, SCOPES, type Scope, type ScopeGap } from './scopes.ts';

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
