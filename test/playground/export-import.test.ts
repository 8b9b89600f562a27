// The sidebar's "Import a platform export" in Chromium (issue 11): the mapping is shown before anything is
// written (headers as text, even one made of HTML), a person sends a header elsewhere, and the import uses it.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { fixture } from '../support/bundle.ts';
import { describeInBrowser, openSection, openTab, screenshot, see, settled, tempFile, usePlaygrounds } from './browser.ts';

describeInBrowser('importing a platform export from the sidebar', () => {
  const playgrounds = usePlaygrounds({ allowDialogs: true });

  it('shows where each header goes, takes a change, and imports with it', async () => {
    const { page, sidebar } = await playgrounds.open();
    await page.getByTestId('load-file').setInputFiles(tempFile('campaign.json', JSON.stringify(fixture('small-campaign.json'))));
    await see(page.getByTestId('notice')).contains('Opened campaign.json');

    const csv = readFileSync('test/fixtures/exports/influencer-platform.csv', 'utf8').replace('Post URL', '<img src=x onerror=alert(1)>');
    await openSection(sidebar, 'export');
    await sidebar.getByTestId('export-file').setInputFiles(tempFile('platform.csv', csv));
    await settled(sidebar);
    await see(sidebar.getByTestId('export-what')).contains('Creators export, 2 creators to import');
    await see(sidebar.getByTestId('export-ignored')).contains('<img src=x onerror=alert(1)>');
    expect(await sidebar.locator('[data-testid=section-export] img').count()).toBe(0);
    await see(sidebar.locator('[data-testid=export-column][data-header="Link Clicks"]')).attr('data-header', 'Link Clicks');

    await sidebar.locator('[data-testid=export-column][data-header="Link Clicks"]').selectOption('');
    await settled(sidebar);
    await see(sidebar.getByTestId('export-ignored')).contains('Link Clicks');
    await screenshot(page, '11-export-mapping');

    await sidebar.getByTestId('export-import').click();
    const { state, text } = await settled(sidebar);
    expect([state, text]).toEqual(['done', expect.stringContaining('Creators: 2 added')]);
    await openTab(page, 'Creators');
    await see(page.locator('[data-testid=grid] td', { hasText: '@maya.moves' })).count(1);
  });
});
