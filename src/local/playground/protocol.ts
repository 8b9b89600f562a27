// What the playground page and its server say to each other: request schemas (zod, parsed by the server) and the
// shapes the server answers with. The page imports only the types; the sidebar's own calls go through /rpc.
import * as z from 'zod';

export const RpcRequestSchema = z.strictObject({
  name: z.string().regex(/^[A-Za-z_$][\w$]*$/, 'a server function name'),
  args: z.array(z.unknown()).max(20),
});

export const CellRequestSchema = z.strictObject({
  sheet: z.string().min(1).max(100),
  a1: z.string().regex(/^[A-Za-z]{1,3}[1-9]\d{0,6}$/, 'a cell such as B7'),
  input: z.string().max(50_000),
});

export const MenuRequestSchema = z.strictObject({ caption: z.string().min(1).max(200) });

const UploadedFileSchema = z.strictObject({ name: z.string().max(300), text: z.string() });

export const LoadRequestSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('json'), file: UploadedFileSchema }),
  z.strictObject({ kind: z.literal('csv'), files: z.array(UploadedFileSchema).min(1).max(2) }),
]);
export type LoadRequest = z.infer<typeof LoadRequestSchema>;

/** Everything the page shows around the grid; `version` goes up whenever the spreadsheet or the UI changed. */
export interface PlaygroundState {
  version: number;
  /** Goes up when another campaign replaced the spreadsheet: the sidebar is reopened then. */
  generation: number;
  spreadsheetName: string;
  sheets: string[];
  /** The tab the add-on last showed (Sheet.activate()): the page switches to it when it changes, as Sheets does. */
  activeSheet: string;
  menu: string[];
  toasts: { title: string; message: string }[];
  alerts: { title: string; message: string }[];
  /** How many times the add-on called showSidebar(): the page (re)opens the sidebar when it grows. */
  sidebarShown: number;
  /** The title the add-on gave its sidebar (HtmlOutput.setTitle), shown above it as Sheets does. */
  sidebarTitle: string;
  /** The Docs and decks the current user can see in Drive. */
  documents: { id: string; name: string; kind: string; url: string; owner: string; canShare: boolean }[];
  /** Said once when the page opens (a resumed state, or why opening the campaign stopped), and when it changes. */
  notice: { text: string; error: boolean } | null;
  /** Who is acting, and the domain's people the switcher offers. */
  user: string;
  users: { email: string; name: string; role: string }[];
  /** How many dialogs the add-on opened (showModalDialog): the page opens the newest when this grows. */
  dialogsShown: number;
  dialog: { index: number; title: string; width: number; height: number } | null;
}

export interface SheetView {
  name: string;
  /** Values as Sheets displays them (number formats applied), header row first. */
  display: string[][];
  formulas: string[][];
  /** Cells holding a number (or date): drawn right-aligned, as Sheets does. */
  numeric: boolean[][];
  numberFormats: string[][];
  /** Bold cells and set backgrounds (null: white), as the add-on formatted them. */
  bold: boolean[][];
  backgrounds: (string | null)[][];
  /** Pixel widths of the columns drawn (at least the data range's). */
  columnWidths: number[];
  frozenRows: number;
  /** Embedded charts: Sheets draws them over the grid; the playground draws them (SVG) above it. */
  charts: { title: string; type: string; ranges: string[]; svg: string }[];
}

/** One view of the playground's stand-in for Google Picker, as the add-on's dialog set it up (DocsView settings). */
export const PickerViewSchema = z.strictObject({
  mimeTypes: z.array(z.string().max(200)).max(20),
  ownedByMe: z.boolean().optional(),
  sharedDrives: z.boolean().optional(),
  fileIds: z.array(z.string().max(200)).max(100).optional(),
});
export type PickerViewQuery = z.infer<typeof PickerViewSchema>;
export const PickerFilesRequestSchema = z.strictObject({ view: PickerViewSchema });
export const PickerPickRequestSchema = z.strictObject({ ids: z.array(z.string().max(200)).min(1).max(50) });

/** A file the current user sees in the emulated Drive, as the stand-in Picker lists it. */
export interface PickerFile {
  id: string;
  name: string;
  mimeType: string;
  owner: string;
  ownedByMe: boolean;
  url: string;
}

export const UserRequestSchema = z.strictObject({ email: z.string().email().max(200) });
export const ShareRequestSchema = z.strictObject({ id: z.string().max(200), email: z.string().email().max(200), role: z.enum(['reader', 'commenter', 'writer']) });

export type ApiResult<T> = { ok: true; value: T } | { ok: false; message: string };

export interface LoadResult {
  spreadsheetName: string;
  summary: string;
  ignoredColumns: string[];
}
