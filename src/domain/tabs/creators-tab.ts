// The Creators tab: one row per creator with inputs people type and the tier, engagement and cost metrics
// computed live by formulas (the analysis recomputes the same definitions in code; tests keep them in step).
import { FORMAT_ALIASES } from './format-aliases.ts';
import { BRIEF_STYLES, FEEDBACK_MARKS, FORMATS, PLATFORMS } from '../choices.ts';
import { DEFAULT_TIERS, TIER_RANGE_NAMES } from './campaign-tab.ts';
import { EVERYONE, PLAUSIBLE, ratio, TEAM_AND_CLIENT, TEAM_AND_CREATOR, TEAM_ONLY, type TableTabSpec } from './spec.ts';

/** A tier threshold as the analysis takes it: the Campaign tab's number, or the default when it isn't one. */
const threshold = (tier: keyof typeof TIER_RANGE_NAMES) =>
  `IF(ISNUMBER(${TIER_RANGE_NAMES[tier]}),${TIER_RANGE_NAMES[tier]},${DEFAULT_TIERS[tier]})`;

/** Followers the analysis reads: a number from 0 up to a plausible size (a negative count is named and left out). */
const tierFormula = (followers: string): string =>
  `=IF(AND(ISNUMBER(${followers}),${followers}>=0,${followers}<${PLAUSIBLE}),IF(${followers}<${threshold('micro')},"Nano",IF(${followers}<${threshold('midTier')},"Micro",` +
  `IF(${followers}<${threshold('macro')},"Mid-tier",IF(${followers}<${threshold('mega')},"Macro","Mega")))),"")`;

/** The brief checklist: did the creator's brief state each of these? (the last one costs a point when ticked) */
function briefChecklistColumns() {
  const item = <K extends string>(key: K, header: string, help: string) =>
    ({ key, header, help, type: 'checkbox', audience: TEAM_AND_CREATOR }) as const;
  return [
    item('briefAudience', 'Brief: audience', 'Did the brief say who the content is for?'),
    item('briefGoal', 'Brief: goal', 'Did the brief say what the content should achieve?'),
    item('briefProductContext', 'Brief: product context', 'Did the brief explain the product: what it does, who it is for, what to claim?'),
    item('briefTone', 'Brief: tone', 'Did the brief set the tone?'),
    item('briefTooPrescriptive', 'Brief: too prescriptive', 'Tick if the brief scripted every line or shot.'),
  ] as const;
}

export const CREATORS_TAB = {
  kind: 'table',
  name: 'Creators',
  key: 'creators',
  identity: 'handle',
  purpose: 'Who delivered, at what cost, and how working with them went.',
  columns: [
    { key: 'handle', audience: EVERYONE, header: 'Handle', type: 'text', help: 'The creator’s handle, e.g. @maya.moves.', width: 150 },
    { key: 'platform', audience: EVERYONE, header: 'Platform', type: 'choice', choices: PLATFORMS, help: 'Where the sponsored content ran.' },
    { key: 'followers', audience: EVERYONE, header: 'Followers', type: 'count', help: 'Followers on that platform at posting time.' },
    { key: 'tier', audience: EVERYONE, header: 'Tier', type: 'text', help: 'From followers, using the tier settings on the Campaign tab.', formula: (r) => tierFormula(r('followers')) },
    { key: 'format', audience: EVERYONE, header: 'Format', type: 'choice', choiceAliases: FORMAT_ALIASES, choices: FORMATS, help: 'The main content format.' },
    { key: 'brief', audience: EVERYONE, header: 'Brief', type: 'choice', choices: BRIEF_STYLES, help: 'Older campaigns: was the brief detailed or vague? Use the brief checklist (the “Brief: …” columns) instead.' },
    { key: 'cost', audience: TEAM_AND_CLIENT, header: 'Cost', type: 'money', help: 'Everything paid to the creator: fee, product, usage rights.' },
    { key: 'impressions', audience: EVERYONE, header: 'Impressions', type: 'count', help: 'Total views of the sponsored content.' },
    { key: 'reach', audience: EVERYONE, header: 'Reach', type: 'count', help: 'Unique accounts reached.' },
    { key: 'engagements', audience: EVERYONE, header: 'Engagements', type: 'count', help: 'Likes, comments, shares and saves on sponsored content.' },
    {
      key: 'saves', audience: EVERYONE, header: 'Saves', type: 'count', aliases: ['Add to favorites', 'Favorites', 'Favourites'],
      help: 'Saves of the sponsored content (Instagram “Saves”, TikTok “Add to favorites”): people keeping it to come back to.',
    },
    { key: 'sponsoredER', audience: EVERYONE, header: 'Sponsored ER', type: 'rate', format: '0.00%', help: 'Engagements ÷ followers.', formula: (r) => ratio(r('engagements'), r('followers'), { amounts: true }) },
    { key: 'organicEngagementRate', audience: EVERYONE, header: 'Organic ER', type: 'rate', format: '0.00%', min: 0, max: 1, help: 'The creator’s usual engagement rate on organic posts.' },
    {
      key: 'erLift', audience: EVERYONE, header: 'ER lift', type: 'rate', help: 'Sponsored ER ÷ organic ER − 1: did sponsored content hold the audience?',
      formula: (r) => `=IF(AND(ISNUMBER(${r('sponsoredER')}),ISNUMBER(${r('organicEngagementRate')}),${r('organicEngagementRate')}>0,${r('organicEngagementRate')}<=1),${r('sponsoredER')}/${r('organicEngagementRate')}-1,"")`,
    },
    { key: 'clicks', audience: EVERYONE, header: 'Clicks', type: 'count', help: 'Link clicks attributed to the creator.' },
    { key: 'conversions', audience: EVERYONE, header: 'Conversions', type: 'count', help: 'Sales or sign-ups attributed to the creator.' },
    { key: 'cpe', audience: TEAM_AND_CLIENT, header: 'CPE', type: 'money', help: 'Cost ÷ engagements.', formula: (r) => ratio(r('cost'), r('engagements'), { amounts: true }) },
    { key: 'cpm', audience: TEAM_AND_CLIENT, header: 'CPM', type: 'money', help: 'Cost ÷ impressions × 1000.', formula: (r) => ratio(r('cost'), r('impressions'), { scale: '*1000', amounts: true }) },
    { key: 'cpc', audience: TEAM_AND_CLIENT, header: 'CPC', type: 'money', help: 'Cost ÷ clicks.', formula: (r) => ratio(r('cost'), r('clicks'), { amounts: true }) },
    { key: 'cpa', audience: TEAM_AND_CLIENT, header: 'CPA', type: 'money', help: 'Cost ÷ conversions.', formula: (r) => ratio(r('cost'), r('conversions'), { amounts: true }) },
    { key: 'firstDraftOnTime', audience: TEAM_AND_CREATOR, header: 'First draft on time', type: 'checkbox', help: 'Did the first draft arrive by its deadline?' },
    { key: 'revisions', audience: TEAM_AND_CREATOR, header: 'Revisions', type: 'count', help: 'Revision rounds before approval.' },
    { key: 'rating', audience: TEAM_ONLY, header: 'Rating (1–5)', type: 'rating', help: 'Would we work with them again? 1 = no, 5 = first call.' },
    { key: 'notes', audience: TEAM_ONLY, header: 'Notes', type: 'text', help: 'Anything the next team should know.', width: 240 },
    // Added after the original columns, so sheets built before them keep their column letters.
    ...briefChecklistColumns(),
    {
      key: 'feedbackNote', audience: TEAM_AND_CREATOR, header: 'Feedback note', type: 'choice', choices: FEEDBACK_MARKS,
      choiceAliases: { yes: 'Send', no: 'Skip', 'don\'t send': 'Skip', 'don’t send': 'Skip' },
      help: 'Send or Skip a short feedback note for them. Left blank, Debrief writes one for creators far above or below the campaign.',
    },
  ],
  highlights: [
    { column: 'rating', when: { numberBelow: 3 }, background: '#f4cccc', fontColor: '#990000' },
    { column: 'erLift', when: { numberBelow: 0 }, background: '#fce5cd' },
  ],
} as const satisfies TableTabSpec;
