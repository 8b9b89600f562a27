// Which ledger this user appends to: remembered in user properties, made by Debrief on first use (so it is the
// user's and reachable under drive.file) or, once a teammate has shared theirs, chosen in Google Picker (the
// grant drive.file needs) or by link after that. Sharing the ledger is done in Drive, like any spreadsheet.
import * as z from 'zod/mini';
import { newLedgerResource } from '../../domain/history/ledger-requests.ts';
import { fileIdFromUrl } from '../../domain/reports/names.ts';
import { BadInputError, NotReachableError } from '../errors.ts';
import { driveService } from '../reports/drive-files.ts';
import { sheetsService, SPREADSHEET_MIME, spreadsheetUrl } from './sheets-api.ts';
import { deleteStored, readStored, writeStored } from '../stored-properties.ts';

export const LEDGER_NAME = 'Campaign ledger (Debrief)';
const LEDGER_KEY = 'debrief.ledger';
const Stored = z.object({ id: z.string().check(z.regex(/^[A-Za-z0-9_-]{10,200}$/)) });

export interface LedgerLink {
  id: string;
  url: string;
}

const link = (id: string): LedgerLink => ({ id, url: spreadsheetUrl(id) });

/** A damaged setting costs only the remembered link. */
export function ledgerLink(): LedgerLink | null {
  const stored = readStored(LEDGER_KEY, z.nullable(Stored), null);
  return stored && link(stored.id);
}

function remember(id: string | null): void {
  if (id) writeStored(LEDGER_KEY, { id });
  else deleteStored(LEDGER_KEY);
}

/** Checks Debrief may open the spreadsheet behind `id`, naming it in the message when not. */
function checkLedger(id: string): void {
  let file: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
  try {
    file = driveService().Files!.get(id, { fields: 'id,name,mimeType,trashed' });
  } catch (error) {
    console.warn(`Drive.Files.get(${id}) failed`, error);
    throw new NotReachableError(`Debrief can’t open the campaign ledger (${spreadsheetUrl(id)}): it was deleted, it isn’t shared with you, or you haven’t chosen it with Debrief. ` +
      'A ledger a teammate made must be shared with you, then chosen once with “Choose from Drive” under Ledger.');
  }
  if (file.trashed) throw new NotReachableError('The campaign ledger is in the trash: restore it, or choose another.');
  if (file.mimeType !== SPREADSHEET_MIME) throw new BadInputError(`The campaign ledger (${spreadsheetUrl(id)}) isn’t a Google Sheet.`);
}

/** Remembers the agency's ledger after checking Debrief can open it; '' forgets it. */
export function setLedger(url: string): LedgerLink | null {
  if (!url.trim()) {
    remember(null);
    return null;
  }
  const id = fileIdFromUrl(url);
  if (!id) throw new BadInputError(`“${url}” isn’t a link to a Google Sheet: paste the link from the browser’s address bar.`);
  checkLedger(id);
  remember(id);
  return link(id);
}

/** The remembered ledger, or a new one made now (Debrief made it, so it may write it under drive.file). */
export function openOrCreateLedger(): LedgerLink & { created: boolean } {
  const known = ledgerLink();
  if (known) {
    checkLedger(known.id);
    return { ...known, created: false };
  }
  const made = sheetsService().Spreadsheets!.create(newLedgerResource(LEDGER_NAME) as GoogleAppsScript.Sheets.Schema.Spreadsheet);
  const id = made.spreadsheetId ?? '';
  remember(id);
  return { ...link(id), created: true };
}
