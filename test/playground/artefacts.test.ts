// The documents a team takes away, made from the sidebar and opened as a person would: each artefact's link opens
// the playground's rendering of the Doc or deck, and appended learnings land in the shared learnings Doc.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, usePlaygrounds, openSection, screenshot, see, settled, type OpenPlayground } from './browser.ts';

describeInBrowser('generated documents in Chromium', () => {
  const playgrounds = usePlaygrounds();
  let open: OpenPlayground | undefined;

  /** Clicks a link in the sidebar and returns the tab it opened, loaded. */
  async function follow(click: () => Promise<void>): Promise<Page> {
    const opened = playgrounds.browser.context.waitForEvent('page');
    await click();
    const page = await opened;
    await page.waitForLoadState();
    return page;
  }

  it('generates each artefact from the sidebar and opens it as a rendered page', async () => {
    open = await playgrounds.open();
    const { page, sidebar, playground } = open;
    await openSection(sidebar, 'reports');
    await settled(sidebar);
    const artefacts = [
      { button: 'reports-client', shot: '12-client-report', expect: /Reach|KPI/ },
      { button: 'reports-brief', shot: '13-internal-brief', expect: /Reach|KPI/ },
      { button: 'reports-slides', shot: '14-renewal-slides', expect: /KPI|learn|recommend/i },
      { button: 'reports-feedback', shot: '14b-creator-feedback', expect: /notes for @/ },
    ];
    for (const artefact of artefacts) {
      await sidebar.getByTestId(artefact.button).click();
      expect(await settled(sidebar)).toMatchObject({ state: 'done' });
      const link = sidebar.getByTestId('reports-latest-link');
      await see(link).visible();
      const name = (await link.textContent()) ?? '';
      const doc = await follow(() => link.click());
      expect(new URL(doc.url()).pathname).toMatch(/^\/docs\//);
      expect(await doc.title()).toBe(name);
      expect(await doc.locator('body').textContent()).toMatch(artefact.expect);
      await doc.screenshot({ path: `test-artifacts/playground/${artefact.shot}.png`, fullPage: false });
      await doc.close();
    }
    await see(page.getByTestId('document-link')).count(playground.workbench.state().documents.length);
    expect(playground.workbench.state().documents.length).toBeGreaterThanOrEqual(4);
    await page.getByTestId('documents').locator('summary').click();
    await screenshot(page, '15-documents-in-drive');
  });

  it('appends the kept learnings to the shared client learnings Doc', async () => {
    open = await playgrounds.open();
    const { page, sidebar } = open;
    await openSection(sidebar, 'reports');
    await settled(sidebar);
    const append = sidebar.getByTestId('learnings-append');
    await see(append).enabled();
    await append.click();
    expect(await settled(sidebar)).toMatchObject({ state: 'done' });
    const doc = await follow(() => sidebar.getByTestId('learnings-doc-open').click());
    const text = (await doc.locator('body').textContent()) ?? '';
    expect(text).toContain('Lumen Skin');
    await doc.screenshot({ path: 'test-artifacts/playground/16-learnings-doc.png' });
    await doc.close();
    await screenshot(page, '17-learnings-appended');
  });
});
