// What a person must be able to trust in the browser: text that looks like HTML stays text and runs nothing, buttons
// lock while a call runs, a failed call says why, and loading campaign files (JSON or CSV exports) works.
import { expect, it } from 'vitest';
import { fixture } from '../support/bundle.ts';
import { describeInBrowser, usePlaygrounds, openSection, openTab, screenshot, see, settled, tempFile, type OpenPlayground } from './browser.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';

function hostileCampaign(): Record<string, unknown> {
  const file = fixture('small-campaign.json') as { creators: Record<string, unknown>[]; content: Record<string, unknown>[] };
  const { cost: _cost, ...creator } = file.creators[0];
  file.creators.push({ ...creator, handle: HOSTILE }); // no cost: a check names the handle
  file.content.push({ ...file.content[0], id: 'X-1', creator: HOSTILE, comments: '<script>alert(2)</script>' });
  return { ...file, campaign: '<b>Bold</b> launch' };
}

describeInBrowser('playground safety in Chromium', () => {
  const playgrounds = usePlaygrounds({ allowDialogs: true });
  let open: OpenPlayground | undefined;

  it('shows a creator handle made of HTML as text, in the grid and in the sidebar checks, and runs nothing', async () => {
    open = await playgrounds.open();
    const { page, sidebar } = open;
    await page.getByTestId('load-file').setInputFiles(tempFile('hostile.json', JSON.stringify(hostileCampaign())));
    await see(page.getByTestId('notice')).contains('Opened hostile.json');
    await see(page.getByTestId('doc-title')).text('Glowlab — <b>Bold</b> launch post-mortem');
    await see(sidebar.getByTestId('spreadsheet-name')).text('Glowlab — <b>Bold</b> launch post-mortem');

    await openTab(page, 'Creators');
    await see(page.locator('[data-testid=grid] td', { hasText: HOSTILE }).first()).text(HOSTILE);
    await openTab(page, 'Content');
    await see(page.locator('[data-testid=grid] td', { hasText: '<script>alert(2)</script>' })).count(1);
    expect(await page.locator('[data-testid=grid] img, [data-testid=grid] script, [data-testid=grid] b').count()).toBe(0);

    await openSection(sidebar, 'checks');
    await sidebar.getByTestId('run-checks').click();
    await settled(sidebar);
    const check = sidebar.getByTestId('check-item').filter({ hasText: HOSTILE });
    await see(check.first()).visible();
    await see(check.first().locator('.message')).contains(`${HOSTILE} has no cost`);
    expect(await sidebar.locator('img, b').count()).toBe(0);
    await page.waitForTimeout(500); // an injected handler would have fired by now
    expect(open.dialogs).toEqual([]);
    await check.first().scrollIntoViewIfNeeded();
    await screenshot(page, '08-hostile-handle-as-text');
  });

  it('disables every button while a call runs, then shows a failed call’s message', async () => {
    open = await playgrounds.open();
    const { page, sidebar, playground } = open;
    let release: () => void = () => undefined;
    playground.hooks.beforeRpc = (name) => (name === 'analyze' ? new Promise<void>((resolve) => (release = resolve)) : undefined);
    await sidebar.getByTestId('analyze').click();
    await see(sidebar.getByTestId('status')).attr('data-state', 'working');
    await see(sidebar.getByTestId('app')).attr('data-busy', 'true');
    for (const id of ['analyze', 'build-tabs', 'run-checks', 'setup-save']) await see(sidebar.getByTestId(id)).disabled();
    await screenshot(page, '09-busy-while-analyzing');
    release();
    expect(await settled(sidebar)).toMatchObject({ state: 'done' });
    for (const id of ['analyze', 'build-tabs', 'run-checks']) await see(sidebar.getByTestId(id)).enabled();

    playground.hooks.beforeRpc = (name) => {
      if (name === 'runChecks') throw new Error('Exceeded maximum execution time');
    };
    await openSection(sidebar, 'checks');
    await sidebar.getByTestId('run-checks').click();
    const { state, text } = await settled(sidebar);
    expect(state).toBe('error');
    expect(text).toContain('Exceeded maximum execution time');
    await see(sidebar.getByTestId('run-checks')).enabled();
    await screenshot(page, '10-failed-call-message');
    expect(open.dialogs).toEqual([]);
  });

  it('loads CSV exports of creators and content pieces, mapped by header', async () => {
    open = await playgrounds.open();
    const { page } = open;
    const creators = tempFile('creators.csv', 'Handle,Platform,Followers,Tier,Cost,Engagements,"Rating (1–5)"\r\n@csv.one,TikTok,"12,000",Micro,$300,900,4\r\n"@csv, two",Instagram,40K,,"$1,100",2500,5\r\n');
    const content = tempFile('content.csv', 'Piece,Creator,Impressions,Engagements,"Hook (first 3 s / first line)",ER\nCSV-1,@csv.one,10000,700,"Said ""hi""",\n');
    await page.getByTestId('load-file').setInputFiles([creators, content]);
    await see(page.getByTestId('notice')).contains('Imported 2 creators and 1 content pieces');
    await see(page.getByTestId('notice')).contains('Columns left out: Tier, ER');
    await openTab(page, 'Creators');
    await see(page.locator('[data-testid=grid] td', { hasText: '@csv, two' })).count(1);
    await openTab(page, 'Content');
    await see(page.locator('[data-testid=grid] td', { hasText: 'Said "hi"' })).count(1);
    await screenshot(page, '11-csv-loaded');

    await page.getByTestId('load-file').setInputFiles(tempFile('notes.csv', 'Name,Notes\nA,B\n'));
    await see(page.getByTestId('notice')).attr('data-kind', 'error');
    await see(page.getByTestId('notice')).contains('no "Handle" column');
  });
});
