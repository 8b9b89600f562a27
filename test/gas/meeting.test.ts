// Meeting mode through the built bundle: blocks open their tabs, notes land once in a Notes tab (whoever saves
// them, however often), a note becomes an Issue row with its owner and deadline, the action review refuses a vague
// action naming its cell, and ending the meeting records the day it was held; then the reminder to send the report.
import { describe, expect, it } from 'vitest';
import type { MeetingState } from '../../src/domain/rpc.ts';
import { loadBundle } from '../../src/local/harness.ts';
import { refusal } from '../support/bundle.ts';
import { reportsWorld, sampleCampaign } from './reports-support.ts';

const note = (id: string, text: string, block = 'The numbers', kind: 'Note' | 'Parked' = 'Note') => ({ id, text, block, kind, by: 'Devon Ortiz' });

describe('meeting mode', () => {
  it('names the facilitator and note-taker and opens each block’s tab', () => {
    const world = reportsWorld();
    const before = world.workspace.calls.snapshot()['Range.getFormulas'] ?? 0;
    const state = world.bundle.run('getMeeting') as MeetingState;
    expect(state).toMatchObject({ facilitator: 'Sasha Patel', noteTaker: 'Devon Ortiz', rolesProblem: null, held: null, notes: [] });
    expect(world.workspace.calls.snapshot()['Range.getFormulas'] ?? 0).toBe(before); // values only: it uses no formula
    world.workspace.inspect.renameSheet('Creators', 'Talent');
    const opened = [0, 1, 2, 3, 4, 5].map((block) => (world.bundle.run('openBlock', { block }) as { tab: string }).tab);
    expect(opened).toEqual(['KPIs', 'Talent', 'Content', 'Issues', 'Wins', 'Issues']);
    world.bundle.run('openBlock', { block: 1 });
    expect(world.workspace.inspect.activeSheetName()).toBe('Talent');
    expect(refusal(() => world.bundle.run('openBlock', { block: 9 })).code).toBe('bad-input');
  });

  it('keeps notes in a Notes tab, once each, with two sidebars saving at once', () => {
    const world = reportsWorld();
    world.bundle.run('openBlock', { block: 0 });
    const second = loadBundle(world.workspace); // a second person's sidebar on the same spreadsheet
    world.bundle.run('saveMeetingNote', note('n000001', 'Reach came in 30% under'));
    second.run('saveMeetingNote', note('n000002', '=HYPERLINK("http://x") stays text', 'Creators'));
    world.bundle.run('saveMeetingNote', note('n000001', 'Reach came in 30% under')); // a retry
    const state = second.run('saveMeetingNote', note('n000003', 'Legal approvals: solve after', 'What went wrong', 'Parked')) as MeetingState;
    expect(state.notes.map((n) => [n.id, n.block, n.kind])).toEqual([
      ['n000001', 'The numbers', 'Note'], ['n000002', 'Creators', 'Note'], ['n000003', 'What went wrong', 'Parked'],
    ]);
    expect(world.workspace.inspect.activeSheetName()).toBe('KPIs'); // adding the Notes tab didn't take the room away
    const values = world.workspace.inspect.values('Notes');
    expect(values[0]).toEqual(['Time', 'Block', 'Note', 'By', 'Kind', 'Became', 'Note id']);
    expect(values.slice(1).filter((r) => r[6]).length).toBe(3);
    expect(values[2]?.[2]).toBe('=HYPERLINK("http://x") stays text');
    expect(world.workspace.inspect.formulas('Notes')[2]?.[2]).toBe('');
    expect(refusal(() => world.bundle.run('saveMeetingNote', note('n000004', '   '))).fields.map((f) => f.path)).toEqual(['text']);
  });

  it('turns a note into an Issue row only with one owner and a deadline', () => {
    const world = reportsWorld();
    world.bundle.run('saveMeetingNote', note('n000010', 'Links went live late on 3 posts', 'What went wrong'));
    const asked = refusal(() => world.bundle.run('fileMeetingNote', { id: 'n000010', as: 'Issue', description: 'Links went live late on 3 posts', owner: 'Alex and Sam' }));
    expect(asked.fields.map((f) => f.path)).toEqual(['owner', 'due']);
    const before = world.workspace.inspect.values('Issues').filter((r) => r.some((c) => c !== '')).length;
    const state = world.bundle.run('fileMeetingNote', {
      id: 'n000010', as: 'Issue', description: 'Links went live late on 3 posts', action: 'Add a links-live check to the posting checklist',
      owner: 'Alex Kim', due: '2026-12-10', area: 'Execution', linkedKpi: 'Clicks',
    }) as MeetingState;
    const issues = world.workspace.inspect.values('Issues');
    const header = issues[0] ?? [];
    const row = issues[before] ?? [];
    const at = (h: string) => row[header.indexOf(h)];
    expect(issues.filter((r) => r.some((c) => c !== '')).length).toBe(before + 1);
    expect([at('What happened'), at('Action'), at('Owner'), at('Status'), at('KPI')]).toEqual(['Links went live late on 3 posts', 'Add a links-live check to the posting checklist', 'Alex Kim', 'Open', 'Clicks']);
    expect(world.workspace.inspect.displayValues('Issues')[before]?.[header.indexOf('Deadline')]).toMatch(/2026|12\/10/);
    expect(state.notes[0]).toMatchObject({ kind: 'Issue', became: `Issues!A${before + 1}` });
    // Filing it again (a double click) adds nothing.
    world.bundle.run('fileMeetingNote', { id: 'n000010', as: 'Issue', description: 'x', owner: 'Alex Kim', due: '2026-12-10', action: 'y' });
    expect(world.workspace.inspect.values('Issues').filter((r) => r.some((c) => c !== '')).length).toBe(before + 1);
  });

  it('ends only after the action review: a vague action is refused naming its cell', () => {
    const world = reportsWorld();
    const state = world.bundle.run('getMeeting') as MeetingState;
    expect(state.review.ready).toBe(false);
    const ended = refusal(() => world.bundle.run('endMeeting'));
    expect(ended.code).toBe('bad-input');
    const issues = world.workspace.inspect.values('Issues');
    const header = issues[0] ?? [];
    const letter = (h: string) => String.fromCharCode(65 + header.indexOf(h));
    const vagueRow = issues.findIndex((r) => r[header.indexOf('Action')] === 'Improve briefs and communicate better') + 1;
    expect(ended.fields).toContainEqual({ path: `Issues!${letter('Action')}${vagueRow}`, message: expect.stringContaining('Improve briefs and communicate better') });
    for (const item of state.review.items.filter((i) => !i.ok)) {
      world.workspace.inspect.setCell('Issues', `${letter('Action')}${item.row}`, 'Add a product-context section to the brief template');
      world.workspace.inspect.setCell('Issues', `${letter('Owner')}${item.row}`, 'Alex Kim');
      world.workspace.inspect.setCell('Issues', `${letter('Deadline')}${item.row}`, '2026-12-12');
    }
    const done = world.bundle.run('endMeeting') as MeetingState;
    expect(done.held).toBe(state.today);
    expect((world.bundle.run('getMeeting') as MeetingState).held).toBe(state.today);
  });

  it('reminds the account lead when the report hasn’t gone out, until it is marked sent', () => {
    const campaign = sampleCampaign();
    campaign.postMortemHeld = '2026-11-18';
    const world = reportsWorld(campaign);
    expect((world.bundle.run('getMeeting') as MeetingState).sendReminder).toMatch(/^Jordan Blake: the post-mortem was held on 2026-11-18 \(\d+ days ago\) and the client report hasn’t gone out/);
    const sent = world.bundle.run('markClientReportSent', { by: 'Jordan Blake' }) as MeetingState;
    expect(sent.sendReminder).toBeNull();
  });
});
