// The sidebar↔server contract: zod schemas for every payload the server accepts from google.script.run,
// and the shapes it returns (plain JSON: ISO date strings, never Date objects).
import * as z from 'zod';
import type { Check } from './records.ts';
import type { ClientHistory } from './reports/learnings-doc.ts';
import type { Artefact } from './reports/placeholders.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date like 2026-11-18');
const shortText = (max: number) => z.string().trim().max(max, `keep it under ${max} characters`);

export const TeamSchema = z.object({
  campaignManager: shortText(120),
  accountLead: shortText(120),
  creatorRelations: shortText(120),
  strategist: shortText(120),
  facilitator: shortText(120),
  noteTaker: shortText(120),
});

export const CampaignSetupSchema = z.object({
  client: shortText(200).min(1, 'say which client the campaign was for'),
  campaign: shortText(200).min(1, 'name the campaign'),
  startDate: isoDate.nullable(),
  wrapDate: isoDate.nullable(),
  currency: z.string().trim().regex(/^[A-Za-z]{3}$/, 'use a 3-letter currency code such as USD').transform((c) => c.toUpperCase()),
  budget: z.union([z.number().nonnegative(), shortText(40)]).nullable(),
  team: TeamSchema,
});
export type CampaignSetupInput = z.input<typeof CampaignSetupSchema>;
export type CampaignSetup = z.output<typeof CampaignSetupSchema>;

export const PingRequestSchema = z.object({ message: shortText(200), sentAt: z.string().datetime() });
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
  /** Rows appended and existing rows filled in, per tab. */
  rows: Record<string, { appended: number; filled: number }>;
  checks: Check[];
}

// Reports (issue 4): generated Docs and slides, templates, and the shared client-learnings Doc.
export const ArtefactSchema = z.enum(['clientReport', 'internalBrief', 'deck']);
const link = z.string().trim().max(500, 'paste the link as it is (under 500 characters)');

export const ClientReportRequestSchema = z.object({ includeCosts: z.boolean() }).partial();
export type ClientReportRequest = z.input<typeof ClientReportRequestSchema>;
/** `url` '' goes back to Debrief's built-in template. */
export const TemplateRequestSchema = z.object({ artefact: ArtefactSchema, url: link });
export type TemplateRequest = z.input<typeof TemplateRequestSchema>;
/** `url` '' forgets the Doc (Debrief makes a new one on the next append). */
export const LearningsDocRequestSchema = z.object({ url: link });
export type LearningsDocRequest = z.input<typeof LearningsDocRequestSchema>;
export const KeptLearningsRequestSchema = z.object({
  items: z.array(shortText(1000).min(1, 'a learning can’t be empty'))
    .min(3, 'keep at least 3 learnings (add one)').max(5, 'keep at most 5 learnings (remove one)'),
});
export type KeptLearningsRequest = z.input<typeof KeptLearningsRequestSchema>;
/** Without items, the learnings kept earlier (or the drafted ones) are appended. */
export const AppendLearningsRequestSchema = KeptLearningsRequestSchema.partial();
export type AppendLearningsRequest = z.input<typeof AppendLearningsRequestSchema>;

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
}

export interface ReportsState {
  templates: TemplateInfo[];
  learningsDoc: LinkedFile | null;
  files: GeneratedFile[];
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

export interface AppendLearningsResult {
  status: 'added' | 'already-there';
  heading: string;
  newClientHeading: boolean;
  learningsDoc: LinkedFile;
  history: ClientHistory;
}

/** Every function the sidebar may call; src/gas/api.ts implements it and src/gas/main.ts exports it. */
export interface ServerApi {
  ping(request: PingRequest): PingResult;
  getSidebarState(): SidebarState;
  saveCampaignSetup(setup: CampaignSetupInput): SidebarState;
  buildTabs(): BuildTabsResult;
  analyze(): AnalyzeResult;
  runChecks(): ChecksResult;
  getReportsState(): ReportsState;
  setTemplate(request: TemplateRequest): ReportsState;
  setLearningsDoc(request: LearningsDocRequest): ReportsState;
  generateClientReport(request?: ClientReportRequest): GenerateResult;
  generateInternalBrief(): GenerateResult;
  exportSlides(): GenerateResult;
  getKeptLearnings(): KeptLearnings;
  saveKeptLearnings(request: KeptLearningsRequest): KeptLearnings;
  appendLearnings(request?: AppendLearningsRequest): AppendLearningsResult;
  getClientHistory(): ClientHistoryResult;
}
