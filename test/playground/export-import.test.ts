// The sidebar's "Import a platform export" in Chromium (issue 11): the mapping is shown before anything is
// written (headers as text, even one made of HTML), a person sends a header elsewhere, and the import uses it.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { fixture } from '../support/bundle.ts';
import { describeInBrowser, openSection, openTab, reopensSidebar, screenshot, see, settled, tempFile, usePlaygrounds } from './browser.ts';

describeInBrowser('importing a platform export from the sidebar', () => {
  const playgrounds = usePlaygrounds({ allowDialogs: true });

  it('shows where each header goes, takes a change, and imports with it', async () => {
    const { page, sidebar } = await playgrounds.open();
    await reopensSidebar(page, sidebar, () => page.getByTestId('load-file').setInputFiles(tempFile('campaign.json', JSON.stringify(fixture('small-campaign.json')))));
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

  it('imports a large export in parts, moving the bar, and says how to finish one cut short', async () => {
    const { page, sidebar, playground } = await playgrounds.open();
    await reopensSidebar(page, sidebar, () => page.getByTestId('load-file').setInputFiles(tempFile('campaign.json', JSON.stringify(fixture('small-campaign.json')))));
    await see(page.getByTestId('notice')).contains('Opened campaign.json');
    const header = 'Username,Platform,Followers,Engagement Rate,Cost,Impressions,Link Clicks,Content Type,Post URL';
    const rows = Array.from({ length: 30 }, (_, i) => `part.${i + 1},Instagram,${i + 10}K,4.1%,$300,5000,40,Reel,https://www.instagram.com/reel/P${i + 1}/`);
    let held: (() => void) | null = null;
    let calls = 0;
    let failThird = true;
    playground.hooks.beforeRpc = (name, args) => {
      if (name !== 'importExport') return undefined;
      args[0] = { ...(args[0] as object), partCells: 100 }; // about 11 rows a call (9 columns), as a large export gets IMPORT_PART_CELLS
      calls += 1;
      if (calls === 2) return new Promise<void>((resolve) => (held = resolve));
      if (calls === 3 && failThird) throw new Error('Exceeded maximum execution time');
      return undefined;
    };
    await openSection(sidebar, 'export');
    await sidebar.getByTestId('export-file').setInputFiles(tempFile('many.csv', [header, ...rows].join('\n')));
    await see(sidebar.getByTestId('export-what')).contains('30 creators to import');

    await sidebar.getByTestId('export-import').click();
    // The first part is in; the second waits: the bar shows the rows so far, of all of them.
    await see(sidebar.getByTestId('progress-parts')).text(/^\d+ of 30 rows · $/);
    const bar = sidebar.getByTestId('progress-bar');
    const [done, max] = [Number(await bar.getAttribute('value')), Number(await bar.getAttribute('max'))];
    expect([done > 0 && done < 30, max]).toEqual([true, 30]);
    await see(sidebar.getByTestId('status')).contains(`${done} of 30 rows written`);
    (held as (() => void) | null)?.();
    const cut = await settled(sidebar); // the third call fails (a timeout, a closed laptop)
    expect(cut.state).toBe('error');
    expect(cut.text).toMatch(/^Couldn’t finish importing the export: Exceeded maximum execution time.* (\d+) of 30 rows were written\. Import the same file again to complete it/);

    failThird = false;
    await sidebar.getByTestId('export-import').click();
    expect(await settled(sidebar)).toMatchObject({ state: 'done', text: expect.stringContaining('Creators: ') });
    await openTab(page, 'Creators');
    for (const handle of ['@part.1', '@part.30']) await see(page.locator('[data-testid=grid] td', { hasText: new RegExp(`^${handle}$`) })).count(1);
  });
});
