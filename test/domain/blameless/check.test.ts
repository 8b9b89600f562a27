// The blameless check over a workbook: a `blame` warning naming the cell, with a rewrite; never an error.
import { describe, expect, it } from 'vitest';
import { checkBlameless, checkWorkbookBlameless, peopleOf } from '../../../src/domain/blameless/check.ts';
import { checkWorkbook } from '../../../src/domain/checks.ts';
import { fixtureWorkbook, issue, win } from '../fixture.ts';

const cellOf = (tab: string, row: number, key: string) => `${tab}!${key}${row}`;

describe('checkWorkbookBlameless', () => {
  it('warns about an Issue that pins the problem on a teammate, naming its cell and suggesting a rewrite', () => {
    const workbook = fixtureWorkbook();
    workbook.issues = [
      issue(2, { description: 'Sam forgot the UTMs on four creator links.', action: 'Add a UTM field to the brief template by 1 Dec', owner: 'Sam Lee' }),
      issue(3, { description: 'The brief failed to state the audience.', action: 'Kim should have checked the links before they went out.' }),
    ];
    const checks = checkWorkbookBlameless(workbook, cellOf);
    expect(checks).toEqual([
      expect.objectContaining({ cell: 'Issues!description2', kind: 'blame', severity: 'warning' }),
      expect.objectContaining({ cell: 'Issues!action3', kind: 'blame', severity: 'warning' }),
    ]);
    expect(checks[0]?.message).toContain('“Sam forgot” reads as blame');
    expect(checks[0]?.message).toContain('Try: “The UTMs were missed on four creator links.”');
    expect(checks[1]?.message).toContain('Next time: check the links');
  });

  it('reads Wins and KPI notes too, and counts further sentences in the same cell', () => {
    const workbook = fixtureWorkbook();
    workbook.issues = [];
    workbook.kpis[0]!.notes = 'Reach was low because @ana.glow posted late. Then Tom missed the boost window.';
    workbook.wins = [win(2, { description: 'Reels worked', evidence: 'ER 6%', repeat: 'We should have led with reels from day one.' })];
    const checks = checkWorkbookBlameless(workbook, cellOf);
    expect(checks.map((c) => c.cell)).toEqual(['Wins!repeat2', 'KPIs!notes2']);
    expect(checks[1]?.message).toContain('(and 1 more sentence in this cell)');
  });

  it('knows the team, the owners and the creators by name', () => {
    const workbook = fixtureWorkbook();
    workbook.issues = [issue(2, { owner: 'Lee Marvin' })];
    expect(peopleOf(workbook)).toEqual(expect.arrayContaining(['Priya Shah', 'Lee Marvin', '@ana.glow', '@fay.moves']));
  });

  it('is part of checkWorkbook, so the sidebar, the analysis and report.json show it', () => {
    const workbook = fixtureWorkbook();
    workbook.issues = [issue(4, { description: 'The creator ignored the brief.', action: 'Add a do/don’t section to the brief template', owner: 'Ana Ruiz', due: '2026-12-01' })];
    const blame = checkWorkbook(workbook, { today: '2026-11-20', cellOf }).filter((c) => c.kind === 'blame');
    expect(blame).toEqual([expect.objectContaining({ cell: 'Issues!description4', severity: 'warning' })]);
    expect(blame[0]?.message).toContain('Try: “The brief wasn\'t followed.”');
  });

  it('says nothing about process-framed text', () => {
    expect(checkBlameless([{ cell: 'Issues!B2', text: 'Approvals took six days against a two-day plan; the contract had no approval window.' }], [])).toEqual([]);
  });
});
