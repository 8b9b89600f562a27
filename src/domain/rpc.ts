// The sidebar↔server contract: zod schemas for every payload the server accepts from google.script.run,
// and the shapes it returns (plain JSON: ISO date strings, never Date objects).
import * as z from 'zod/mini';
import './schema-messages.ts';
import type { Check, Team } from './records.ts';
import { TEAM_KEYS } from './tabs/campaign-tab.ts';
import type { ClientHistory } from './reports/learnings-doc.ts';
import { ARTEFACTS, type Artefact } from './artefacts.ts';
import type { ErrorCode } from './errors.ts';
import type { AcknowledgementState } from './history/acknowledgement.ts';
import { OBJECTIVES } from './choices.ts';
import type { PickedFilesRequest, PickerSetup, PickOutcome, PickRequest, ShowPickerRequest } from './picker.ts';
import type { FileNoteRequest, MeetingState, OpenBlockRequest, OpenBlockResult, SaveNoteRequest } from './meeting/requests.ts';

export { FileNoteRequestSchema, OpenBlockRequestSchema, SaveNoteRequestSchema } from './meeting/requests.ts';
export type { FileNoteRequest, MeetingState, OpenBlockRequest, OpenBlockResult, SaveNoteRequest } from './meeting/requests.ts';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date like 2026-11-18'));
const shortText = (max: number, ...more: z.core.$ZodCheck<string>[]) =>
  z.string().check(z.trim(), z.maxLength(max, `keep it under ${max} characters`), ...more);

/** One short name per team field of the Campaign tab's spec. */
export const TeamSchema = z.object(Object.fromEntries(TEAM_KEYS.map((k) => [k, shortText(120)])) as Record<keyof Team, ReturnType<typeof shortText>>);

export const CampaignSetupSchema = z.object({
  client: shortText(200, z.minLength(1, 'say which client the campaign was for')),
  campaign: shortText(200, z.minLength(1, 'name the campaign')),
  startDate: z.nullable(isoDate),
  wrapDate: z.nullable(isoDate),
  currency: z.pipe(
    z.string().check(z.trim(), z.regex(/^[A-Za-z]{3}$/, 'use a 3-letter currency code such as USD')),
    z.transform((c: string) => c.toUpperCase()),
  ),
  budget: z.nullable(z.union([z.number().check(z.nonnegative()), shortText(40)])),
  team: TeamSchema,
});
export type CampaignSetupInput = z.input<typeof CampaignSetupSchema>;
export type CampaignSetup = z.output<typeof CampaignSetupSchema>;

export const PingRequestSchema = z.object({ message: shortText(200), sentAt: z.iso.datetime() });
export type PingRequest = z.infer<typeof PingRequestSchema>;

export interface PingResult {
  spreadsheetName: string;
  echo: PingRequest;
}

export interface TabStatus {
  name: string;
  exists: boolean;
  rows: number; // data rows with anything typed
}

export interface SidebarState {
  spreadsheetName: string;
  setup: CampaignSetup | null;
  tabs: TabStatus[];
  postMortemDue: string | null;
  today: string;
  /** This campaign's kickoff pack and who has read it; null when it wasn't started from one. */
  kickoff: KickoffState | null;
}

export interface BuildTabsResult {
  created: string[];
  refreshed: string[];
  /** Data rows found (and kept) per tab. */
  rowsKept: Record<string, number>;
  checks: Check[];
}

export interface KpiTally {
  met: number;
  missed: number;
  unknown: number;
}

export interface AnalyzeResult {
  headline: string[];
  learnings: string[];
  recommendations: string[];
  kpis: KpiTally;
  checks: Check[];
}

export interface ChecksResult {
  checks: Check[];
}

export interface ImportResult {
  /**
   * Per tab: rows appended, existing rows given values from the file, rows that already held them, and cells typed
   * in the sheet that differ from the file (kept unless the person chose to replace them; each is a check).
   */
  rows: Record<string, { appended: number; filled: number; unchanged?: number; conflicts?: number }>;
  checks: Check[];
  /** The import in parts (domain/import-parts.ts): cells this call wrote, and cells still to write (call again while > 0). */
  progress?: ImportProgress;
}

/**
 * How far an import has got: data cells written by this call and those still to write (0: the import is done), and
 * the same in rows (whole rows: a part never cuts one), for a person's "200 of 1,000 rows".
 */
export interface ImportProgress {
  written: number;
  left: number;
  rows: number;
  rowsLeft: number;
}

// A platform export imported from the sidebar (issue 11): previewed first (which header goes to which column),
// the person's changes to the mapping sent back, then imported. The file's text is decoded in the browser.
const headerName = z.string().check(z.maxLength(200, 'a header is under 200 characters'));
export const ExportRequestSchema = z.object({
  file: z.string().check(z.maxLength(300, 'the file name is under 300 characters')),
  /** Google Apps Script takes calls of a few megabytes; 5 million characters is a very large export. */
  text: z.string().check(z.maxLength(5_000_000, 'the file is too large to import at once (5 million characters): split it')),
  /** Header → the column it fills, or null to leave it out. */
  mapping: z.optional(z.record(headerName, z.nullable(z.string().check(z.maxLength(60))))),
  /** Whose account an export without a creator column is (YouTube Studio, TikTok Studio). */
  creator: z.optional(z.string().check(z.maxLength(200))),
  mode: z.optional(z.enum(['add', 'new'])),
  /** Data cells one call may write (the import in parts, domain/import-parts.ts, caps it); tests ask for smaller parts. */
  partCells: z.optional(z.int().check(z.minimum(100))),
});
export type ExportRequest = z.output<typeof ExportRequestSchema>;

export interface ExportPreview {
  file: string;
  platform: string;
  list: 'creators' | 'content';
  /** Each header, the column it goes to (null: left out) and why. */
  mapping: { header: string; to: string | null; how?: string }[];
  /** The columns a header may be sent to (creator and post exports; fixed for Shopify and GA4). */
  columns: { key: string; header: string }[] | null;
  rows: number;
  skipped: string[];
  problems: string[];
  /** Whether this mapping is one the person chose for these headers before. */
  remembered: boolean;
}

export interface ExportImportResult extends ImportResult {
  preview: ExportPreview;
}

// Reports (issue 4): generated Docs and slides, templates, and the shared client-learnings Doc.
export const ArtefactSchema = z.enum(ARTEFACTS as [Artefact, ...Artefact[]]);
const link = z.string().check(z.trim(), z.maxLength(500, 'paste the link as it is (under 500 characters)'));

export const ClientReportRequestSchema = z.partial(z.object({ includeCosts: z.boolean() }));
export type ClientReportRequest = z.input<typeof ClientReportRequestSchema>;
/** Any artefact of the registry; `includeCosts` is the client report's opt-in to per-creator costs. */
export const GenerateRequestSchema = z.object({
  artefact: ArtefactSchema,
  includeCosts: z.optional(z.boolean()),
  /** Past the completeness gate: the person chose to generate with KPIs still unexplained; `by` is who, as they typed it. */
  force: z.optional(z.boolean()),
  by: z.optional(shortText(120)),
});
export type GenerateRequest = z.input<typeof GenerateRequestSchema>;
/** `url` '' goes back to Debrief's built-in template. */
export const TemplateRequestSchema = z.object({ artefact: ArtefactSchema, url: link });
export type TemplateRequest = z.input<typeof TemplateRequestSchema>;
/** `url` '' forgets the Doc (Debrief makes a new one on the next append). */
export const LearningsDocRequestSchema = z.object({ url: link });
export type LearningsDocRequest = z.input<typeof LearningsDocRequestSchema>;
export const KeptLearningsRequestSchema = z.object({
  items: z.array(shortText(1000, z.minLength(1, 'a learning can’t be empty')))
    .check(z.minLength(3, 'keep at least 3 learnings (add one)'), z.maxLength(5, 'keep at most 5 learnings (remove one)')),
});
export type KeptLearningsRequest = z.input<typeof KeptLearningsRequestSchema>;
/** Without items, the learnings kept earlier (or the drafted ones) are appended. */
export const AppendLearningsRequestSchema = z.partial(KeptLearningsRequestSchema);
export type AppendLearningsRequest = z.input<typeof AppendLearningsRequestSchema>;

/** Marks the client report as sent today by `by` (issue 15). */
export const ReportSentRequestSchema = z.object({ by: shortText(120, z.minLength(1, 'say who sent it')) });
export type ReportSentRequest = z.input<typeof ReportSentRequestSchema>;

export interface GeneratedFile {
  artefact: Artefact;
  id: string;
  name: string;
  url: string;
  createdAt: string; // ISO timestamp
}

export interface GenerateResult {
  file: GeneratedFile;
  /** This spreadsheet's generated files, newest first. */
  files: GeneratedFile[];
  /** Things the person should know (a placeholder the template doesn't use, a screenshot that couldn't be shown). */
  warnings: string[];
  /** For the team: recommendations reversing the client's previous campaign's learning, each with both numbers. */
  reversals?: string[];
}

export interface TemplateInfo {
  artefact: Artefact;
  /** The agency's own template; false means Debrief's built-in one. */
  custom: boolean;
  url: string | null;
}

export interface LinkedFile {
  id: string;
  url: string;
  /** What Drive says about it for this user, when Debrief could ask (the learnings Doc). */
  name?: string;
  /** False for a viewer or commenter: the file can be read but not appended to. */
  canEdit?: boolean;
  /** Why Debrief can't open it any more, if it can't. */
  problem?: string;
}

/** A scope the user didn't grant on Google's consent screen: its words there, what it blocks, how to grant it. */
export interface PermissionGap {
  consent: string;
  blocks: string;
  howToGrant: string;
}

export interface ReportsState {
  templates: TemplateInfo[];
  learningsDoc: LinkedFile | null;
  files: GeneratedFile[];
  /** Whether "Choose from Drive" (Google Picker) works in this deployment, and if not, what's missing and who can fix it. */
  picker: PickerSetup;
  /** Scopes the user declined that the documents need. */
  permissions: PermissionGap[];
}

export interface KeptLearnings {
  items: string[];
  /** False while the list is the drafted one, not yet saved by the team. */
  saved: boolean;
}

export interface ClientHistoryResult {
  learningsDoc: LinkedFile | null;
  history: ClientHistory | null;
}

/** What appending to the learnings Doc did. */
export interface LearningsDocAppendResult {
  status: 'added' | 'already-there';
  heading: string;
  newClientHeading: boolean;
  learningsDoc: LinkedFile;
  history: ClientHistory;
}

export interface AppendLearningsResult extends LearningsDocAppendResult {
  /** The same campaign in the campaign ledger (filled alongside the Doc; a failure there doesn't undo the Doc). */
  ledger: LedgerOutcome;
}

/** What appending to the campaign ledger did, per tab (campaigns, kpis, creators, actions, learnings, proofPoints). */
export type LedgerOutcome =
  | {
    ok: true;
    ledger: LinkedFile;
    created: boolean;
    status: 'added' | 'updated' | 'already-there';
    counts: Record<string, { added: number; updated: number; removed: number; unchanged: number }>;
    /** Carried actions (Issues rows with a "Carried from" id) whose first row isn't in the ledger. */
    unknownCarried: { key: string; cell: string }[];
    /** Ledger cells Debrief couldn't read, left as they are. */
    problems: string[];
  }
  | { ok: false; code: ErrorCode; message: string };

export interface StartNextCampaignResult {
  workbook: LinkedFile;
  kickoffPack: LinkedFile;
  /** "3 open actions carried, 3 targets suggested (2 from historical data)". */
  summary: string;
  openActions: number;
  targets: { kpi: string; target: number; confidence: string }[];
  warnings: string[];
}

export interface KickoffState {
  /** The pack linked on the Campaign tab, if this campaign was started from one. */
  kickoffPack: string | null;
  acknowledgement: AcknowledgementState;
}

/** The agency's history at a glance: the backtest of targets from history and the portfolio's claims. */
export interface LedgerInsights {
  ledger: LinkedFile | null;
  campaigns: number;
  backtest: { pairs: number; suggestedMdape: number | null; typedMdape: number | null; historical: { n: number; suggestedMdape: number | null; typedMdape: number | null } } | null;
  claims: string[];
}

export const StartNextCampaignRequestSchema = z.object({
  campaign: z.string().check(z.minLength(1, 'Name the next campaign.'), z.maxLength(200)),
  startDate: z.optional(z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2027-02-01.')))),
  budget: z.optional(z.nullable(z.number().check(z.nonnegative()))),
  objective: z.optional(z.nullable(z.enum(OBJECTIVES))),
});
export type StartNextCampaignRequest = z.infer<typeof StartNextCampaignRequestSchema>;

export const LedgerRequestSchema = z.object({ url: z.string().check(z.maxLength(500)) });

/** One line of Diagnostics: a platform behaviour Debrief relies on, and what Google did. */
export interface DiagnosticLine {
  check: string;
  pass: boolean;
  detail: string;
}
export interface DiagnosticsReport {
  lines: DiagnosticLine[];
  failed: number;
  /** The header and one "PASS  check: detail" line per check, to paste into a bug report. */
  text: string;
}

/** Every function the sidebar may call; src/gas/api.ts implements it and src/gas/main.ts exports it. */
export interface ServerApi {
  ping(request: PingRequest): PingResult;
  getSidebarState(): SidebarState;
  saveCampaignSetup(setup: CampaignSetupInput): SidebarState;
  buildTabs(): BuildTabsResult;
  analyze(): AnalyzeResult;
  runChecks(): ChecksResult;
  previewExport(request: ExportRequest): ExportPreview;
  importExport(request: ExportRequest): ExportImportResult;
  getReportsState(): ReportsState;
  setTemplate(request: TemplateRequest): ReportsState;
  setLearningsDoc(request: LearningsDocRequest): ReportsState;
  generate(request: GenerateRequest): GenerateResult;
  generateClientReport(request?: ClientReportRequest): GenerateResult;
  generateInternalBrief(): GenerateResult;
  exportSlides(): GenerateResult;
  getKeptLearnings(): KeptLearnings;
  saveKeptLearnings(request: KeptLearningsRequest): KeptLearnings;
  appendLearnings(request?: AppendLearningsRequest): AppendLearningsResult;
  getClientHistory(): ClientHistoryResult;
  startNextCampaign(request: StartNextCampaignRequest): StartNextCampaignResult;
  getKickoffState(): KickoffState;
  acknowledgeKickoffPack(): KickoffState;
  setLedger(request: { url: string }): LedgerInsights;
  getLedgerInsights(): LedgerInsights;
  /** Opens Google Picker in a dialog; its outcome is asked for with pickOutcome. */
  showPicker(request: ShowPickerRequest): null;
  /** Called by the Picker dialog with what was chosen. */
  usePickedFiles(request: PickedFilesRequest): PickOutcome;
  cancelPick(request: PickRequest): PickOutcome;
  keepPickOpen(request: PickRequest): null;
  pickOutcome(request: PickRequest): PickOutcome;
  runDiagnostics(): DiagnosticsReport;
  // Meeting mode (issue 15).
  getMeeting(): MeetingState;
  openBlock(request: OpenBlockRequest): OpenBlockResult;
  saveMeetingNote(request: SaveNoteRequest): MeetingState;
  fileMeetingNote(request: FileNoteRequest): MeetingState;
  endMeeting(): MeetingState;
  markClientReportSent(request: ReportSentRequest): MeetingState;
}
