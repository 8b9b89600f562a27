// Google Picker and granular consent through the built bundle: without the deployer's keys the sidebar is told what
// is missing and who can fix it and no dialog opens; with them, the dialog carries the user's token, the key, the
// app id and the views for its purpose; the outcome waits in the user's cache. A user who declined a scope is told
// which feature it blocks and how to grant it, in the sidebar, in messages and from the menu.
import { describe, expect, it } from 'vitest';
import type { PickerConfig, PickOutcome } from '../../src/domain/picker.ts';
import type { GenerateResult, ReportsState } from '../../src/domain/rpc.ts';
import { reportsWorld, sampleCampaign, type ReportsWorld } from './reports-support.ts';

const KEY = 'AIzaSyLocalWorkspaceOnly0123456789abcde';
const APP_ID = '123456789012';
const SCOPE = (name: string) => `https://www.googleapis.com/auth/${name}`;

function configure(world: ReportsWorld, props: Record<string, string>) {
  (world.workspace.globals as Record<string, any>).PropertiesService.getScriptProperties().setProperties(props); // eslint-disable-line @typescript-eslint/no-explicit-any
}

function dialogConfig(world: ReportsWorld): PickerConfig {
  const dialog = world.workspace.ui.dialogs.at(-1)!;
  const json = /<script type="application\/json" id="picker-config">(.*?)<\/script>/s.exec(dialog.content)?.[1];
  return JSON.parse(json!) as PickerConfig;
}

describe('Google Picker', () => {
  it('says what is missing and who can fix it, and opens no dialog, until the deployer sets the keys', () => {
    const world = reportsWorld();
    const { picker } = world.bundle.run('getReportsState') as ReportsState;
    expect(picker.ready).toBe(false);
    expect(picker.message).toMatch(/isn’t set up in this copy of Debrief: it needs an API key \(script property PICKER_API_KEY.*and the Cloud project number \(script property PICKER_APP_ID/);
    expect(picker.message).toContain('Whoever deployed Debrief for your agency can add them');
    expect(() => world.bundle.run('showPicker', { purpose: 'learnings', nonce: 'nonce-0001' })).toThrow(picker.message);
    configure(world, { PICKER_API_KEY: 'not-a-key', PICKER_APP_ID: APP_ID });
    expect((world.bundle.run('getReportsState') as ReportsState).picker.message).toContain('a valid API key');
    expect(world.workspace.ui.dialogs).toEqual([]);
  });

  it('opens a modal dialog with the user\'s token, the key and app id, and the views for its purpose', () => {
    const world = reportsWorld();
    configure(world, { PICKER_API_KEY: KEY, PICKER_APP_ID: APP_ID });
    expect((world.bundle.run('getReportsState') as ReportsState).picker).toEqual({ ready: true, message: '' });
    world.bundle.run('showPicker', { purpose: 'learnings', nonce: 'nonce-0001' });
    const dialog = world.workspace.ui.dialogs[0]!;
    expect(dialog).toMatchObject({ title: 'Choose the client learnings Doc', modal: true, width: 760, height: 520 });
    const config = dialogConfig(world);
    expect(config).toMatchObject({ purpose: 'learnings', nonce: 'nonce-0001', developerKey: KEY, appId: APP_ID, multiselect: false, token: expect.stringMatching(/^ya29\./) });
    expect(config.views.map((v) => [v.ownedByMe, v.sharedDrives, v.mimeTypes])).toEqual([
      [false, undefined, ['application/vnd.google-apps.document']], [true, undefined, ['application/vnd.google-apps.document']], [undefined, true, ['application/vnd.google-apps.document']],
    ]);
    world.bundle.run('showPicker', { purpose: 'deckTemplate', nonce: 'nonce-0002', fileId: '1theirDeckDeckDeckDeck' });
    expect(dialogConfig(world).views).toEqual([{ mimeTypes: ['application/vnd.google-apps.presentation'], fileIds: ['1theirDeckDeckDeckDeck'] }]);
    expect(() => world.bundle.run('showPicker', { purpose: 'everything', nonce: 'nonce-0003' })).toThrow('"fields":[{"path":"purpose","message":"use one of: learnings,');
  });

  it('keeps each pick\'s outcome for the sidebar to ask: waiting while the dialog is open, then picked, cancelled or failed', () => {
    const world = reportsWorld();
    expect(world.bundle.run('pickOutcome', { nonce: 'nonce-0005' })).toEqual({ status: 'cancelled', message: 'The file picker was closed without a choice.' });
    configure(world, { PICKER_API_KEY: KEY, PICKER_APP_ID: APP_ID });
    world.bundle.run('showPicker', { purpose: 'learnings', nonce: 'nonce-0005' });
    expect(world.bundle.run('pickOutcome', { nonce: 'nonce-0005' })).toEqual({ status: 'waiting', message: '' });
    world.bundle.run('keepPickOpen', { nonce: 'nonce-0005' });
    expect(world.bundle.run('pickOutcome', { nonce: 'nonce-0005' })).toEqual({ status: 'waiting', message: '' });
    world.bundle.run('cancelPick', { nonce: 'nonce-0005' });
    expect(world.bundle.run('pickOutcome', { nonce: 'nonce-0005' })).toEqual({ status: 'cancelled', message: 'Nothing was chosen.' });
    const failed = world.bundle.run('usePickedFiles', { purpose: 'clientReportTemplate', nonce: 'nonce-0006', ids: ['1a', '1b'].map((x) => x.padEnd(20, 'x')) }) as PickOutcome;
    expect(failed).toEqual({ status: 'failed', message: 'Choose one file for the client report template.' });
    expect(world.bundle.run('pickOutcome', { nonce: 'nonce-0006' })).toEqual(failed);
  });
});

describe('a user who declined a scope', () => {
  const consent = (what: string) => `when you authorized it, “${what}” wasn’t allowed.`;

  it('sees, in the Reports section, what each declined scope turns off and how to grant it', () => {
    const world = reportsWorld(sampleCampaign(), { declinedScopes: [SCOPE('presentations')] });
    const { permissions } = world.bundle.run('getReportsState') as ReportsState;
    expect(permissions).toEqual([{
      consent: 'See, edit, create, and delete all your Google Slides presentations', blocks: 'put the variance chart into the renewal slides',
      howToGrant: expect.stringMatching(/^Grant it at https:\/\/.*, or run it again from Extensions → Debrief and allow it when Google asks\.$/),
    }]);
    const deck = world.generate('exportSlides');
    expect(deck.warnings).toContainEqual(expect.stringContaining(`Debrief can’t put the variance chart into the renewal slides: ${consent('See, edit, create, and delete all your Google Slides presentations')}`));
    expect(world.deck(deck.file.id).slides.length).toBeGreaterThan(0);
  });

  it('is told, instead of Google\'s permission error, what declining drive.file blocks', () => {
    const world = reportsWorld(sampleCampaign(), { declinedScopes: [SCOPE('drive.file')] });
    expect(() => world.generate('generateClientReport', {})).toThrow(
      `Debrief can’t make client reports, internal briefs and renewal slides, use your templates, or add to the shared learnings Doc: ${consent('See, edit, create, and delete only the specific Google Drive files you use with this app')}`);
    expect((world.bundle.run('getReportsState') as ReportsState).learningsDoc).toBeNull();
  });

  it('gets the menu\'s outcome as a toast when they declined the sidebar and dialogs', () => {
    const world = reportsWorld(sampleCampaign(), { declinedScopes: [SCOPE('script.container.ui')] });
    world.bundle.trigger('onOpen', 'LIMITED'); // the menu needs no authorization
    world.bundle.menuItem('Open sidebar');
    world.bundle.menuItem('Generate client report');
    const toasts = world.workspace.ui.toasts.map((t) => t.message);
    expect(toasts[0]).toContain('Debrief can’t show its sidebar, dialogs and the file picker');
    expect(toasts[1]).toMatch(/^Client report: Made “Lumen Skin — /);
    expect(world.workspace.ui.alerts).toEqual([]);
    expect((world.generate('generateInternalBrief') as GenerateResult).file.name).toMatch(/Internal brief/);
  });
});
