// The fixed vocabularies behind every dropdown, shared by tabs, the campaign file and the analysis.

export const PLATFORMS = ['Instagram', 'TikTok', 'YouTube', 'X', 'LinkedIn', 'Twitch', 'Pinterest', 'Facebook', 'Snapchat', 'Other'] as const;
export const FORMATS = ['Reel', 'Static', 'Story', 'Long-form video', 'Short video', 'Live', 'Other'] as const;
export const BRIEF_STYLES = ['Detailed', 'Vague'] as const;
export const TIERS = ['Nano', 'Micro', 'Mid-tier', 'Macro', 'Mega'] as const;
export const TARGET_CONFIDENCE = ['Historical data', 'Rough estimate', 'Client-mandated'] as const;
export const INTEGRATION = ['Natural', 'Scripted'] as const;
export const VOICE = ['Authentic', 'Rigid'] as const;
export const ISSUE_AREAS = ['Brief quality', 'Approval process', 'Creator selection', 'Tracking setup', 'Timeline realism', 'Other'] as const;
export const ROOT_CAUSES = [
  'Process', 'Communication', 'Tools', 'Strategy', 'Client-side', 'Creator-side', 'Market conditions', 'Platform or algorithm change',
] as const;
export const SEVERITIES = ['Minor', 'Significant', 'Critical'] as const;
export const ACTION_STATUSES = ['Open', 'In progress', 'Done'] as const;
export const WIN_AREAS = ['Creator relationship', 'Content format', 'Brief element', 'Platform tactic', 'Process decision'] as const;
export const KPI_STATUSES = ['Met', 'Missed'] as const;
export const FEEDBACK_MARKS = ['Send', 'Skip'] as const;
/** How a KPI's target and actual read: 4,000,000 (count), $0.50 in the campaign currency (money), 3.5% (percent), 2.75 (number). */
export const KPI_UNITS = ['Count', 'Money', 'Percent', 'Number'] as const;
/** What a campaign was for: campaigns are compared with like ones (targets from history, the portfolio). */
export const OBJECTIVES = ['Awareness', 'Consideration', 'Conversion'] as const;

export type Platform = (typeof PLATFORMS)[number];
export type Format = (typeof FORMATS)[number];
export type BriefStyle = (typeof BRIEF_STYLES)[number];
export type Tier = (typeof TIERS)[number];
export type TargetConfidence = (typeof TARGET_CONFIDENCE)[number];
export type Integration = (typeof INTEGRATION)[number];
export type Voice = (typeof VOICE)[number];
export type IssueArea = (typeof ISSUE_AREAS)[number];
export type RootCause = (typeof ROOT_CAUSES)[number];
export type Severity = (typeof SEVERITIES)[number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type WinArea = (typeof WIN_AREAS)[number];
export type FeedbackMark = (typeof FEEDBACK_MARKS)[number];
export type KpiUnit = (typeof KPI_UNITS)[number];
export type Objective = (typeof OBJECTIVES)[number];

/** The campaign file's short names for target confidence. */
export const CONFIDENCE_BY_FILE_NAME: Record<'historical' | 'estimate' | 'client-mandated', TargetConfidence> = {
  historical: 'Historical data',
  estimate: 'Rough estimate',
  'client-mandated': 'Client-mandated',
};
