// The Campaign tab: one labelled field per row (label in A, value in B, help in C), plus the tier settings
// that the Creators tab's Tier formula reads through named ranges.
import { POST_MORTEM_DAYS_AFTER_WRAP } from '../dates.ts';
import { DEFAULT_TIERS } from '../records.ts';
import type { ColumnSpec } from './spec.ts';

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
}

export const TIER_RANGE_NAMES = {
  micro: 'Debrief_TierMicroFrom',
  midTier: 'Debrief_TierMidFrom',
  macro: 'Debrief_TierMacroFrom',
  mega: 'Debrief_TierMegaFrom',
} as const;

const person = (key: string, label: string, help: string): FieldSpec => ({ key, label, type: 'text', help });

export const CAMPAIGN_TAB: FormTabSpec = {
  kind: 'form',
  name: 'Campaign',
  purpose: 'Who the campaign was for, when it ran, and who sits in the post-mortem.',
  fields: [
    { key: 'client', label: 'Client', type: 'text', help: 'The brand the campaign ran for.' },
    { key: 'campaign', label: 'Campaign', type: 'text', help: 'The campaign’s name.' },
    { key: 'startDate', label: 'Start date', type: 'date', help: 'First day content went live.' },
    { key: 'wrapDate', label: 'Wrap date', type: 'date', help: 'Last day of the campaign.', namedRange: 'Debrief_WrapDate' },
    {
      key: 'postMortemDue',
      label: 'Post-mortem due',
      type: 'date',
      help: 'Wrap + 72 hours: run the post-mortem while memories are fresh.',
      formula: (ref) => `=IF(ISNUMBER(${ref('wrapDate')}),${ref('wrapDate')}+${POST_MORTEM_DAYS_AFTER_WRAP},"")`,
      namedRange: 'Debrief_PostMortemDue',
    },
    { key: 'currency', label: 'Currency', type: 'text', help: 'ISO code such as USD, EUR, GBP.', defaultValue: 'USD' },
    { key: 'budget', label: 'Budget', type: 'money', help: 'Total campaign budget.' },
    person('campaignManager', 'Campaign manager', 'Ran the campaign day to day.'),
    person('accountLead', 'Account lead', 'Owns the client relationship.'),
    person('creatorRelations', 'Creator relations', 'Managed the creators.'),
    person('strategist', 'Strategist', 'Set the strategy and KPIs.'),
    person('facilitator', 'Facilitator', 'Runs the 90-minute meeting and keeps it blameless.'),
    person('noteTaker', 'Note-taker', 'Captures actions with one owner and a deadline each.'),
    {
      key: 'tierMicro', label: 'Micro tier from (followers)', type: 'count', namedRange: TIER_RANGE_NAMES.micro,
      defaultValue: DEFAULT_TIERS.micro, help: 'Creators below this are Nano.',
    },
    {
      key: 'tierMidTier', label: 'Mid-tier from (followers)', type: 'count', namedRange: TIER_RANGE_NAMES.midTier,
      defaultValue: DEFAULT_TIERS.midTier, help: 'Creators from here are Mid-tier.',
    },
    {
      key: 'tierMacro', label: 'Macro tier from (followers)', type: 'count', namedRange: TIER_RANGE_NAMES.macro,
      defaultValue: DEFAULT_TIERS.macro, help: 'Creators from here are Macro.',
    },
    {
      key: 'tierMega', label: 'Mega tier from (followers)', type: 'count', namedRange: TIER_RANGE_NAMES.mega,
      defaultValue: DEFAULT_TIERS.mega, help: 'Creators from here are Mega.',
    },
  ],
};
