// "Import a platform export" from the sidebar: the export (decoded in the browser) is read and mapped here
// (src/domain/exports), shown to the person before anything is written, then imported through the campaign import
// (atomic and idempotent). A mapping the person changed is remembered for that set of headers, in their own
// properties, newest first within its byte budget.
import * as z from 'zod/mini';
import { exportColumns, readExport, type ExportOptions, type ExportRead } from '../domain/exports/read-export.ts';
import { newestThatFit } from '../domain/property-budget.ts';
import type { ExportImportResult, ExportPreview, ExportRequest } from '../domain/rpc.ts';
import { CAMPAIGN_TAB, CREATORS_TAB } from '../domain/tabs/index.ts';
import { resolveTableLayout } from '../domain/tabs/layout.ts';
import { readCampaignTab } from '../domain/tabs/read.ts';
import { fingerprint } from '../domain/tabs/row-merge.ts';
import { BadInputError, NotReadyError } from './errors.ts';
import { importCampaignFile } from './import-campaign.ts';
import { readSheetGrid } from './spreadsheet.ts';
import { readStored, writeStored } from './stored-properties.ts';
import { locateTabs } from './tabs.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const MAPPINGS_KEY = 'debrief.exportMappings';
const MappingsSchema = z.array(z.object({ headers: z.string(), mapping: z.record(z.string(), z.nullable(z.string())) }));
type Mappings = z.output<typeof MappingsSchema>;

/** A damaged setting only costs the remembered choices. */
function storedMappings(): Mappings {
  return readStored(MAPPINGS_KEY, MappingsSchema, []);
}

function remember(headers: string, mapping: Record<string, string | null>): void {
  const list = [{ headers, mapping }, ...storedMappings().filter((m) => m.headers !== headers)];
  writeStored(MAPPINGS_KEY, newestThatFit(MAPPINGS_KEY, list));
}

function readOrRefuse(request: ExportRequest, options: ExportOptions): ExportRead {
  try {
    return readExport(request.file, request.text, options);
  } catch (error) {
    throw new BadInputError((error as Error).message); // names the file and what it lacks
  }
}

const fixed = (read: ExportRead) => read.platform === 'Shopify' || read.platform === 'GA4'; // summed per creator

interface Mapped {
  read: ExportRead;
  headers: string;
  mapping?: Record<string, string | null>;
  remembered: boolean;
}

/** The export read against the Creators tab's handles, with the person's mapping (sent, or remembered for these headers). */
function readFor(spreadsheet: Spreadsheet, request: ExportRequest): Mapped {
  const creators = readSheetGrid(locateTabs(spreadsheet).sheets.get(CREATORS_TAB.name), 'none').values;
  const handleColumn = resolveTableLayout(CREATORS_TAB, creators[0] ?? []).columnOf.handle ?? 1;
  const handles = creators.slice(1).map((r) => String(r[handleColumn - 1] ?? '').trim()).filter(Boolean);
  const options: ExportOptions = { handles, locale: spreadsheet.getSpreadsheetLocale(), ...(request.creator ? { creator: request.creator } : {}) };
  const first = readOrRefuse(request, options);
  const headers = fingerprint(first.mapping.map((m) => m.header).join('\u0001'));
  if (fixed(first)) return { read: first, headers, remembered: false };
  // What the person chose for these headers before, with today's changes over it.
  const saved = storedMappings().find((m) => m.headers === headers)?.mapping;
  const mapping = saved || request.mapping ? { ...saved, ...request.mapping } : undefined;
  return { read: mapping ? readOrRefuse(request, { ...options, mapping }) : first, headers, mapping, remembered: saved !== undefined };
}

function previewOf({ read, remembered }: Mapped): ExportPreview {
  return {
    file: read.file, platform: read.platform, list: read.list, mapping: read.mapping, columns: fixed(read) ? null : exportColumns(read.list),
    rows: read.rows.length, skipped: read.skipped, problems: read.problems, remembered,
  };
}

export function previewExportFile(spreadsheet: Spreadsheet, request: ExportRequest): ExportPreview {
  return previewOf(readFor(spreadsheet, request));
}

/** Imports the export as previewed (the same mapping), into the campaign the Campaign tab names. */
export function importExportFile(spreadsheet: Spreadsheet, request: ExportRequest): ExportImportResult {
  const mapped = readFor(spreadsheet, request);
  const campaignTab = locateTabs(spreadsheet).sheets.get(CAMPAIGN_TAB.name);
  const { client, campaign } = readCampaignTab(readSheetGrid(campaignTab, 'none').values, spreadsheet.getSpreadsheetTimeZone()).campaign;
  if (!client.trim() || !campaign.trim()) {
    throw new NotReadyError('Name the client and the campaign in Setup first, then import the export into it.');
  }
  const { read } = mapped;
  // An export names no campaign: it is always for the one named in Setup (checked above), so "Start this
  // spreadsheet's campaign" means its tab holds no rows yet, which the import checks from its read (a campaign
  // file's "new" instead refuses a spreadsheet that holds any campaign, which an export's always does).
  const mode = request.mode === 'new' ? { mode: 'add' as const, firstRowsOf: read.list } : { mode: request.mode ?? 'add' };
  const result = importCampaignFile(spreadsheet, { client, campaign, [read.list]: read.rows }, { ...mode, ...(request.partCells ? { partCells: request.partCells } : {}) });
  if (request.mapping && mapped.mapping && !fixed(read)) remember(mapped.headers, mapped.mapping);
  return { ...result, preview: previewOf(mapped) };
}
