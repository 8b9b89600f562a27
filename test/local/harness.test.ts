// The bundle harness: a bare context per execution, trigger events and auth modes, google.script.run's rules
// for names, arguments and results, menu clicks, and values that behave as the bundle's own.
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../src/local/harness.ts';
import { createLocalWorkspace } from '../../src/local/emulator/index.ts';

const ADD_ON = `
function onOpen(e) {
  var menu = SpreadsheetApp.getUi().createAddonMenu().addItem('Open Debrief', 'showSidebar');
  if (e && e.authMode !== ScriptApp.AuthMode.NONE) menu.addItem('Rebuild tabs', 'rebuild');
  menu.addToUi();
  return String(e.authMode) + ':' + (e.source ? e.source.getName() : 'no source');
}
function onInstall(e) { return onOpen(e); }
function showSidebar() {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Debrief'));
}
function rebuild() { SpreadsheetApp.getActiveSheet().getRange('A1:B1').setValues([['2024-05-01', 5]]); return 'done'; }
function readBack() {
  var values = SpreadsheetApp.getActiveSheet().getRange('A1:B1').getValues();
  return { isArray: values instanceof Array, isDate: values[0][0] instanceof Date, year: values[0][0].getUTCFullYear(), n: values[0][1] };
}
function echo(value) { return value; }
function today() { return new Date(); }
function aRange() { return SpreadsheetApp.getActiveSheet().getRange('A1'); }
function counter() { counted = (typeof counted === 'number' ? counted : 0) + 1; return counted; }
function fail() { SpreadsheetApp.getActiveSheet().getRange(0, 1); }
function catchIt() { try { SpreadsheetApp.getActiveSheet().getRange(0, 1); } catch (e) { return [e instanceof Error, e.name, e.message]; } }
function lockAndLeave() { return LockService.getScriptLock().tryLock(10); }
function helper_() { return 'private'; }
function peek() { return [typeof require, typeof process, typeof setTimeout, typeof URL, typeof fetch, typeof structuredClone, typeof module]; }
var notAFunction = 3;
`;

function setUp(code = ADD_ON) {
  const workspace = createLocalWorkspace();
  workspace.createSpreadsheet('Campaign');
  workspace.addHtmlFile('Sidebar', '<main>sidebar</main>');
  return { workspace, bundle: loadBundle(workspace, { code }) };
}

describe('loadBundle', () => {
  it('offers only the emulated globals', () => {
    const { bundle } = setUp();
    expect(bundle.run('peek')).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'undefined']);
    expect(bundle.hasFunction('showSidebar')).toBe(true);
    expect(bundle.hasFunction('notAFunction')).toBe(false);
    expect(bundle.hasFunction('SpreadsheetApp')).toBe(false);
    expect(bundle.hasFunction('Array')).toBe(false);
  });

  it('runs onOpen in AuthMode.NONE by default, without a source, and the menu still appears', () => {
    const { bundle, workspace } = setUp();
    expect(bundle.trigger('onOpen')).toBe('NONE:no source');
    expect(workspace.ui.menus[0]?.items).toEqual([{ caption: 'Open Debrief', functionName: 'showSidebar' }]);
    expect(workspace.authMode).toBe('FULL');
    expect(bundle.trigger('onOpen', 'LIMITED')).toBe('LIMITED:Campaign');
    expect(bundle.trigger('onInstall')).toBe('FULL:Campaign');
  });

  it('surfaces a trigger that touches data in NONE as Apps Script would', () => {
    const { bundle } = setUp(`function onOpen(e) { return SpreadsheetApp.getActiveSpreadsheet().getName(); }`);
    expect(() => bundle.trigger('onOpen', 'NONE')).toThrow('You do not have permission to call SpreadsheetApp.getActiveSpreadsheet.');
    expect(bundle.trigger('onOpen', 'LIMITED')).toBe('Campaign');
  });

  it('clicks menu items in FULL mode and reports missing functions', () => {
    const { bundle, workspace } = setUp();
    bundle.trigger('onOpen', 'LIMITED');
    bundle.menuItem('Open Debrief');
    expect(workspace.ui.sidebar).toEqual({ title: 'Debrief', content: '<main>sidebar</main>', width: 300 });
    expect(() => bundle.menuItem('Nope')).toThrow('the add-on has no menu item "Nope"');
    const broken = setUp(`function onOpen() { SpreadsheetApp.getUi().createAddonMenu().addItem('Go', 'missing').addToUi(); }`);
    broken.bundle.trigger('onOpen');
    expect(() => broken.bundle.menuItem('Go')).toThrow('Script function not found: missing');
  });
});

describe('run (google.script.run)', () => {
  it('hands the bundle its own Arrays and Dates', () => {
    const { bundle } = setUp();
    expect(bundle.run('rebuild')).toBe('done');
    expect(bundle.run('readBack')).toEqual({ isArray: true, isDate: true, year: 2024, n: 5 });
  });

  it('refuses private and unknown names like the client does', () => {
    const { bundle } = setUp();
    expect(() => bundle.run('helper_')).toThrow('google.script.run.helper_ is not a function');
    expect(() => bundle.run('nothing')).toThrow('google.script.run.nothing is not a function');
    expect(() => bundle.run('notAFunction')).toThrow('google.script.run.notAFunction is not a function');
  });

  it('applies the argument and result rules', () => {
    const { bundle } = setUp();
    expect(bundle.run('echo', { list: [1, undefined, 'x'], skip: undefined, nested: { ok: true } })).toEqual({ list: [1, null, 'x'], nested: { ok: true } });
    expect(() => bundle.run('echo', new Date())).toThrow('Failed due to illegal value in property: 0');
    expect(() => bundle.run('echo', { when: new Date() })).toThrow('Failed due to illegal value in property: when');
    expect(() => bundle.run('echo', () => 1)).toThrow('Failed due to illegal value in property: 0');
    expect(bundle.run('today')).toBeNull();
    expect(bundle.run('aRange')).toBeNull();
  });

  it('starts every execution afresh, as Apps Script re-evaluates the script', () => {
    const { bundle } = setUp();
    expect(bundle.run('counter')).toBe(1);
    expect(bundle.run('counter')).toBe(1);
  });

  it('rethrows Apps Script exceptions, which the bundle sees as its own Errors', () => {
    const { bundle } = setUp();
    expect(() => bundle.run('fail')).toThrow('The starting row of the range is too small.');
    expect(bundle.run('catchIt')).toEqual([true, 'Exception', 'The starting row of the range is too small.']);
  });

  it('releases locks when the execution ends', () => {
    const { bundle, workspace } = setUp();
    expect(bundle.run('lockAndLeave')).toBe(true);
    workspace.inspect.holdLock('script');
    expect(bundle.run('lockAndLeave')).toBe(false);
  });

  it('counts the bundle’s calls in the workspace call log', () => {
    const { bundle, workspace } = setUp();
    const { calls } = workspace.calls.measure(() => bundle.run('rebuild'));
    expect(calls).toEqual({ 'Range.setValues': 1, 'Sheet.getRange': 1, 'SpreadsheetApp.getActiveSheet': 1 });
  });
});
