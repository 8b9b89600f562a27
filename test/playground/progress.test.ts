// A long action in Chromium: while the server works, the sidebar says what it is doing, a bar moves and the
// seconds count up (so a person can tell Debrief is still working), and all of it goes away when the call ends.
import { expect, it } from 'vitest';
import { describeInBrowser, openSection, screenshot, see, settled, usePlaygrounds } from './browser.ts';

describeInBrowser('progress in the sidebar, in Chromium', () => {
  const playgrounds = usePlaygrounds();

  it('shows a moving bar and the seconds so far while a slow call runs, then hides them', async () => {
    const { page, sidebar, playground } = await playgrounds.open();
    let release: () => void = () => undefined;
    playground.hooks.beforeRpc = (name) => (name === 'analyze' ? new Promise<void>((resolve) => (release = resolve)) : undefined);
    const line = sidebar.getByTestId('progress');
    const strip = () => line.evaluate((node) => node.getBoundingClientRect().height);
    await see(line).hidden();
    const idleHeight = await strip();
    await openSection(sidebar, 'analyze');
    await sidebar.getByTestId('analyze').click();
    await see(sidebar.getByTestId('status')).text('Analyzing the workbook…');
    await see(line).visible();
    expect(await sidebar.getByTestId('progress-bar').getAttribute('value')).toBeNull(); // indeterminate: it moves on its own
    expect(await strip()).toBe(idleHeight); // its room is kept whether shown or not: nothing below it moves
    await see(sidebar.getByTestId('progress-elapsed')).text(/^Still working · [2-9] s$/);
    const first = await sidebar.getByTestId('progress-elapsed').textContent();
    await see(sidebar.getByTestId('progress-elapsed')).notText(first ?? ''); // it keeps counting
    await screenshot(page, '30-progress-while-working');
    release();
    expect(await settled(sidebar)).toMatchObject({ state: 'done' });
    await see(line).hidden();
  });
});
