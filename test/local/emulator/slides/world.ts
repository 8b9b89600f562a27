// A Slides test world: the Slides services over a fresh Drive store, a call log and a switchable auth mode, plus
// an EmbeddedChart made by the local SpreadsheetApp for chart tests.
import { CallLog } from '../../../../src/local/emulator/call-log.ts';
import { DriveStore } from '../../../../src/local/emulator/drive/drive-store.ts';
import { createLocalWorkspace } from '../../../../src/local/emulator/index.ts';
import type { ServiceContext } from '../../../../src/local/emulator/service-context.ts';
import { createSlidesServices } from '../../../../src/local/emulator/slides/index.ts';

export const NOW = () => new Date('2026-11-24T10:00:00Z');
export const USER = 'you@agency.example';

// The fakes are used as the add-on uses them: through their official (untyped here) surface.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Any = any;

export function slidesWorld(drive = new DriveStore(NOW, USER)) {
  let mode: 'NONE' | 'LIMITED' | 'FULL' = 'FULL';
  const calls = new CallLog();
  const ctx: ServiceContext = { calls, drive, now: NOW, userEmail: USER, timeZone: 'Etc/UTC', authMode: () => mode };
  const services = createSlidesServices(ctx);
  return {
    SlidesApp: services.SlidesApp as Any,
    Slides: services.Slides as Any,
    endExecution: services.endExecution,
    calls,
    drive,
    setAuthMode(next: typeof mode) {
      mode = next;
    },
  };
}

/** A column chart of variance per KPI, inserted on a sheet of a local spreadsheet, as sheet.getCharts() returns it. */
export function varianceChart(): Any {
  const workspace = createLocalWorkspace({ now: NOW });
  workspace.createSpreadsheet('Acme — Spring launch');
  const g = workspace.globals as Any;
  const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
  sheet.setName('KPIs');
  sheet.getRange('A1:B3').setValues([['KPI', 'Variance'], ['Reach', 0.12], ['Clicks', -0.3]]);
  const chart = sheet.newChart().setChartType(g.Charts.ChartType.COLUMN).addRange(sheet.getRange('A1:B3'))
    .setOption('title', 'Variance per KPI').setPosition(5, 1, 0, 0).build();
  sheet.insertChart(chart);
  return { chart: sheet.getCharts()[0], built: chart, spreadsheetId: g.SpreadsheetApp.getActiveSpreadsheet().getId() };
}
