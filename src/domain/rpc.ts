// The sidebar↔server contract: zod schemas for every payload the server accepts from google.script.run,
// and the shapes it returns (plain JSON: ISO date strings, never Date objects).
import * as z from 'zod';
import type { Check } from './records.ts';

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

/** Every function the sidebar may call; src/gas/api.ts implements it and src/gas/main.ts exports it. */
export interface ServerApi {
  ping(request: PingRequest): PingResult;
  getSidebarState(): SidebarState;
  saveCampaignSetup(setup: CampaignSetupInput): SidebarState;
  buildTabs(): BuildTabsResult;
  analyze(): AnalyzeResult;
  runChecks(): ChecksResult;
}
