// Members Google's Apps Script reference documents that @types/google-apps-script 2.0.x doesn't declare yet
// (granular consent, 2025): https://developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode,String)
// and https://developers.google.com/apps-script/reference/script/authorization-info#getAuthorizedScopes().
// The local Workspace lists the same members in official-api.ts.
declare namespace GoogleAppsScript {
  namespace Script {
    interface AuthorizationInfo {
      getAuthorizedScopes(): string[] | null;
    }
    interface ScriptApp {
      getAuthorizationInfo(authMode: AuthMode, oAuthScopes: string[]): AuthorizationInfo;
    }
  }
}
