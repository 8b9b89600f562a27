// Several users in one local Workspace: switching who acts, each with their own user properties and consent,
// sharing the deployment's script properties; granular consent (a user who declined a scope) and what ScriptApp
// reports about it; the user's OAuth token.
import { describe, expect, it } from 'vitest';
import { createLocalWorkspace } from '../../../src/local/emulator/index.ts';
import type { Gas } from './fixtures.ts';

const SCOPE = (name: string) => `https://www.googleapis.com/auth/${name}`;
const MANIFEST = ['spreadsheets.currentonly', 'script.container.ui', 'drive.file', 'documents', 'presentations'].map(SCOPE);

function workspace(options: Parameters<typeof createLocalWorkspace>[0] = {}) {
  const w = createLocalWorkspace({ oauthScopes: MANIFEST, ...options });
  w.createSpreadsheet('Campaign');
  return { w, g: w.globals as Record<string, Gas> };
}

describe('users of one domain', () => {
  it('acts as the sample user, then as whoever it is switched to, each with their own user properties', () => {
    const { w, g } = workspace({ oauthScopes: undefined });
    expect(w.user).toBe('you@agency.example');
    g.PropertiesService.getUserProperties().setProperty('doc', 'mine');
    g.PropertiesService.getScriptProperties().setProperty('key', 'deployment');
    w.setUser('blake@agency.example');
    expect(g.Session.getActiveUser().getEmail()).toBe('blake@agency.example');
    expect(g.PropertiesService.getUserProperties().getProperty('doc')).toBeNull();
    expect(g.PropertiesService.getScriptProperties().getProperty('key')).toBe('deployment');
    g.PropertiesService.getUserProperties().setProperty('doc', 'blake’s');
    const state = w.exportState();
    expect(state.users).toEqual({ 'you@agency.example': { userProperties: { doc: 'mine' } }, 'blake@agency.example': { userProperties: { doc: 'blake’s' } } });
    const resumed = createLocalWorkspace({ state, userEmail: 'you@agency.example' });
    expect((resumed.globals as Record<string, Gas>).PropertiesService.getUserProperties().getProperty('doc')).toBe('mine');
    expect(() => w.setUser('blake')).toThrow('isn’t an email address');
  });

  it('gives each user an OAuth token of their own, only in AuthMode.FULL', () => {
    const { w, g } = workspace();
    const mine = g.ScriptApp.getOAuthToken();
    expect(mine).toMatch(/^ya29\./);
    w.setUser('blake@agency.example');
    expect(g.ScriptApp.getOAuthToken()).not.toBe(mine);
    w.setAuthMode('LIMITED');
    expect(() => g.ScriptApp.getOAuthToken()).toThrow('You do not have permission to call ScriptApp.getOAuthToken.');
  });
});

describe('granular consent', () => {
  it('refuses a scope the user declined although the manifest asks for it, with Apps Script\'s permission error', () => {
    const { w, g } = workspace({ declinedScopes: [SCOPE('presentations')] });
    expect(() => g.SlidesApp.create('x')).toThrow('You do not have permission to call SlidesApp.create. Required permissions: https://www.googleapis.com/auth/presentations');
    expect(g.Slides.Presentations.create({ title: 'Still fine' }).title).toBe('Still fine'); // drive.file is enough for the Slides API
    w.grantScopes([SCOPE('presentations')]);
    expect(g.SlidesApp.create('x').getName()).toBe('x');
  });

  it('reports what was authorized and where to grant the rest, and requireScopes ends the execution', () => {
    const { w, g } = workspace();
    w.declineScopes([SCOPE('presentations')], 'casey@agency.example');
    const full = g.ScriptApp.AuthMode.FULL;
    const mine = g.ScriptApp.getAuthorizationInfo(full);
    expect(mine.getAuthorizationStatus()).toBe(g.ScriptApp.AuthorizationStatus.NOT_REQUIRED);
    expect(mine.getAuthorizationUrl()).toBeNull();
    expect(mine.getAuthorizedScopes()).toEqual(MANIFEST);
    w.setUser('casey@agency.example');
    const hers = g.ScriptApp.getAuthorizationInfo(full, [SCOPE('drive.file'), SCOPE('presentations')]);
    expect(hers.getAuthorizationStatus()).toBe(g.ScriptApp.AuthorizationStatus.REQUIRED);
    expect(hers.getAuthorizedScopes()).toEqual([SCOPE('drive.file')]);
    expect(hers.getAuthorizationUrl()).toMatch(/^https:\/\//);
    expect(() => g.ScriptApp.requireScopes(full, [SCOPE('presentations')])).toThrow('Authorization is required to perform that action.');
    g.ScriptApp.requireScopes(full, [SCOPE('drive.file')]);
    expect(() => g.ScriptApp.requireAllScopes(full)).toThrow('Authorization is required');
    expect(() => g.ScriptApp.getAuthorizationInfo('FULL')).toThrow("don't match the method signature for ScriptApp.getAuthorizationInfo");
    expect(w.exportState().users?.['casey@agency.example']).toMatchObject({ declinedScopes: [SCOPE('presentations')] });
  });
});
