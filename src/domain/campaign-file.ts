// The campaign JSON file (`debrief run`, import): strict on structure, forgiving on content. A number typed as
// "42K" or even "lots" passes here (the sheet shows it and a check names it later); an object where a number
// belongs, a misspelt field or a missing handle is a structural error, reported with the field's path.
import * as z from 'zod';

export { campaignFileToRows, fileCellOf, workbookFromCampaignFile } from './campaign-file-rows.ts';
export type { CampaignRows, CellInput, FileWorkbook } from './campaign-file-rows.ts';

/** "an object", "a list", "true"… for messages; what a person would call the thing they wrote. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'boolean') return `${value} (yes/no)`;
  if (typeof value === 'number') return 'a number';
  return 'text';
}

const expected = (what: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : `expected ${what}, got ${describeValue(issue.input)}`),
});

/** Cell-like values: what a person could type into the matching cell. Null is a blank cell. */
const numberLike = z.union([z.number(), z.string(), z.null()], expected('a number or text')).optional();
const textLike = z.union([z.string(), z.number(), z.null()], expected('text')).optional();
const dateLike = z.union([z.string(), z.null()], expected('a date as text, like "2026-11-18"')).optional();
const yesNoLike = z.union([z.boolean(), z.string(), z.number(), z.null()], expected('true or false')).optional();
const requiredText = z.union([z.string(), z.number()], expected('text'));
const list = <T extends z.ZodType>(item: T) => z.array(item, expected('a list')).optional();
const record = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape, expected('an object'));

const KpiSchema = record({
  name: requiredText, target: numberLike, actual: numberLike, lowerIsBetter: yesNoLike,
  confidence: textLike, // "historical" | "estimate" | "client-mandated"; anything else becomes a check, not an error
  notes: textLike,
});

const CreatorSchema = record({
  handle: requiredText, platform: textLike, followers: numberLike, format: textLike, brief: textLike, cost: numberLike,
  impressions: numberLike, reach: numberLike, engagements: numberLike, organicEngagementRate: numberLike, clicks: numberLike,
  conversions: numberLike, firstDraftOnTime: yesNoLike, revisions: numberLike, rating: numberLike, notes: textLike,
});

const ContentSchema = record({
  id: requiredText, creator: textLike, platform: textLike, format: textLike, url: textLike, screenshotUrl: textLike,
  impressions: numberLike, engagements: numberLike, clicks: numberLike, conversions: numberLike, hook: textLike,
  brandMentionSecond: numberLike, integration: textLike, voice: textLike, comments: textLike,
});

const IssueSchema = record({
  area: textLike, description: textLike, rootCause: textLike, severity: textLike, action: textLike, owner: textLike,
  due: dateLike, status: textLike,
});

const WinSchema = record({ area: textLike, description: textLike, evidence: textLike, repeat: textLike });

const TeamSchema = record({
  campaignManager: textLike, accountLead: textLike, creatorRelations: textLike, strategist: textLike, facilitator: textLike,
  noteTaker: textLike,
}).optional();

const TiersSchema = record({ micro: numberLike, midTier: numberLike, macro: numberLike, mega: numberLike }).optional();

export const CampaignFileSchema = record({
  $schema: z.string().optional(),
  client: requiredText,
  campaign: requiredText,
  startDate: dateLike,
  wrapDate: dateLike,
  currency: textLike,
  budget: numberLike,
  team: TeamSchema,
  tiers: TiersSchema,
  kpis: list(KpiSchema),
  creators: list(CreatorSchema),
  content: list(ContentSchema),
  issues: list(IssueSchema),
  wins: list(WinSchema),
  learnings: list(z.string(expected('text'))),
  recommendations: list(z.string(expected('text'))),
});

export type CampaignFile = z.output<typeof CampaignFileSchema>;

export type CampaignFileParse = { ok: true; file: CampaignFile } | { ok: false; errors: string[] };

export function parseCampaignFile(json: unknown): CampaignFileParse {
  const parsed = CampaignFileSchema.safeParse(json);
  if (parsed.success) return { ok: true, file: parsed.data };
  return { ok: false, errors: parsed.error.issues.flatMap(describeIssue) };
}

/** `["creators", 3, "followers"]` → `creators[3].followers`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) text += typeof part === 'number' ? `[${part}]` : `${text ? '.' : ''}${String(part)}`;
  return text || '(the file)';
}

function describeIssue(issue: z.core.$ZodIssue): string[] {
  const at = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(issue.path);
    return issue.keys.map((key) => {
      const near = closest(key, known);
      return `${at === '(the file)' ? key : `${at}.${key}`}: unknown field${near ? ` (did you mean "${near}"?)` : ''}`;
    });
  }
  return [`${at}: ${issue.message}`];
}

/** The field names allowed at a path, for "did you mean" hints on misspelt fields. */
function knownKeysAt(path: readonly PropertyKey[]): string[] {
  let schema: z.ZodType = CampaignFileSchema;
  for (const part of path) {
    while (schema instanceof z.ZodOptional) schema = schema.unwrap() as z.ZodType;
    if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
    else if (schema instanceof z.ZodObject) schema = (schema.shape as Record<string, z.ZodType>)[String(part)];
    if (!schema) return [];
  }
  while (schema instanceof z.ZodOptional) schema = schema.unwrap() as z.ZodType;
  if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function closest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(word.length / 4)) + 1;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}
