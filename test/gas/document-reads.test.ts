// How a document reads the campaign and holds the lock, in round trips: the spreadsheet's locale is asked only when
// a cell holds text to read as a number or date (and then read in it), and a document made from the sidebar leaves
// the lock's release to the end of its execution, while the menu, whose alert follows, releases it first.
import { describe, expect, it } from 'vitest';
import { createLocalWorkspace } from '../../src/local/emulator/index.ts';
import { loadBundle } from '../../src/local/harness.ts';
import type { GenerateResult } from '../../src/domain/rpc.ts';
import { renderDocMarkdown } from '../../src/local/render/doc-markdown.ts';
import { FIXED_NOW } from '../support/bundle.ts';
import { measured, reportsWorld, sampleCampaign } from './reports-support.ts';

/** The little of SpreadsheetApp's Sheet these tests use. */
interface Range { getValues(): unknown[][]; setValue(value: unknown): Range }
interface Sheet { getLastRow(): number; getRange(row: number, column: number, rows?: number, columns?: number): Range }

/** A German spreadsheet holding the sample campaign, analysed (so every typed number is a number). */
function germanWorld() {
  const workspace = createLocalWorkspace({ now: FIXED_NOW, locale: 'de_DE' });
  workspace.createSpreadsheet('Northwind — Lokal');
  const bundle = loadBundle(workspace);
  bundle.run('buildTabs');
  bundle.run('importCampaign', sampleCampaign());
  bundle.run('analyze');
  const app = workspace.globals.SpreadsheetApp as { getActiveSpreadsheet(): { getSheetByName(name: string): Sheet } };
  return { workspace, bundle, campaignTab: app.getActiveSpreadsheet().getSheetByName('Campaign') };
}

/** The Campaign tab's value cell for `label`. */
function valueCell(tab: Sheet, label: string): Range {
  const labels = tab.getRange(1, 1, tab.getLastRow(), 1).getValues().map((r) => r[0]);
  return tab.getRange(labels.indexOf(label) + 1, 2);
}

describe('a document’s campaign read', () => {
  it('reads numbers and dates without asking the spreadsheet’s locale', () => {
    const { workspace, bundle } = germanWorld();
    const made = workspace.calls.measure(() => bundle.run('generateInternalBrief') as GenerateResult);
    expect(made.calls['Spreadsheet.getSpreadsheetLocale'] ?? 0).toBe(0);
    expect(renderDocMarkdown(workspace.drive, made.result.file.id)).toContain('20 Oct – 18 Nov 2026'); // the sample's "TBC" needs no locale
  });

  it('asks it once when a cell holds text to read, and reads the text in it', () => {
    const { workspace, bundle, campaignTab } = germanWorld();
    // Text typed after Analyze: 05/11/2026 is 5 November in a German spreadsheet (11 May in an American one).
    valueCell(campaignTab, 'Start date').setValue("'05/11/2026");
    const made = workspace.calls.measure(() => bundle.run('generateInternalBrief') as GenerateResult);
    expect(made.calls['Spreadsheet.getSpreadsheetLocale']).toBe(1);
    const text = renderDocMarkdown(workspace.drive, made.result.file.id);
    expect(text).toContain('5 – 18 Nov 2026');
    expect(text).not.toContain('May');
  });
});

describe('the document lock', () => {
  it('is taken once from the sidebar and released by the end of the execution: the next click takes it', () => {
    const world = reportsWorld();
    const first = measured(world, () => world.generate('generateInternalBrief'));
    expect(first.calls['Lock.tryLock']).toBe(1);
    expect(first.calls['Lock.releaseLock'] ?? 0).toBe(0);
    const second = measured(world, () => world.generate('generateInternalBrief'));
    expect(second.result.file.id).not.toBe(first.result.file.id);
    expect(second.result.file.name).toMatch(/\(2\)$/); // the first is remembered: nothing lost to the lock
  });

  it('tells a click made while another execution works on the spreadsheet that it is busy, and makes nothing', () => {
    const world = reportsWorld();
    const before = world.workspace.drive.all().length;
    world.workspace.inspect.holdLock('document');
    expect(() => world.generate('generateClientReport')).toThrow(/still working on this spreadsheet/);
    expect(world.workspace.drive.all()).toHaveLength(before);
  });

  it('is released from the menu before the alert that waits for the person', () => {
    const world = reportsWorld();
    const fromMenu = measured(world, () => world.bundle.run('menuGenerateInternalBrief'));
    expect(fromMenu.calls['Lock.tryLock']).toBe(1);
    expect(fromMenu.calls['Lock.releaseLock']).toBe(1);
    expect(world.workspace.ui.alerts.at(-1)?.message).toMatch(/^Made “/);
  });

  it('keeps its explicit release for an action that writes cells', () => {
    const world = reportsWorld();
    expect(measured(world, () => world.bundle.run('analyze')).calls['Lock.releaseLock']).toBe(1);
  });
});
