// Apps Script globals the add-on doesn't use: Docs and Drive go through their APIs (the manifest has neither the
// documents nor the drive scope), logs go through console. The local Workspace hands them out with
// no members, so any call fails loudly as a local Workspace gap rather than as a ReferenceError the add-on might
// catch. Emulate one only when the add-on needs it (the used-surface check keeps the fakes to what it calls).
// Google: https://developers.google.com/apps-script/reference
import { officialMembers } from './official-api.ts';
import { requireAuthorization, SCOPE, type ServiceContext } from './service-context.ts';
import { NotImplementedError } from './tracked.ts';
export const UNEMULATED_SERVICES = [
  ['DocumentApp', 'Document.DocumentApp'],
  ['DriveApp', 'Drive.DriveApp'],
  ['Logger', 'Base.Logger'],
] as const;

/**
 * The scope each unemulated service's methods need: without it a call fails as on Google ("You do not have
 * permission to call DocumentApp.openById. Required permissions: …"), a Google error the add-on may catch; with it
 * granted, the call is a local Workspace gap (NotImplementedError).
 */
const REQUIRED_SCOPES: Record<string, readonly string[]> = {
  DocumentApp: [SCOPE.documents],
  DriveApp: [SCOPE.drive, SCOPE.driveReadonly],
};

/** The service object: each official method checks its scope, then fails loudly. */
export function unemulatedService(ctx: ServiceContext, name: string, qualifiedClass: string): object {
  const scopes = REQUIRED_SCOPES[name];
  const target: Record<string, (...args: unknown[]) => never> = {};
  if (!scopes) return target;
  for (const member of officialMembers(qualifiedClass)) {
    if (/^[A-Z]/.test(member)) continue; // enums stay unemulated
    target[member] = () => {
      requireAuthorization(ctx, `${name}.${member}`, scopes);
      throw new NotImplementedError(name, member);
    };
  }
  return target;
}
