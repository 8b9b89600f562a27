// A whole post-mortem in meeting mode, in Chromium, as the note-taker runs it: the roles, the blameless reminder,
// each block opening its tab in the grid, notes landing in the Notes tab, a note becoming an Issue only with one
// owner and a deadline, a problem parked, and the action review refusing to end on the sample's vague action.
import { expect, it } from 'vitest';
import { describeInBrowser, usePlaygrounds, openSection, openTab, screenshot, see, settled } from './browser.ts';

describeInBrowser('meeting mode in Chromium', () => {
  const playgrounds = usePlaygrounds();

  it('runs a whole meeting: tabs open, notes land, an Issue is filed, a vague action is refused', async () => {
    const { page, sidebar } = await playgrounds.open();
    const grid = page.getByTestId('grid');
    await openSection(sidebar, 'meeting');
    await settled(sidebar);
    await see(sidebar.getByTestId('meeting-roles')).text('Facilitator: Sasha Patel · Note-taker: Devon Ortiz');
    await see(sidebar.getByTestId('meeting-reminder')).contains('blameless');

    await sidebar.getByTestId('meeting-begin').click();
    expect(await settled(sidebar)).toMatchObject({ state: 'done' });
    await see(grid).attr('data-sheet', 'KPIs');
    await sidebar.getByTestId('meeting-note-text').fill('Reach came in 30% under target');
    await sidebar.getByTestId('meeting-note-add').click();
    expect(await settled(sidebar)).toMatchObject({ state: 'done', text: 'Note saved in the Notes tab.' });
    await see(sidebar.getByTestId('meeting-note-item')).count(1);

    for (const tab of ['Creators', 'Content', 'Issues']) {
      await sidebar.getByTestId('meeting-next').click();
      expect(await settled(sidebar)).toMatchObject({ state: 'done' });
      await see(grid).attr('data-sheet', tab);
    }
    await see(sidebar.getByTestId('meeting-block-title')).text('4. What went wrong');
    await sidebar.getByTestId('meeting-note-text').fill('Links went live late on 3 posts');
    await sidebar.getByTestId('meeting-note-add').click();
    await settled(sidebar);
    await sidebar.getByTestId('meeting-note-issue').click();
    await see(sidebar.getByTestId('meeting-file-description')).value(/^Links went live late on 3 posts$/);
    await sidebar.getByTestId('meeting-file-action').fill('Add a links-live check to the posting checklist');
    await sidebar.getByTestId('meeting-file-save').click();
    expect(await settled(sidebar)).toMatchObject({ state: 'error' });
    await see(sidebar.getByTestId('meeting-file-owner-error')).contains('one person');
    await see(sidebar.getByTestId('meeting-file-due-error')).contains('deadline');
    await sidebar.getByTestId('meeting-file-owner').fill('Alex Kim');
    await sidebar.getByTestId('meeting-file-due').fill('2027-01-15');
    await sidebar.getByTestId('meeting-file-save').click();
    expect(await settled(sidebar)).toMatchObject({ state: 'done', text: 'Added to Issues.' });
    await see(sidebar.getByTestId('meeting-note-became')).text(/→ Issues!A\d+$/);
    await see(grid).contains('Links went live late on 3 posts');

    await sidebar.getByTestId('meeting-note-text').fill('Legal approvals take 9 days: solve with legal after the meeting');
    await sidebar.getByTestId('meeting-note-park').click();
    await settled(sidebar);
    await see(sidebar.getByTestId('meeting-parked')).count(1);
    await screenshot(page, '20-meeting-mode-issue-filed');

    await sidebar.getByTestId('meeting-next').click();
    await settled(sidebar);
    await see(grid).attr('data-sheet', 'Wins');
    await sidebar.getByTestId('meeting-next').click();
    await settled(sidebar);
    await see(grid).attr('data-sheet', 'Issues');
    await see(sidebar.getByTestId('meeting-review-summary')).contains('still need');
    const vague = sidebar.getByTestId('meeting-action').filter({ hasText: 'Improve briefs and communicate better' });
    await see(vague).attr('data-ok', 'false');
    await see(vague.getByTestId('meeting-action-problem').first()).contains('without saying what changes');
    await sidebar.getByTestId('meeting-end').click();
    const ended = await settled(sidebar);
    expect(ended.state).toBe('error');
    expect(ended.text).toMatch(/^Not yet: .*Issues!E\d+: “Improve briefs and communicate better”/);
    await screenshot(page, '21-meeting-mode-review-refuses-vague-action');

    await openTab(page, 'Notes');
    await see(grid).contains('Reach came in 30% under target');
    await see(grid).contains('Parked');
    await see(grid).contains('Issue');
  });
});
