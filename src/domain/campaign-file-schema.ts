// The campaign JSON file's schema (`debrief run`, import): strict on structure, forgiving on content. A number typed as
// "42K" or even "lots" passes here (the sheet shows it and a check names it later); an object where a number
// belongs, a misspelt field or a missing handle is a structural error, reported with the field's path.
// Its fields are the tab specs' input columns (and the Campaign tab's fields): a new column is a new field here.
import * as z from 'zod/mini';
import type { FieldProblem } from './errors.ts';
import { isLocaleName } from './locale.ts';
import './schema-messages.ts';
import { item } from './item.ts';
import { CAMPAIGN_FIELDS, type CAMPAIGN_TAB, groupFields, type FieldSpec } from './tabs/campaign-tab.ts';
import { TABLE_TABS, type TableTab } from './tabs/index.ts';
import type { ColumnType, InputColumnOf, TableTabSpec } from './tabs/spec.ts';

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

/** What one Google Sheets cell holds ("Your input contains more than the maximum of 50000 characters in a single cell"). */
export const MAX_CELL_CHARACTERS = 50_000;
/**
 * Rows per list: a bound on what is parsed at all, well inside a spreadsheet's 10 million cells. What one execution
 * can import is smaller and said with its way out (execution-limit.ts importTooLarge).
 */
export const MAX_ROWS = 100_000;
/** What the team's own learnings and recommendations may hold (they are kept in the document's properties). */
export const TEAM_NOTES_LIMITS = { items: 20, characters: 1000 } as const;

/** Text that fits in one cell, the file's own text checked before anything is written. */
const cellText = z.string().check(z.maxLength(MAX_CELL_CHARACTERS, `is longer than the ${MAX_CELL_CHARACTERS.toLocaleString('en-US')} characters a Google Sheets cell holds; shorten it`));

/** Cell-like values: what a person could type into the matching cell. Null is a blank cell. */
const numberLike = z.optional(z.union([z.number(), cellText, z.null()], expected('a number or text')));
const textLike = z.optional(z.union([cellText, z.number(), z.null()], expected('text')));
const dateLike = z.optional(z.union([cellText, z.null()], expected('a date as text, like "2026-11-18"')));
const yesNoLike = z.optional(z.union([z.boolean(), cellText, z.number(), z.null()], expected('true or false')));
const requiredText = z.union([cellText, z.number()], expected('text'));
const list = <T extends z.ZodMiniType>(item: T, max = MAX_ROWS) =>
  z.optional(z.array(item, expected('a list')).check(z.maxLength(max, `has more than ${max.toLocaleString('en-US')} entries`)));
const teamNote = z.string(expected('text')).check(z.maxLength(TEAM_NOTES_LIMITS.characters, `is longer than ${TEAM_NOTES_LIMITS.characters} characters; keep each to a sentence or two`));
const record = <T extends z.core.$ZodLooseShape>(shape: T) => z.strictObject(shape, expected('an object'));

/** What the file may hold for a column of each type (a choice is text until it is read against its list). */
const FILE_VALUE = {
  text: textLike, url: textLike, choice: textLike, checkbox: yesNoLike, date: dateLike,
  count: numberLike, money: numberLike, rate: numberLike, rating: numberLike, number: numberLike,
} as const satisfies Record<ColumnType, z.ZodMiniType>;

type FileValue<C extends { type: ColumnType }> = (typeof FILE_VALUE)[C['type']];
type IdentityOf<S> = S extends { identity: infer I } ? I : never;
type RowShape<S extends TableTabSpec> = { [C in InputColumnOf<S> as C['key']]: C['key'] extends IdentityOf<S> ? typeof requiredText : FileValue<C> };
type Field = (typeof CAMPAIGN_TAB)['fields'][number];
type TopShape = { [F in Exclude<Field, { group: string } | { formula: unknown }> as F['key']]: F extends { required: true } ? typeof requiredText : FileValue<F> };
type GroupShape<G extends string> = { [F in Extract<Field, { group: G }> as F extends { groupKey: infer K extends string } ? K : F['key']]: FileValue<F> };
type ListsShape = { [S in TableTab as S['key']]: ReturnType<typeof list<z.ZodMiniObject<RowShape<S>>>> };

/** A table's rows in the file: its input columns, the identity (a KPI's name, a creator's handle) required. */
function rowSchema<S extends TableTabSpec>(spec: S) {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const column of spec.columns) if (!column.formula) shape[column.key] = column.key === spec.identity ? requiredText : FILE_VALUE[column.type];
  // The shape holds exactly RowShape<S>'s fields, built from the same columns.
  return list(record(shape as RowShape<S>));
}

const fieldShape = <T>(fields: readonly FieldSpec[], name: (field: FieldSpec) => string, value: (field: FieldSpec) => z.ZodMiniType) =>
  Object.fromEntries(fields.map((f) => [name(f), value(f)])) as T;

const campaignFields = CAMPAIGN_FIELDS.filter((f) => !f.group && !f.formula);

export const CampaignFileSchema = record({
  $schema: z.optional(z.string()),
  /** How the file's text numbers and dates are written ("de_DE": "1.234,56", "18.11.2026"); default en_US. */
  locale: z.optional(z.string(expected('a locale such as "en_US" or "de_DE"')).check(z.refine(isLocaleName, 'use a locale such as "en_US", "de_DE" or "es_ES"'))),
  ...fieldShape<TopShape>(campaignFields, (f) => f.key, (f) => (f.required ? requiredText : FILE_VALUE[f.type])),
  team: z.optional(record(fieldShape<GroupShape<'team'>>(groupFields('team'), (f) => f.key, (f) => FILE_VALUE[f.type]))),
  tiers: z.optional(record(fieldShape<GroupShape<'tiers'>>(groupFields('tiers'), (f) => f.groupKey ?? f.key, (f) => FILE_VALUE[f.type]))),
  // One list per table tab, each rowSchema(spec): the ListsShape above, spelt out for the compiler.
  ...(Object.fromEntries(TABLE_TABS.map((spec) => [spec.key, rowSchema(spec)])) as unknown as ListsShape),
  // How many may be kept is checked with those already kept (gas/team-notes.ts teamNotesWith), not per file.
  learnings: list(teamNote),
  recommendations: list(teamNote),
});

export type CampaignFile = z.output<typeof CampaignFileSchema>;

/** A refused file: each problem by its field's path, and the same as lines ("creators[3].followers: …"). */
export type CampaignFileParse = { ok: true; file: CampaignFile } | { ok: false; problems: FieldProblem[]; errors: string[] };

export function parseCampaignFile(json: unknown): CampaignFileParse {
  const parsed = CampaignFileSchema.safeParse(json);
  if (parsed.success) return { ok: true, file: parsed.data };
  const problems = parsed.error.issues.flatMap(describeIssue);
  return { ok: false, problems, errors: problems.map((p) => `${p.path}: ${p.message}`) };
}

/** `["creators", 3, "followers"]` → `creators[3].followers`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) text += typeof part === 'number' ? `[${part}]` : `${text ? '.' : ''}${String(part)}`;
  return text || '(the file)';
}

function describeIssue(issue: z.core.$ZodIssue): FieldProblem[] {
  const at = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(issue.path);
    return issue.keys.map((key) => {
      const near = closest(key, known);
      return { path: at === '(the file)' ? key : `${at}.${key}`, message: `unknown field${near ? ` (did you mean "${near}"?)` : ''}` };
    });
  }
  return [{ path: at, message: issue.message }];
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
    for (let j = 1; j <= b.length; j++) {
      const substitution = item(previous, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(item(previous, j) + 1, item(current, j - 1) + 1, substitution));
    }
    previous = current;
  }
  return item(previous, b.length);
}
