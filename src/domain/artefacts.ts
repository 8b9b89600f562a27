// The artefacts Debrief makes, one entry each. From this registry come the RPC enum, the stored settings' shapes,
// the template kinds and built-in templates' names, file names, the sidebar's buttons and the menu's items.
// Adding an artefact is one entry here, its content builder (src/domain/reports/builders.ts, which the compiler
// holds to this list) and tests. Pure data: the sidebar imports it too.
import type { Audience } from './tabs/spec.ts';

/** What kind of Google file an artefact is, and what its template must be. */
export const FILE_KINDS = {
  doc: { label: 'Google Doc', mimeType: 'application/vnd.google-apps.document', url: 'https://docs.google.com/document/d/' },
  deck: { label: 'Google Slides deck', mimeType: 'application/vnd.google-apps.presentation', url: 'https://docs.google.com/presentation/d/' },
  sheet: { label: 'Google Sheet', mimeType: 'application/vnd.google-apps.spreadsheet', url: 'https://docs.google.com/spreadsheets/d/' },
} as const;
export type FileKind = keyof typeof FILE_KINDS;

/**
 * The {{placeholders}} a template may hold. Text placeholders are filled by every artefact, wherever they stand;
 * a block placeholder's paragraph (or shape) becomes tables, lists and paragraphs, in the artefacts that list it.
 */
export const PLACEHOLDER_VOCABULARY = [
  { name: 'client', kind: 'text', help: 'The client’s name.' },
  { name: 'campaign', kind: 'text', help: 'The campaign’s name.' },
  { name: 'title', kind: 'text', help: 'The file’s title: “Client — Campaign — Client report”.' },
  { name: 'start_date', kind: 'text', help: 'First day content went live, e.g. 20 Oct 2026.' },
  { name: 'wrap_date', kind: 'text', help: 'The campaign’s last day.' },
  { name: 'dates', kind: 'text', help: 'Start to wrap, e.g. 20 Oct – 18 Nov 2026.' },
  { name: 'report_date', kind: 'text', help: 'The day the file was generated.' },
  { name: 'byline', kind: 'text', help: 'The line under the title: client, dates and report date, leaving out what isn’t set.' },
  { name: 'budget', kind: 'text', help: 'The campaign budget, e.g. $55,000 (blank when not set).' },
  { name: 'kpis_met', kind: 'text', help: 'How many KPIs were met, e.g. “3 of 7 KPIs met”.' },
  { name: 'summary', kind: 'text', help: 'The results in two or three sentences.' },
  { name: 'kpi_table', kind: 'block', help: 'KPI table: target, actual, variance, met or missed (the brief adds target confidence).' },
  { name: 'misses', kind: 'block', help: 'Each missed KPI in plain words.' },
  { name: 'top_content', kind: 'block', help: 'The top 2–3 pieces with their numbers, links and screenshots.' },
  { name: 'learnings', kind: 'block', help: '3–5 learnings grounded in the numbers.' },
  { name: 'recommendations', kind: 'block', help: 'What we recommend next, framed forward.' },
  { name: 'creator_costs', kind: 'block', help: 'Cost per creator, only when “include per-creator costs” is ticked (otherwise removed).' },
  { name: 'creator_breakdown', kind: 'block', help: 'Creators by tier, patterns by platform, format and brief, and notable creators.' },
  { name: 'content_analysis', kind: 'block', help: 'Top 3 and bottom 3 pieces and what set them apart.' },
  { name: 'issues', kind: 'block', help: 'What went wrong, by root cause and severity.' },
  { name: 'wins', kind: 'block', help: 'What worked, with evidence and how to repeat it.' },
  { name: 'action_items', kind: 'block', help: 'Each action with one owner and a deadline.' },
  { name: 'variance_chart', kind: 'block', help: 'The variance-per-KPI chart, as a picture (client report: alone in its paragraph; slides: alone in a shape).' },
  { name: 'tier_chart', kind: 'block', help: 'Slides: the pooled-CPE-per-tier chart, as a picture (alone in a shape).' },
  { name: 'content_chart', kind: 'block', help: 'Slides: engagement rate of the top vs the bottom content, as a picture (alone in a shape).' },
  { name: 'top_screenshot', kind: 'block', help: 'Slides: the top piece’s screenshot as a picture when its link is a public image, otherwise a link to it (alone in a shape).' },
  { name: 'open_actions', kind: 'block', help: 'Every action still open from the client’s earlier campaigns, with owner and deadline (overdue marked).' },
  { name: 'recurring_causes', kind: 'block', help: 'Root causes found in 2 or more of the client’s campaigns.' },
  { name: 'creators', kind: 'block', help: 'Creators to rebook (with conditions) and not to rebook, with reasons and inputs.' },
  { name: 'suggested_targets', kind: 'block', help: 'Suggested targets from the client’s history, with the campaigns behind each.' },
  { name: 'recent_learnings', kind: 'block', help: 'The learnings of the client’s last 3 campaigns.' },
  { name: 'creator_notes', kind: 'block', help: 'Creator feedback notes: a section per creator chosen on the Creators tab (Feedback note), each to send to that creator alone.' },
] as const;
export type PlaceholderName = (typeof PLACEHOLDER_VOCABULARY)[number]['name'];
type BlockName = Extract<(typeof PLACEHOLDER_VOCABULARY)[number], { kind: 'block' }>['name'];

export interface ArtefactSpec {
  /** How it is named in file names, messages, the sidebar and the menu: "Client report". */
  name: string;
  file: FileKind;
  /** Who reads it: the builder gets only what this audience may see (tab specs' column audiences). */
  audience: Audience;
  template: {
    /** The built-in template's file name, made in the user's Drive on first use. */
    builtInName: string;
    /** Block placeholders it fills (text placeholders are filled by every artefact). */
    blocks: readonly BlockName[];
    /** Placeholders its template must hold: without one, a whole section would go missing. */
    required: readonly PlaceholderName[];
  };
  /** The generated file's name before " (yyyy-mm-dd)": {client}, {campaign} and {name} are filled in. */
  fileName: string;
  /** The sidebar button (its caption, and the `reports-<id>` test id) and the Extensions → Debrief item. */
  sidebar: { caption: string; id: string };
  /** `note` is said after the new file's link (what only the sidebar offers). */
  menu: { caption: string; functionName: string; note?: string };
  /** Built from the campaign ledger (the agency's history), not only from this workbook. */
  readsLedger?: boolean;
  /**
   * Compared with the client's previous campaign in the ledger, when it has one (one Values.batchGet): the deck's
   * "compared with last campaign", and recommendations reversing its learning flagged to the team.
   */
  comparesWithLastCampaign?: boolean;
}

export const ARTEFACT_SPECS = {
  clientReport: {
    name: 'Client report',
    file: 'doc',
    audience: 'client',
    template: {
      builtInName: 'Debrief template — Client report',
      blocks: ['kpi_table', 'misses', 'top_content', 'learnings', 'recommendations', 'creator_costs', 'variance_chart'],
      required: ['kpi_table', 'misses', 'top_content', 'learnings', 'recommendations'],
    },
    fileName: '{client} — {campaign} — {name}',
    sidebar: { caption: 'Client report', id: 'client' },
    menu: {
      caption: 'Generate client report', functionName: 'menuGenerateClientReport',
      note: 'To include per-creator costs, use the sidebar’s Reports section.',
    },
  },
  internalBrief: {
    name: 'Internal brief',
    file: 'doc',
    audience: 'team',
    template: {
      builtInName: 'Debrief template — Internal brief',
      blocks: ['kpi_table', 'misses', 'learnings', 'recommendations', 'creator_breakdown', 'content_analysis', 'issues', 'wins', 'action_items'],
      required: ['kpi_table', 'creator_breakdown', 'content_analysis', 'issues', 'wins', 'action_items'],
    },
    fileName: '{client} — {campaign} — {name}',
    sidebar: { caption: 'Internal brief', id: 'brief' },
    menu: { caption: 'Generate internal brief', functionName: 'menuGenerateInternalBrief' },
    comparesWithLastCampaign: true,
  },
  deck: {
    name: 'Renewal slides',
    file: 'deck',
    audience: 'client',
    template: {
      builtInName: 'Debrief template — Renewal slides',
      blocks: ['kpi_table', 'top_content', 'learnings', 'recommendations', 'variance_chart', 'tier_chart', 'content_chart', 'top_screenshot'],
      required: ['kpi_table', 'top_content', 'learnings', 'recommendations', 'variance_chart'],
    },
    fileName: '{client} — {campaign} — {name}',
    sidebar: { caption: 'Renewal slides', id: 'slides' },
    menu: { caption: 'Export slides for renewal deck', functionName: 'menuExportSlides' },
    comparesWithLastCampaign: true,
  },
  creatorFeedback: {
    name: 'Creator feedback notes',
    file: 'doc',
    // Built from what reaches a creator only (their own figures and the brief), never costs, ratings or notes.
    audience: 'creator',
    template: {
      builtInName: 'Debrief template — Creator feedback notes',
      blocks: ['creator_notes'],
      required: ['creator_notes'],
    },
    fileName: '{client} — {campaign} — {name}',
    sidebar: { caption: 'Creator feedback', id: 'feedback' },
    menu: {
      caption: 'Write creator feedback notes', functionName: 'menuGenerateCreatorFeedback',
      note: 'Each section is for one creator: copy it into your message to them.',
    },
  },
  kickoffPack: {
    name: 'Kickoff pack',
    file: 'doc',
    audience: 'team',
    template: {
      builtInName: 'Debrief template — Kickoff pack',
      blocks: ['open_actions', 'recurring_causes', 'creators', 'suggested_targets', 'recent_learnings'],
      required: ['open_actions', 'recurring_causes', 'creators', 'suggested_targets'],
    },
    fileName: '{client} — {campaign} — {name}',
    sidebar: { caption: 'Kickoff pack', id: 'kickoff' },
    menu: {
      caption: 'Make kickoff pack for the next campaign', functionName: 'menuGenerateKickoffPack',
      note: 'To make the next campaign’s workbook with it, use the sidebar’s Next campaign section.',
    },
    readsLedger: true,
  },
} as const satisfies Record<string, ArtefactSpec>;

export type Artefact = keyof typeof ARTEFACT_SPECS;
/** Every artefact, in the order the sidebar and the menu show them. */
export const ARTEFACTS = Object.keys(ARTEFACT_SPECS) as Artefact[];

export const artefactSpec = (artefact: Artefact): ArtefactSpec => ARTEFACT_SPECS[artefact];

/** How each artefact is named in file names, messages and the sidebar. */
export const ARTEFACT_NAMES = Object.fromEntries(ARTEFACTS.map((a) => [a, ARTEFACT_SPECS[a].name])) as Record<Artefact, string>;

/** Whether `artefact` fills `placeholder` (text placeholders: always). */
export function fillsPlaceholder(artefact: Artefact, placeholder: string): boolean {
  const known = PLACEHOLDER_VOCABULARY.find((p) => p.name === placeholder);
  if (!known) return false;
  return known.kind === 'text' || (ARTEFACT_SPECS[artefact].template.blocks as readonly string[]).includes(placeholder);
}

/** "Glowlab — Winter Glow — Client report": the file's title before its date. */
export function artefactTitle(artefact: Artefact, names: { client: string; campaign: string }): string {
  const spec = ARTEFACT_SPECS[artefact];
  const fields: Record<string, string> = { client: names.client, campaign: names.campaign, name: spec.name };
  return spec.fileName.replace(/\{(\w+)\}/g, (whole, key: string) => fields[key] ?? whole);
}
