// The local Workspace is never more generous than Apps Script: every fake's public surface is official, calls
// are counted per Class.method, unimplemented official methods fail loudly and made-up names are undefined.
import { describe, expect, it } from 'vitest';
import { FAKE_CLASSES } from '../../../src/local/emulator/fake-classes.ts';
import { workspaceContext } from '../../../src/local/emulator/index.ts';
import { officialMembers } from '../../../src/local/emulator/official-api.ts';
import { NotImplementedError, publicMethodsOf } from '../../../src/local/emulator/tracked.ts';
import { sheetsWorkspace } from './fixtures.ts';

describe('API surface', () => {
  const { workspace } = sheetsWorkspace();
  const ctx = workspaceContext(workspace);

  it.each(FAKE_CLASSES.map((fake) => [fake.qualifiedName, fake] as const))('%s exposes only official members', (name, fake) => {
    const official = officialMembers(name);
    const sample = fake.sample(ctx);
    const fields = Object.keys(sample).filter((key) => !key.startsWith('_'));
    const extra = [...publicMethodsOf(sample), ...fields].filter((member) => !official.has(member));
    expect(extra).toEqual([]);
  });

  it('covers every global the workspace hands out', () => {
    const listed = new Set(FAKE_CLASSES.map((fake) => fake.qualifiedName.split('.').pop()));
    for (const [name, value] of Object.entries(workspace.globals)) expect(listed, name).toContain(String((value as object).toString()));
  });

  it('catches an extra public method', () => {
    class Leaky {
      getValues() {}
      debugDump() {}
    }
    const official = officialMembers('Spreadsheet.Range');
    expect(publicMethodsOf(new Leaky()).filter((m) => !official.has(m))).toEqual(['debugDump']);
  });
});

describe('tracked fakes', () => {
  it('counts calls per Class.method, and measure() reports what an action cost', () => {
    const { workspace, sheet } = sheetsWorkspace();
    const { result, calls, total } = workspace.calls.measure(() => {
      const range = sheet.getRange('A1:B2');
      range.setValues([[1, 2], [3, 4]]);
      return range.getValues();
    });
    expect(result).toEqual([[1, 2], [3, 4]]);
    expect(calls).toEqual({ 'Range.getValues': 1, 'Range.setValues': 1, 'Sheet.getRange': 1 });
    expect(total).toBe(3);
  });

  it('does not count the inspector', () => {
    const { workspace } = sheetsWorkspace();
    workspace.inspect.setCell('Sheet1', 'A1', '5');
    const { total } = workspace.calls.measure(() => [workspace.inspect.values('Sheet1'), workspace.inspect.sheetNames()]);
    expect(total).toBe(0);
  });

  it('throws NotImplementedError for an official method the fake lacks, and answers undefined for made-up names', () => {
    const { sheet, SpreadsheetApp } = sheetsWorkspace();
    const range = sheet.getRange('A1:B2');
    expect(() => range.merge()).toThrow(NotImplementedError);
    expect(() => range.merge()).toThrow('Range.merge() is not implemented by the local Workspace');
    expect(() => SpreadsheetApp.BandingTheme).toThrow(NotImplementedError);
    expect(range.debugDump).toBeUndefined();
    expect(range._grid).toBeUndefined();
    expect('_grid' in range).toBe(false);
    expect(Object.keys(range)).toEqual([]);
  });

  it('returns the tracked object from chained builder calls', () => {
    const { SpreadsheetApp, workspace } = sheetsWorkspace();
    const builder = SpreadsheetApp.newDataValidation();
    expect(builder.setHelpText('x')).toBe(builder);
    const { calls } = workspace.calls.measure(() => builder.setAllowInvalid(false).requireCheckbox().build());
    expect(calls).toEqual({ 'DataValidationBuilder.build': 1, 'DataValidationBuilder.requireCheckbox': 1, 'DataValidationBuilder.setAllowInvalid': 1 });
  });
});
