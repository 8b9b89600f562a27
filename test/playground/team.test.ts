// A team in the playground, in Chromium: You append learnings, share the Doc with Blake from the Documents list,
// switch to Blake, and Blake picks it in the playground's Google Picker (which lists what Blake can see in the
// emulated Drive); Blake's sidebar then uses the same Doc. A colleague nobody shared it with sees nothing to pick.
import { expect, it } from 'vitest';
import { describeInBrowser, openSection, screenshot, see, settled, switchUser, usePlaygrounds } from './browser.ts';

const BLAKE = 'blake@agency.example';

describeInBrowser('a team in the playground', () => {
  const playgrounds = usePlaygrounds();

  it('shares the learnings Doc, switches to a colleague and picks it in the Picker', async () => {
    const { page, sidebar, playground } = await playgrounds.open();
    await see(page.getByTestId('user-switch')).value(/^you@agency\.example$/);
    await openSection(sidebar, 'reports');
    await settled(sidebar);
    await sidebar.getByTestId('learnings-append').click();
    expect(await settled(sidebar)).toMatchObject({ state: 'done' });

    // Share it with Blake as an editor, from the Documents list (as the owner would in Drive).
    await page.getByTestId('documents').locator('summary').click();
    const doc = page.getByTestId('document-item').filter({ hasText: 'Client learnings (Debrief)' });
    await doc.getByTestId('document-share-email').selectOption(BLAKE);
    await doc.getByTestId('document-share-role').selectOption('writer');
    await doc.getByTestId('document-share').click();
    await see(page.getByTestId('notice')).contains(`Shared “Client learnings (Debrief)” with ${BLAKE} as writer.`);

    // Blake, in the same spreadsheet: the sidebar reloads as Blake, with no learnings Doc yet.
    await switchUser(page, sidebar, BLAKE);
    await see(page.getByTestId('notice')).contains(`Now acting as Blake Osei (${BLAKE})`);
    expect(playground.workbench.state().user).toBe(BLAKE);
    await openSection(sidebar, 'reports');
    await settled(sidebar);
    await see(sidebar.getByTestId('learnings-doc-link')).contains('None yet');

    await sidebar.getByTestId('learnings-doc-pick').click();
    const dialog = page.getByTestId('addon-dialog');
    await see(dialog).visible();
    await see(page.getByTestId('addon-dialog-title')).text('Choose the client learnings Doc');
    const picker = page.frameLocator('[data-testid=addon-dialog-frame]');
    await see(picker.getByTestId('fake-picker-file')).count(1); // "Shared with me": only what Blake can see
    await see(picker.getByTestId('fake-picker-file')).contains('Client learnings (Debrief)');
    await screenshot(page, '20-picker-as-colleague');
    await picker.getByTestId('fake-picker-file').click();
    await picker.getByTestId('fake-picker-select').click();
    await see(dialog).hidden();
    await see(sidebar.getByTestId('status')).text('Debrief will add learnings to “Client learnings (Debrief)”.');
    await see(sidebar.getByTestId('learnings-doc-link')).contains('“Client learnings (Debrief)”');
    const learnings = playground.workbench.session.workspace.drive.all().find((f) => f.name === 'Client learnings (Debrief)');
    expect(learnings?.grantedTo).toContain(BLAKE);
    await screenshot(page, '21-picked-as-colleague');
  });

  it('shows a colleague nobody shared the Doc with nothing to pick, and cancelling leaves things as they were', async () => {
    const { page, sidebar } = await playgrounds.open();
    await openSection(sidebar, 'reports');
    await settled(sidebar);
    await sidebar.getByTestId('learnings-append').click();
    await settled(sidebar);
    await switchUser(page, sidebar, 'casey@agency.example');
    await openSection(sidebar, 'reports');
    await settled(sidebar);
    await sidebar.getByTestId('learnings-doc-pick').click();
    const picker = page.frameLocator('[data-testid=addon-dialog-frame]');
    await see(picker.getByTestId('fake-picker')).visible();
    await see(picker.getByTestId('fake-picker-files')).contains('No files here.');
    await picker.getByTestId('fake-picker-cancel').click();
    await see(page.getByTestId('addon-dialog')).hidden();
    await see(sidebar.getByTestId('status')).text('Nothing was chosen.');
  });
});
