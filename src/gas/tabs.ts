// Finds Debrief's tabs even after people rename them: each tab's sheet id is remembered in the document's
// properties (validated on the way back in), with the tab name as the fallback. Debrief tags each tab it makes
// with developer metadata, which goes wherever the sheet goes (copies included); a sheet found by name alone is
// taken for Debrief's only when nothing says otherwise: not when Debrief's own sheet for that tab was deleted, and
// not for the Patterns tab (rewritten whole), unless its tag says it is Debrief's. Such a sheet is left alone.
import * as z from 'zod/mini';
import { PATTERNS_TAB_NAME, TAB_NAMES } from '../domain/tabs/index.ts';
import { readStored, writeStored } from './stored-properties.ts';

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
  /** Sheets named like a Debrief tab that aren't Debrief's: left alone, the tab made under another name. */
  clashes?: Map<TabName, Sheet>;
  /** Every sheet's name, as Sheets compares them (case aside), for naming a new tab. */
  taken?: Set<string>;
}

/** The developer metadata key Debrief tags its tabs with; the value is the tab's own name. */
export const TAB_TAG = 'debriefTab';

const taggedAs = (sheet: Sheet, tab: string) => sheet.getDeveloperMetadata().some((m) => m.getKey() === TAB_TAG && m.getValue() === tab);

/** A free name for a tab whose own name a person's sheet has: "Patterns (Debrief)", "Patterns (Debrief 2)"… */
export function freeTabName(tab: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const name = `${tab} (Debrief${n > 1 ? ` ${n}` : ''})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** A damaged setting only costs us the rename memory, never the data. */
const storedTabIds = (): Record<string, number> => readStored(TAB_IDS_KEY, TabIdsSchema, {});

export function locateTabs(spreadsheet: Spreadsheet): TabDirectory {
  const all = spreadsheet.getSheets().map((sheet) => ({ sheet, id: sheet.getSheetId(), name: sheet.getName() }));
  const ids = storedTabIds();
  const sheets = new Map<TabName, Sheet>();
  const names: Record<string, string> = Object.fromEntries(TAB_NAMES.map((t) => [t, t]));
  const claimed = new Set<number>();
  const clashes = new Map<TabName, Sheet>();
  for (const tab of TAB_NAMES) {
    const byId = all.find((s) => s.id === ids[tab] && !claimed.has(s.id));
    const byName = byId ? undefined : all.find((s) => s.name === tab && !claimed.has(s.id));
    // One metadata read, only on this rare path: Debrief's own sheet for the tab is gone, or Patterns found by name.
    const doubtful = byName !== undefined && (ids[tab] !== undefined || tab === PATTERNS_TAB_NAME);
    const found = byId ?? (byName && (!doubtful || taggedAs(byName.sheet, tab)) ? byName : undefined);
    if (byName && !found) clashes.set(tab, byName.sheet);
    if (found && !claimed.has(found.id)) {
      sheets.set(tab, found.sheet);
      names[tab] = found.name;
      claimed.add(found.id);
    }
  }
  return {
    sheets, names, others: all.filter((s) => !claimed.has(s.id)).map((s) => s.sheet), remembered: ids, clashes,
    taken: new Set(all.map((s) => s.name.toLowerCase())),
  };
}

export function rememberTabs(directory: TabDirectory): void {
  const ids: Record<string, number> = {};
  for (const [tab, sheet] of directory.sheets) ids[tab] = sheet.getSheetId();
  const known = directory.remembered ?? {};
  if (Object.keys(ids).length === Object.keys(known).length && Object.entries(ids).every(([tab, id]) => known[tab] === id)) return;
  directory.remembered = ids;
  writeStored(TAB_IDS_KEY, ids); // 7 tabs' ids: far inside its budget
}
