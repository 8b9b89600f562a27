// Apps Script globals the add-on doesn't use: Docs and Drive go through their APIs (the manifest has neither the
// documents nor the drive scope), logs go through console. The local Workspace hands them out with
// no members, so any call fails loudly as a local Workspace gap rather than as a ReferenceError the add-on might
// catch. Emulate one only when the add-on needs it (the used-surface check keeps the fakes to what it calls).
// Google: https://developers.google.com/apps-script/reference
export const UNEMULATED_SERVICES = [
  ['DocumentApp', 'Document.DocumentApp'],
  ['DriveApp', 'Drive.DriveApp'],
  ['Logger', 'Base.Logger'],
] as const;
