// The campaign JSON file (`debrief run`, import): strict on structure, forgiving on content. A number typed as
// "42K" or even "lots" passes here (the sheet shows it and a check names it later); an object where a number
// belongs, a misspelt field or a missing handle is a structural error, reported with the field's path.
import * as z from 'zod/mini';
import './schema-messages.ts';

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
const numberLike = z.optional(z.union([z.number(), z.string(), z.null()], expected('a number or text')));
const textLike = z.optional(z.union([z.string(), z.number(), z.null()], expected('text')));
const dateLike = z.optional(z.union([z.string(), z.null()], expected('a date as text, like "2026-11-18"')));
const yesNoLike = z.optional(z.union([z.boolean(), z.string(), z.number(), z.null()], expected('true or false')));
const requiredText = z.union([z.string(), z.number()], expected('text'));
const list = <T extends z.ZodMiniType>(item: T) => z.optional(z.array(item, expected('a list')));
const record = <T extends z.core.$ZodLooseShape>(shape: T) => z.strictObject(shape, expected('an object'));

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

const TeamSchema = z.optional(record({
  campaignManager: textLike, accountLead: textLike, creatorRelations: textLike, strategist: textLike, facilitator: textLike,
  noteTaker: textLike,
}));

const TiersSchema = z.optional(record({ micro: numberLike, midTier: numberLike, macro: numberLike, mega: numberLike }));

export const CampaignFileSchema = record({
  $schema: z.optional(z.string()),
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

/** What knownKeysAt reads of a schema's definition: optional wrappers, list items and object shapes. */
interface SchemaDef {
  type: string;
  innerType?: { _zod: { def: SchemaDef } };
  element?: { _zod: { def: SchemaDef } };
  shape?: Record<string, { _zod: { def: SchemaDef } }>;
}

/** The definition under optional wrappers and list items: the object a field name belongs to. */
function unwrap(def: SchemaDef | undefined): SchemaDef | undefined {
  let at = def;
  while (at && (at.type === 'optional' || at.type === 'array')) at = (at.innerType ?? at.element)?._zod.def;
  return at;
}

/** The field names allowed at a path, for "did you mean" hints on misspelt fields. */
function knownKeysAt(path: readonly PropertyKey[]): string[] {
  let def = unwrap(CampaignFileSchema._zod.def as SchemaDef);
  for (const part of path) {
    if (typeof part === 'number') continue;
    def = unwrap(def?.shape?.[String(part)]?._zod.def);
  }
  return def?.shape ? Object.keys(def.shape) : [];
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
