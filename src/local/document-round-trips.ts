// A document's Apps Script round trips, split as the streams own them (issue 12's "Fast to make": at most 10 per
// document, flat in creators): the campaign read every document shares (perf: each tab's values, the lock, how the
// cells read, the tab ids and team notes) and the document's own writing (reports for Docs, deck for Slides:
// template, copy, fill, chart picture, settings). Counted from a CallLog's calls and classes
// (emulator/call-classes.ts ROUND_TRIP_CLASSES); `debrief bench` prints both and their total.
import type { CallCounts } from './emulator/call-log.ts';
import { ROUND_TRIP_CLASSES, type CallClass } from './emulator/call-classes.ts';

/**
 * The campaign read (gas/reports/campaign.ts): what every document action calls before it writes anything, at most.
 * From the sidebar: the tab list, one getSheetValues per tab (gas/spreadsheet.ts usedValues), the time zone (counted
 * as handle metadata, call-classes.ts, so no round trip here), the lock taken (released by the execution's end,
 * gas/spreadsheet.ts withDocumentLock) and the spreadsheet's store (tab ids, team notes, generated files). The
 * locale only when a cell holds text with a digit (workbook.ts readContextOf); the release only from the menu.
 */
export const CAMPAIGN_READ: CallCounts = {
  'Spreadsheet.getSheets': 1, 'Sheet.getSheetValues': 6, 'Spreadsheet.getSpreadsheetTimeZone': 1,
  'Spreadsheet.getSpreadsheetLocale': 1,
  'Lock.tryLock': 1, 'Lock.releaseLock': 1, 'Properties.getProperties': 1,
};

export interface RoundTripSplit {
  /** Round trips of the campaign read. */
  read: number;
  /** The document's own round trips, by method. */
  byMethod: CallCounts;
  own: number;
  total: number;
}

/** Splits an action's round trips into the campaign read and the document's own. */
export function splitRoundTrips(calls: CallCounts, classOf: (method: string) => CallClass | undefined): RoundTripSplit {
  const byMethod: CallCounts = {};
  let read = 0;
  for (const [method, n] of Object.entries(calls)) {
    const cls = classOf(method);
    if (cls === undefined || !ROUND_TRIP_CLASSES.has(cls)) continue;
    const shared = Math.min(n, CAMPAIGN_READ[method] ?? 0);
    read += shared;
    if (n > shared) byMethod[method] = n - shared;
  }
  const own = Object.values(byMethod).reduce((a, b) => a + b, 0);
  return { read, byMethod, own, total: read + own };
}
