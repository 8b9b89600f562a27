// Every check kind the workbook checks raise, with the cell it names and a message that says what to do.
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../src/domain/checks.ts';
import { fileCellOf } from '../../src/domain/campaign-file.ts';
import type { Workbook } from '../../src/domain/records.ts';
import { creator, fixtureWorkbook, issue, kpi, piece, testCellOf } from './fixture.ts';

const check = (workbook: Workbook, today = '2026-11-20') => checkWorkbook(workbook, { today, cellOf: testCellOf });

describe('checkWorkbook on the fixture', () => {
  it('finds exactly the fixture’s problems, in tab order', () => {
    expect(check(fixtureWorkbook(), '2026-11-25').map((c) => `${c.kind} ${c.cell}`)).toEqual([
      'post-mortem-overdue Campaign!postMortemDue0',
      'missing-confidence KPIs!confidence5',
      'action-without-owner Issues!owner3',
      'action-without-deadline Issues!due3',
      'vague-action Issues!action3',
      'vague-action Issues!action4',
      // Every fixture KPI is over 10% off target and no Issue or Win names it: the completeness gate's checks.
      'unexplained-variance KPIs!actual2',
      'unexplained-variance KPIs!actual3',
      'unexplained-variance KPIs!actual4',
      'unexplained-variance KPIs!actual5',
    ]);
  });
});

describe('post-mortem due date', () => {
  it('is wrap + 3 days, across a year end', () => {
    const wb = fixtureWorkbook();
    wb.campaign.wrapDate = '2026-12-30';
    expect(check(wb, '2027-01-02').some((c) => c.kind === 'post-mortem-overdue')).toBe(false);
    expect(check(wb, '2027-01-03').find((c) => c.kind === 'post-mortem-overdue')?.message).toMatch(/^The post-mortem was due on 2027-01-02 /);
  });

  it('is flagged only once today is past it', () => {
    const overdue = (today: string) => check(fixtureWorkbook(), today).filter((c) => c.kind === 'post-mortem-overdue');
    expect(overdue('2026-11-21')).toEqual([]);
    expect(overdue('2026-11-22')).toEqual([{
      cell: 'Campaign!postMortemDue0', kind: 'post-mortem-overdue', severity: 'warning',
      message: 'The post-mortem was due on 2026-11-21 (3 days after the wrap date) and today is 2026-11-22. Hold it as soon as you can, while people still remember the details.',
    }]);
    const noWrap = fixtureWorkbook();
    noWrap.campaign.wrapDate = null;
    expect(check(noWrap, '2030-01-01').some((c) => c.kind === 'post-mortem-overdue')).toBe(false);
  });
});

function only(parts: Partial<Workbook>): Workbook {
  return { ...fixtureWorkbook(), kpis: [], creators: [], content: [], issues: [], wins: [], ...parts };
}

describe('KPI checks', () => {
  it('asks for a target confidence, a target and an actual', () => {
    const checks = check(only({ kpis: [kpi(9, { name: 'Reach', target: null, actual: null, confidence: null })] }));
    expect(checks.map((c) => [c.kind, c.cell])).toEqual([
      ['missing-confidence', 'KPIs!confidence9'], ['missing-field', 'KPIs!target9'], ['missing-field', 'KPIs!actual9'],
    ]);
    expect(checks[0].message).toBe('KPI "Reach" has no target confidence. Pick Historical data, Rough estimate or Client-mandated, so a miss can be read fairly.');
    expect(checks[1].message).toContain("can't be marked met or missed");
  });
});

describe('creator checks', () => {
  it('flags a creator without cost, engagements or followers, and nothing for a complete one', () => {
    const checks = check(only({
      creators: [creator(4, { handle: '@nocost', followers: 5_000, engagements: 100 }), creator(5, { handle: '@blank', cost: 100 }), fixtureWorkbook().creators[0]],
    }));
    expect(checks.map((c) => [c.kind, c.cell, c.severity])).toEqual([
      ['creator-without-cost', 'Creators!cost4', 'warning'],
      ['missing-field', 'Creators!engagements5', 'warning'],
      ['missing-field', 'Creators!followers5', 'warning'],
    ]);
    expect(checks[0].message).toMatch(/^@nocost has no cost, so their CPE, CPM, CPC and CPA can't be worked out.*Enter everything paid to them/);
  });

  it('accepts a zero cost (gifted product)', () => {
    expect(check(only({ creators: [creator(2, { handle: '@gift', cost: 0, followers: 10, engagements: 1 })] }))).toEqual([]);
  });
});

describe('content checks', () => {
  it('flags pieces that cannot be ranked', () => {
    const checks = check(only({ content: [piece(3, { id: 'IG-9', engagements: 10 })] }));
    expect(checks).toEqual([{ cell: 'Content!impressions3', kind: 'missing-field', severity: 'warning', message: "Piece IG-9 has no impressions, so its ER can't be worked out and it isn't ranked. Enter its impressions." }]);
  });
});

describe('issue checks', () => {
  const specific = 'Add a 48-hour approval window to the contract template';

  it('passes an issue with a specific action, one owner and a deadline', () => {
    expect(check(only({ issues: [issue(2, { description: 'Slow approvals', action: specific, owner: 'Priya', due: '2026-12-01' })] }))).toEqual([]);
  });

  it('flags a missing owner and deadline', () => {
    const checks = check(only({ issues: [issue(2, { description: 'Slow approvals', action: specific })] }));
    expect(checks).toEqual([
      { cell: 'Issues!owner2', kind: 'action-without-owner', severity: 'warning', message: 'The action for issue "Slow approvals" has no owner. Name the one person who will make it happen.' },
      { cell: 'Issues!due2', kind: 'action-without-deadline', severity: 'warning', message: 'The action for issue "Slow approvals" has no deadline. Set a date so it can be followed up.' },
    ]);
  });

  it.each(['Sam and Priya', 'Sam/Priya', 'Account team', 'Everyone', 'TBD'])('asks for one owner instead of %j', (owner) => {
    const checks = check(only({ issues: [issue(2, { description: 'x', action: specific, owner, due: '2026-12-01' })] }));
    expect(checks.map((c) => c.kind)).toEqual(['action-without-owner']);
    expect(checks[0].message).toContain(`owned by "${owner}". Name one person`);
  });

  it('flags a vague action, quoting it, but counts a named team member as concrete', () => {
    const vague = check(only({ issues: [issue(2, { description: 'Briefs were thin', action: 'Ensure better briefs going forward', owner: 'Sam', due: '2026-12-01' })] }));
    expect(vague.map((c) => c.kind)).toEqual(['vague-action']);
    expect(vague[0].message).toMatch(/^The action for issue "Briefs were thin" is too vague to act on \("Ensure better briefs going forward"\)\. Say what will change, by whom and by when/);
    const named = check(only({ issues: [issue(2, { description: 'x', action: 'Ensure better briefs, Tom reviews each', owner: 'Sam', due: '2026-12-01' })] }));
    expect(named).toEqual([]); // Tom Reed is on the team
  });

  it('asks for an action when there is none, instead of owner and deadline', () => {
    const long = 'Creators posted before their tracking links were live, twice';
    const checks = check(only({ issues: [issue(6, { description: long })] }));
    expect(checks).toEqual([{ cell: 'Issues!action6', kind: 'missing-field', severity: 'warning', message: 'Issue "Creators posted before their tracking links…" has no action. Write one specific change, with one owner and a deadline.' }]);
  });

  it('names file paths when given the file’s cellOf', () => {
    const checks = checkWorkbook(only({ issues: [issue(0, { description: 'x', action: specific, due: '2026-12-01' })] }), { today: '2026-11-19', cellOf: fileCellOf });
    expect(checks.map((c) => c.cell)).toEqual(['issues[0].owner']);
  });
});
