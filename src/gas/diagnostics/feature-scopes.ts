// What each scope of the manifest (appsscript.json's oauthScopes, in its order) is for, so Diagnostics can say
// which feature is off when one was not granted. A test holds this list to the manifest: change both together.
export const FEATURE_SCOPES: readonly (readonly [scope: string, use: string])[] = [
  ['spreadsheets.currentonly', 'the tabs in this spreadsheet'],
  ['script.container.ui', 'the menu and sidebar'],
  ['drive.file', 'copying templates and making files: the client report, brief, slides and learnings Doc'],
  ['presentations', 'the renewal slides'],
  ['userinfo.email', 'recording who read the kickoff pack'],
];
