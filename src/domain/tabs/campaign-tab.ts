// The Campaign tab: one labelled field per row (label in A, value in B, help in C), plus the tier settings
// that the Creators tab's Tier formula reads through named ranges. Its fields are also the campaign file's
// top-level fields, its `team` and its `tiers`.
import { OBJECTIVES } from '../choices.ts';
import { POST_MORTEM_DAYS_AFTER_WRAP } from '../dates.ts';
import { blankValue, EVERYONE, TEAM_AND_CLIENT, TEAM_ONLY, type ColumnSpec, type ValueOf } from './spec.ts';

export interface FormTabSpec {
  kind: 'form';
  name: string;
  purpose: string;
  fields: readonly FieldSpec[];
}

export interface FieldSpec extends Omit<ColumnSpec, 'header'> {
  label: string;
  /** Named range pointing at the value cell, so formulas elsewhere survive rows being moved. */
  namedRange?: string;
  defaultValue?: string | number;
  /** Fields kept together in the campaign file and in CampaignInfo: `team.facilitator`, `tiers.micro`. */
  group?: 'team' | 'tiers';
  /** The field's name inside its group, when it differs from `key` (`tierMicro` is `tiers.micro`). */
  groupKey?: string;
  /** A formula field's input in the campaign file, for naming it in checks (the due date comes from the wrap date). */
  from?: string;
  /** Must be filled in: the campaign file requires it, and so does the sidebar's setup form. */
  required?: boolean;
}

/** KPIs off target by more than this need an explanation before the client sees them (the completeness gate). */
export const DEFAULT_GATE_THRESHOLD = 0.1;

/** The thresholds Debrief starts with; each campaign can change them on its Campaign tab. */
export const DEFAULT_TIERS = { micro: 10_000, midTier: 50_000, macro: 500_000, mega: 1_000_000 } as const;

export const TIER_RANGE_NAMES = {
  micro: 'Debrief_TierMicroFrom',
  midTier: 'Debrief_TierMidFrom',
  macro: 'Debrief_TierMacroFrom',
  mega: 'Debrief_TierMegaFrom',
} as const;

const person = <K extends string>(key: K, label: string, help: string) =>
  ({ key, label, type: 'text', help, group: 'team', audience: TEAM_ONLY }) as const;

const tier = <K extends string, G extends keyof typeof DEFAULT_TIERS>(key: K, groupKey: G, label: string, help: string) =>
  ({
    key, label, type: 'count', namedRange: TIER_RANGE_NAMES[groupKey], defaultValue: DEFAULT_TIERS[groupKey], help,
    group: 'tiers', groupKey, audience: EVERYONE,
  }) as const;

export const CAMPAIGN_TAB = {
  kind: 'form',
  name: 'Campaign',
  purpose: 'Who the campaign was for, when it ran, and who sits in the post-mortem.',
  fields: [
    { key: 'client', label: 'Client', type: 'text', help: 'The brand the campaign ran for.', required: true, audience: EVERYONE },
    { key: 'campaign', label: 'Campaign', type: 'text', help: 'The campaign’s name.', required: true, audience: EVERYONE },
    { key: 'startDate', label: 'Start date', type: 'date', help: 'First day content went live.', audience: EVERYONE },
    { key: 'wrapDate', label: 'Wrap date', type: 'date', help: 'Last day of the campaign.', namedRange: 'Debrief_WrapDate', audience: EVERYONE },
    {
      key: 'postMortemDue',
      label: 'Post-mortem due',
      type: 'date',
      help: 'Wrap + 72 hours: run the post-mortem while memories are fresh.',
      formula: (ref) => `=IF(ISNUMBER(${ref('wrapDate')}),${ref('wrapDate')}+${POST_MORTEM_DAYS_AFTER_WRAP},"")`,
      namedRange: 'Debrief_PostMortemDue',
      from: 'wrapDate',
      audience: TEAM_ONLY,
    },
    { key: 'currency', label: 'Currency', type: 'text', help: 'ISO code such as USD, EUR, GBP.', defaultValue: 'USD', audience: EVERYONE },
    { key: 'budget', label: 'Budget', type: 'money', help: 'Total campaign budget.', audience: TEAM_AND_CLIENT },
    {
      key: 'brandColour', label: 'Brand colour', type: 'text', audience: EVERYONE,
      help: 'The client’s colour as #RRGGBB (e.g. #0B6E4F): the deck’s titles, table headers and charts use it. Blank: Debrief’s blue.',
    },
    { key: 'clientCategory', label: 'Client category', type: 'text', help: 'The kind of client (beauty, fintech…): the portfolio groups by it, and anonymised proof points say it instead of the name.', audience: TEAM_ONLY },
    { key: 'objective', label: 'Objective', type: 'choice', choices: OBJECTIVES, help: 'Awareness, consideration or conversion: targets from history and the portfolio compare like with like.', audience: TEAM_AND_CLIENT },
    { key: 'kickoffPack', label: 'Kickoff pack', type: 'url', help: 'The kickoff pack “Start next campaign” made for this campaign: read it before planning, then acknowledge it in the sidebar.', audience: TEAM_ONLY },
    person('campaignManager', 'Campaign manager', 'Ran the campaign day to day.'),
    person('accountLead', 'Account lead', 'Owns the client relationship.'),
    person('creatorRelations', 'Creator relations', 'Managed the creators.'),
    person('strategist', 'Strategist', 'Set the strategy and KPIs.'),
    person('facilitator', 'Facilitator', 'Runs the 90-minute meeting and keeps it blameless.'),
    person('noteTaker', 'Note-taker', 'Captures actions with one owner and a deadline each.'),
    { key: 'postMortemHeld', label: 'Post-mortem held', type: 'date', help: 'The day the team held the post-mortem (meeting mode fills it in).', audience: TEAM_ONLY },
    {
      key: 'gateThreshold', label: 'Explain variances beyond', type: 'rate', defaultValue: DEFAULT_GATE_THRESHOLD, audience: TEAM_ONLY,
      help: 'A KPI that missed or beat its target by more than this needs a linked Issue or Win before the client sees it.',
    },
    { key: 'clientReportSent', label: 'Client report sent', type: 'date', help: 'The day the client report went to the client.', audience: TEAM_ONLY },
    { key: 'clientReportSentBy', label: 'Client report sent by', type: 'text', help: 'Who sent it.', audience: TEAM_ONLY },
    {
      key: 'sendReminderDays', label: 'Remind to send after (days)', type: 'count', defaultValue: 3, audience: TEAM_ONLY,
      help: 'Days after the post-mortem before the sidebar reminds the account lead the client report hasn’t gone out.',
    },
    tier('tierMicro', 'micro', 'Micro tier from (followers)', 'Creators below this are Nano.'),
    tier('tierMidTier', 'midTier', 'Mid-tier from (followers)', 'Creators from here are Mid-tier.'),
    tier('tierMacro', 'macro', 'Macro tier from (followers)', 'Creators from here are Macro.'),
    tier('tierMega', 'mega', 'Mega tier from (followers)', 'Creators from here are Mega.'),
  ],
} as const satisfies FormTabSpec;

/** The Campaign tab's fields typed as specs, for code that reads any field's optional parts. */
export const CAMPAIGN_FIELDS: readonly FieldSpec[] = CAMPAIGN_TAB.fields;

type Field = (typeof CAMPAIGN_TAB)['fields'][number];
type InGroup<G extends string> = Extract<Field, { group: G }>;
type Ungrouped = Exclude<Field, { group: string } | { formula: unknown }>;

/** The team list: who ran the campaign and who sits in the post-mortem. */
export type Team = { -readonly [F in InGroup<'team'> as F['key']]: string };
/** Follower counts where each tier starts. */
export type TierThresholds = { -readonly [F in InGroup<'tiers'> as F['groupKey']]: number };
/** What the Campaign tab (or a campaign file) says about the campaign: its top-level fields, team and tiers. */
export type CampaignInfo = { -readonly [F in Ungrouped as F['key']]: ValueOf<F> } & { currency: string; team: Team; tiers: TierThresholds };

/** A field's name in the campaign file and in CampaignInfo's groups: `team.facilitator`, `tiers.micro`, `budget`. */
export function fieldPath(field: Pick<FieldSpec, 'key' | 'group' | 'groupKey'>): string {
  return field.group ? `${field.group}.${field.groupKey ?? field.key}` : field.key;
}

/** The fields of a group, in the tab's order. */
export const groupFields = (group: 'team' | 'tiers'): readonly FieldSpec[] => CAMPAIGN_FIELDS.filter((f) => f.group === group);

/** The team's keys, in the tab's order: campaign manager first. */
export const TEAM_KEYS = groupFields('team').map((f) => f.key) as (keyof Team)[];

/**
 * CampaignInfo from each field's value as read (a sheet cell or a campaign-file field); a blank field takes its
 * default (USD, the default tiers) or its type's blank. Sheet and file build it the same way, here.
 */
export function campaignInfoFrom(fieldValue: (field: FieldSpec) => string | number | boolean | null): CampaignInfo {
  const info: Record<string, unknown> = { team: {}, tiers: {} };
  for (const field of CAMPAIGN_FIELDS) {
    if (field.formula) continue;
    const value = fieldValue(field) ?? field.defaultValue ?? blankValue(field);
    if (field.group) (info[field.group] as Record<string, unknown>)[field.groupKey ?? field.key] = value;
    else info[field.key] = value;
  }
  info.currency = String(info.currency || 'USD').toUpperCase();
  // Every field of CAMPAIGN_TAB was set above, under the path CampaignInfo's type derives from it.
  return info as CampaignInfo;
}
