// Authorization modes and scopes: what onOpen may touch in AuthMode.NONE and LIMITED, and what the manifest's
// oauthScopes allow in FULL, with Apps Script's permission messages.
import { describe, expect, it } from 'vitest';
import { createLocalWorkspace } from '../../../src/local/emulator/index.ts';
import { sheetsWorkspace, type Gas } from './fixtures.ts';

const SHEETS_PERMISSION = 'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: ' +
  '(https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)';

describe('authorization modes', () => {
  it('NONE refuses the spreadsheet, storage and the user, but allows the add-on menu', () => {
    const { workspace, globals } = sheetsWorkspace();
    workspace.setAuthMode('NONE');
    expect(() => globals.SpreadsheetApp.getActiveSpreadsheet()).toThrow(SHEETS_PERMISSION);
    expect(() => globals.SpreadsheetApp.getActiveSheet()).toThrow('You do not have permission to call SpreadsheetApp.getActiveSheet.');
    expect(() => globals.PropertiesService.getDocumentProperties()).toThrow('You do not have permission to call PropertiesService.getDocumentProperties.');
    expect(() => globals.PropertiesService.getUserProperties()).toThrow('You do not have permission to call PropertiesService.getUserProperties.');
    expect(() => globals.LockService.getDocumentLock()).toThrow('You do not have permission to call LockService.getDocumentLock.');
    expect(() => globals.Session.getActiveUser()).toThrow('You do not have permission to call Session.getActiveUser.');
    globals.SpreadsheetApp.getUi().createAddonMenu().addItem('Open Debrief', 'showSidebar').addToUi();
    expect(workspace.ui.menus).toEqual([{ title: null, addon: true, items: [{ caption: 'Open Debrief', functionName: 'showSidebar' }] }]);
    expect(globals.Session.getScriptTimeZone()).toBe('Etc/UTC');
  });

  it('LIMITED allows the container spreadsheet and storage, not sidebars or the user', () => {
    const { workspace, globals } = sheetsWorkspace();
    workspace.setAuthMode('LIMITED');
    expect(globals.SpreadsheetApp.getActiveSpreadsheet().getName()).toBe('Campaign');
    globals.PropertiesService.getDocumentProperties().setProperty('opened', 'yes');
    const sidebar = globals.HtmlService.createHtmlOutput('<p>hi</p>');
    expect(() => globals.SpreadsheetApp.getUi().showSidebar(sidebar)).toThrow(
      'You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
    expect(() => globals.SpreadsheetApp.getUi().alert('hi')).toThrow('You do not have permission to call Ui.alert.');
    expect(() => globals.Session.getEffectiveUser()).toThrow('You do not have permission to call Session.getEffectiveUser.');
  });

  it('FULL follows the manifest: a scope it lacks is refused', () => {
    const { globals } = sheetsWorkspace({
      oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui'],
    });
    expect(globals.SpreadsheetApp.getActive().getName()).toBe('Campaign');
    expect(() => globals.Session.getActiveUser()).toThrow(
      'You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
  });

  it('FULL without a manifest grants every scope', () => {
    const { globals } = sheetsWorkspace({ userEmail: 'pm@agency.example' });
    expect(globals.Session.getActiveUser().getEmail()).toBe('pm@agency.example');
    expect(globals.Session.getEffectiveUser().getEmail()).toBe('pm@agency.example');
  });

  it('answers null for document services outside a spreadsheet, and has no Ui there', () => {
    const globals = createLocalWorkspace().globals as Record<string, Gas>;
    expect(globals.SpreadsheetApp.getActiveSpreadsheet()).toBeNull();
    expect(globals.PropertiesService.getDocumentProperties()).toBeNull();
    expect(globals.LockService.getDocumentLock()).toBeNull();
    expect(() => globals.SpreadsheetApp.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });
});
