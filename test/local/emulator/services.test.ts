// The other services: Properties (limits, state across sessions), Lock,
// HtmlService and the Ui, Utilities and console.
import { describe, expect, it } from 'vitest';
import { createLocalWorkspace } from '../../../src/local/emulator/index.ts';
import { sheetsWorkspace } from './fixtures.ts';

describe('PropertiesService', () => {
  it('stores strings per store and resumes from exported state', () => {
    const { workspace, globals, spreadsheet } = sheetsWorkspace();
    const documentProps = globals.PropertiesService.getDocumentProperties();
    documentProps.setProperty('campaign', 'spring').setProperty('count', 3);
    globals.PropertiesService.getUserProperties().setProperties({ theme: 'dark', size: 2 });
    expect(documentProps.getProperty('count')).toBe('3');
    expect(documentProps.getProperty('missing')).toBeNull();
    expect(globals.PropertiesService.getScriptProperties().getKeys()).toEqual([]);
    const state = workspace.exportState();
    expect(state.userProperties).toEqual({ theme: 'dark', size: '2' });
    expect(state.scriptProperties).toEqual({});
    expect(state.documentProperties).toEqual({ [spreadsheet.getId()]: { campaign: 'spring', count: '3' } });
    const resumed = sheetsWorkspace({ state });
    expect(resumed.globals.PropertiesService.getDocumentProperties().getProperties()).toEqual({ campaign: 'spring', count: '3' });
    resumed.globals.PropertiesService.getUserProperties().deleteProperty('size');
    expect(resumed.globals.PropertiesService.getUserProperties().getProperties()).toEqual({ theme: 'dark' });
  });

  it('enforces the value and store limits with Apps Script messages, changing nothing', () => {
    const { globals } = sheetsWorkspace();
    const props = globals.PropertiesService.getScriptProperties();
    expect(() => props.setProperty('big', 'x'.repeat(9_001))).toThrow('Argument too large: value');
    for (let i = 0; i < 56; i++) props.setProperty(`k${i}`, 'y'.repeat(8_900));
    expect(() => props.setProperty('one-more', 'y'.repeat(8_900))).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(props.getProperty('one-more')).toBeNull();
    props.setProperty('k0', 'small');
    expect(props.getProperty('k0')).toBe('small');
  });

  it('keeps extras other services export', () => {
    const workspace = createLocalWorkspace({ state: { userProperties: {}, scriptProperties: {}, documentProperties: {}, extra: { drive: { files: 1 } } } });
    expect(workspace.registerStateExtension('drive', () => ({ files: 2 }))).toEqual({ files: 1 });
    expect(workspace.exportState().extra).toMatchObject({ drive: { files: 2 } });
  });
});

describe('LockService', () => {
  it('acquires, reports and releases locks; another execution holding one makes them wait in vain', () => {
    const { globals, workspace } = sheetsWorkspace();
    const lock = globals.LockService.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    workspace.inspect.holdLock('document');
    expect(lock.tryLock(5000)).toBe(false);
    expect(() => lock.waitLock(5000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(globals.LockService.getScriptLock().tryLock(0)).toBe(true);
    workspace.inspect.releaseHeldLock('document');
    lock.waitLock(100);
    expect(lock.hasLock()).toBe(true);
    expect(() => lock.tryLock('soon')).toThrow("The parameters (String) don't match the method signature for Lock.tryLock.");
  });
});

describe('HtmlService and the Ui', () => {
  it('serves project HTML files and shows them in the sidebar', () => {
    const { workspace, globals } = sheetsWorkspace();
    workspace.addHtmlFile('Sidebar', '<div id="app"></div>');
    const output = globals.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Debrief').setWidth(400);
    globals.SpreadsheetApp.getUi().showSidebar(output);
    expect(workspace.ui.sidebar).toEqual({ title: 'Debrief', content: '<div id="app"></div>', width: 300 });
    expect(globals.HtmlService.createHtmlOutputFromFile('Sidebar.html').getContent()).toBe('<div id="app"></div>');
    expect(() => globals.HtmlService.createHtmlOutputFromFile('Help')).toThrow('No HTML file named Help was found.');
    globals.SpreadsheetApp.getUi().showModalDialog(globals.HtmlService.createHtmlOutput('<b>x</b>').setHeight(200), 'Export');
    expect(workspace.ui.dialogs).toEqual([{ title: 'Export', content: '<b>x</b>', width: undefined, height: 200, modal: true }]);
  });

  it('records menus with separators and submenus, and toasts', () => {
    const { workspace, globals, spreadsheet } = sheetsWorkspace();
    const ui = globals.SpreadsheetApp.getUi();
    ui.createAddonMenu().addItem('Open', 'open').addSeparator().addSubMenu(ui.createMenu('More').addItem('Help', 'help')).addToUi();
    ui.createAddonMenu().addItem('Open again', 'open').addToUi();
    expect(workspace.ui.menus).toEqual([{ title: null, addon: true, items: [{ caption: 'Open again', functionName: 'open' }] }]);
    ui.createMenu('Tools').addItem('Run', 'run').addSeparator().addToUi();
    expect(workspace.ui.menus[1]).toEqual({ title: 'Tools', addon: false, items: [{ caption: 'Run', functionName: 'run' }, { separator: true }] });
    spreadsheet.toast('Done', 'Debrief');
    spreadsheet.toast('Saved', 'Debrief', 3);
    expect(workspace.ui.toasts).toEqual([{ message: 'Done', title: 'Debrief', timeoutSeconds: 5 }, { message: 'Saved', title: 'Debrief', timeoutSeconds: 3 }]);
  });

  it('answers alerts from the queue, OK or YES by default', () => {
    const { workspace, globals } = sheetsWorkspace();
    const ui = globals.SpreadsheetApp.getUi();
    expect(ui.alert('Hello')).toBe(ui.Button.OK);
    expect(ui.alert('Replace?', 'The tab exists.', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    workspace.ui.queueAlertResponse('NO');
    expect(ui.alert('Sure?', ui.ButtonSet.YES_NO_CANCEL)).toBe(ui.Button.NO);
    expect(workspace.ui.alerts.map((a) => [a.title, a.message, a.buttons, a.response])).toEqual([
      ['', 'Hello', 'OK', 'OK'], ['Replace?', 'The tab exists.', 'YES_NO', 'YES'], ['', 'Sure?', 'YES_NO_CANCEL', 'NO'],
    ]);
    workspace.ui.queueAlertResponse('NO');
    expect(() => ui.alert('Only OK')).toThrow('a OK alert has no NO button');
    expect(() => ui.alert('x', 'OK')).toThrow("The parameters (String,String) don't match the method signature for Ui.alert.");
  });
});

describe('Utilities and console', () => {
  it('formats dates with SimpleDateFormat patterns in a time zone', () => {
    const { globals } = sheetsWorkspace();
    const date = new Date('2024-05-01T18:05:09Z');
    expect(globals.Utilities.formatDate(date, 'Etc/UTC', 'yyyy-MM-dd')).toBe('2024-05-01');
    expect(globals.Utilities.formatDate(date, 'America/New_York', "d MMM yyyy 'at' HH:mm")).toBe('1 May 2024 at 14:05');
    expect(globals.Utilities.formatDate(date, 'Asia/Tokyo', 'EEE, d MMMM yy h:mm:ss a Z')).toBe('Thu, 2 May 24 3:05:09 AM +0900');
    expect(globals.Utilities.formatDate(date, 'Not/AZone', 'HH:mm z')).toBe('18:05 GMT');
    expect(() => globals.Utilities.formatDate('2024-05-01', 'UTC', 'yyyy')).toThrow("don't match the method signature for Utilities.formatDate.");
  });

  it('encodes base64 with signed bytes and makes UUIDs', () => {
    const { globals } = sheetsWorkspace();
    expect(globals.Utilities.base64Encode('héllo')).toBe('aMOpbGxv');
    expect(globals.Utilities.base64Decode('aMOpbGxv')).toEqual([104, -61, -87, 108, 108, 111]);
    expect(globals.Utilities.base64Encode([104, -61, -87])).toBe('aMOp');
    expect(() => globals.Utilities.base64Decode('***')).toThrow('Could not decode string.');
    expect(globals.Utilities.getUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('captures console output in the workspace log', () => {
    const { workspace, globals } = sheetsWorkspace();
    globals.console.log('rows: %s', 12);
    globals.console.warn('slow', { ms: 40 });
    expect(workspace.inspect.logs()).toEqual([
      { source: 'console', level: 'log', message: 'rows: 12' },
      { source: 'console', level: 'warn', message: 'slow { ms: 40 }' },
    ]);
  });
});
