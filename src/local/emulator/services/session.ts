// Session: the emulated user and the script's time zone. Reading the user's email needs AuthMode.FULL and the
// userinfo.email scope, which the manifest must request.
// Google: https://developers.google.com/apps-script/reference/base/session
import { createHash } from 'node:crypto';
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
  getActiveUserLocale(): string { return 'en'; }

  /** Stable per user and script, without revealing the email. */
  getTemporaryActiveUserKey(): string {
    return createHash('sha256').update(`debrief:${this._ctx.userEmail}`).digest('base64').slice(0, 44);
  }
}

export class FakeUser {
  constructor(private readonly _email: string) {}

  getEmail(): string { return this._email; }
}
