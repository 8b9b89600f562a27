// Finds Debrief's tabs even after people rename them: each tab's sheet id is remembered in the document's
// properties (validated on the way back in), with the tab name as the fallback.
import * as z from 'zod/mini';
import { TAB_NAMES } from '../domain/tabs/index.ts';
import { writeStored } from './stored-properties.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const TAB_IDS_KEY = 'debrief.tabIds';
const TabIdsSchema = z.record(z.string(), z.int());

export type TabName = (typeof TAB_NAMES)[number];

export interface TabDirectory {
  sheets: Map<TabName, Sheet>;
  /** Each found tab's current name (people rename tabs), for naming cells in checks. */
  names: Record<string, string>;
  /** Sheets that aren't Debrief's, left alone. */
  others: Sheet[];
  /** The sheet ids remembered when the directory was read, so they are written again only when they change. */
  remembered?: Record<string, number>;
}

function storedTabIds(): Record<string, number> {
  const raw = PropertiesService.getDocumentProperties().getProperty(TAB_IDS_KEY);
  if (!raw) return {};
  try {
    const parsed = TabIdsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : {};
  } catch {
    return {}; // a damaged setting only costs us the rename memory, never the data
  }
}

export function locateTabs(spreadsheet: Spreadsheet): TabDirectory {
  const all = spreadsheet.getSheets().map((sheet) => ({ sheet, id: sheet.getSheetId(), name: sheet.getName() }));
  const ids = storedTabIds();
  const sheets = new Map<TabName, Sheet>();
  const names: Record<string, string> = Object.fromEntries(TAB_NAMES.map((t) => [t, t]));
  const claimed = new Set<number>();
  for (const tab of TAB_NAMES) {
    const found = all.find((s) => s.id === ids[tab]) ?? all.find((s) => s.name === tab && !claimed.has(s.id));
    if (found && !claimed.has(found.id)) {
      sheets.set(tab, found.sheet);
      names[tab] = found.name;
      claimed.add(found.id);
    }
  }
  return { sheets, names, others: all.filter((s) => !claimed.has(s.id)).map((s) => s.sheet), remembered: ids };
}

export function rememberTabs(directory: TabDirectory): void {
  const ids: Record<string, number> = {};
  for (const [tab, sheet] of directory.sheets) ids[tab] = sheet.getSheetId();
  const known = directory.remembered ?? {};
  if (Object.keys(ids).length === Object.keys(known).length && Object.entries(ids).every(([tab, id]) => known[tab] === id)) return;
  directory.remembered = ids;
  writeStored(PropertiesService.getDocumentProperties(), TAB_IDS_KEY, ids); // 7 tabs' ids: far inside its budget
}
