// Session: the emulated user and the script's time zone. Reading the user's email needs AuthMode.FULL and the
// userinfo.email scope, which the manifest must request.
// Google: https://developers.google.com/apps-script/reference/base/session
import { requirePermission, SCOPES } from '../auth.ts';
import type { WorkspaceContext } from '../context.ts';

export class FakeSession {
  constructor(private readonly _ctx: WorkspaceContext) {}

  private _user(method: string): FakeUser {
    requirePermission(this._ctx, `Session.${method}`, 'user', [SCOPES.userInfoEmail]);
    return this._ctx.track('Base.User', new FakeUser(this._ctx.userEmail));
  }

  getActiveUser(): FakeUser { return this._user('getActiveUser'); }
  getEffectiveUser(): FakeUser { return this._user('getEffectiveUser'); }
  getScriptTimeZone(): string { return this._ctx.timeZone; }

}

export class FakeUser {
  constructor(private readonly _email: string) {}

  getEmail(): string { return this._email; }
}
