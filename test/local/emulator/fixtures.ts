// Shared set-up for local Workspace tests: a workspace with one spreadsheet and a fixed clock. The fakes are
// driven through their Apps Script names, so tests type them loosely.
import { createLocalWorkspace, type LocalWorkspaceOptions } from '../../../src/local/emulator/index.ts';

export type Gas = any;

export const NOW = new Date('2024-05-01T12:00:00Z');

export function sheetsWorkspace(options: LocalWorkspaceOptions = {}) {
  const workspace = createLocalWorkspace({ now: () => NOW, ...options });
  workspace.createSpreadsheet('Campaign');
  const globals = workspace.globals as Record<string, Gas>;
  const spreadsheet = globals.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getSheets()[0];
  return { workspace, globals, SpreadsheetApp: globals.SpreadsheetApp as Gas, spreadsheet: spreadsheet as Gas, sheet: sheet as Gas };
}
