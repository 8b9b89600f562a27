// SpreadsheetApp.newConditionalFormatRule(): boolean-condition rules (when… + format + ranges) and the
// BooleanCondition read back from Sheet.getConditionalFormatRules(). Gradient rules are not emulated.
// Google: https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
import type { WorkspaceContext } from '../context.ts';
import { enumName, officialEnum } from '../enums.ts';
import { AppsScriptException, isDate, signatureMismatch } from '../errors.ts';
import { unwrap } from '../tracked.ts';
import { normalizeColor } from './colors.ts';
import type { ConditionalRuleSpec } from './model.ts';
import { gridOf, trackedRange } from './range.ts';

const CRITERIA = officialEnum('Spreadsheet.BooleanCriteria');
type Check = (value: unknown) => boolean;
const isNumber: Check = (v) => typeof v === 'number';
const isText: Check = (v) => typeof v === 'string';

function copySpec(spec: ConditionalRuleSpec): ConditionalRuleSpec {
  return { ...spec, ranges: spec.ranges.map((r) => ({ ...r })), args: [...spec.args], format: { ...spec.format } };
}

export class FakeConditionalFormatRuleBuilder {
  private readonly _spec: ConditionalRuleSpec;

  constructor(private readonly _ctx: WorkspaceContext, spec?: ConditionalRuleSpec) {
    this._spec = spec ? copySpec(spec) : { ranges: [], criteria: '', args: [], format: {} };
  }

  private _when(method: string, criteria: string, args: unknown[], checks: Check[]): this {
    if (args.length !== checks.length || !args.every((a, i) => (checks[i] as Check)(a))) {
      throw signatureMismatch(`SpreadsheetApp.ConditionalFormatRuleBuilder.${method}`, args);
    }
    this._spec.criteria = criteria;
    this._spec.args = args;
    return this;
  }

  build(): FakeConditionalFormatRule {
    if (!this._spec.criteria) throw new AppsScriptException('Conditional format rules must have a condition.');
    return this._ctx.track('Spreadsheet.ConditionalFormatRule', new FakeConditionalFormatRule(this._ctx, copySpec(this._spec)));
  }

  copy(): FakeConditionalFormatRuleBuilder {
    return this._ctx.track('Spreadsheet.ConditionalFormatRuleBuilder', new FakeConditionalFormatRuleBuilder(this._ctx, this._spec));
  }

  getBooleanCondition(): FakeBooleanCondition | null {
    return this._spec.criteria ? this._ctx.track('Spreadsheet.BooleanCondition', new FakeBooleanCondition(this._spec)) : null;
  }

  getGradientCondition(): null { return null; }
  getRanges(): unknown[] { return this._spec.ranges.map((r) => trackedRange(this._ctx, r)); }

  setRanges(ranges: unknown): this {
    if (!Array.isArray(ranges)) throw signatureMismatch('SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges', [ranges]);
    this._spec.ranges = ranges.map((r) => ({ ...gridOf(r, 'SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges') }));
    return this;
  }

  setBackground(color: string | null): this { this._spec.format.background = normalizeColor(color); return this; }
  setFontColor(color: string | null): this { this._spec.format.fontColor = normalizeColor(color); return this; }
  setBold(bold: boolean | null): this { this._spec.format.bold = bold ?? undefined; return this; }
  setItalic(italic: boolean | null): this { this._spec.format.italic = italic ?? undefined; return this; }
  setUnderline(underline: boolean | null): this { this._spec.format.underline = underline ?? undefined; return this; }
  setStrikethrough(strikethrough: boolean | null): this { this._spec.format.strikethrough = strikethrough ?? undefined; return this; }

  whenCellEmpty(...a: unknown[]): this { return this._when('whenCellEmpty', 'CELL_EMPTY', a, []); }
  whenCellNotEmpty(...a: unknown[]): this { return this._when('whenCellNotEmpty', 'CELL_NOT_EMPTY', a, []); }
  whenDateAfter(...a: unknown[]): this { return this._when('whenDateAfter', 'DATE_AFTER', a, [isDate]); }
  whenDateBefore(...a: unknown[]): this { return this._when('whenDateBefore', 'DATE_BEFORE', a, [isDate]); }
  whenDateEqualTo(...a: unknown[]): this { return this._when('whenDateEqualTo', 'DATE_EQUAL_TO', a, [isDate]); }
  whenFormulaSatisfied(...a: unknown[]): this { return this._when('whenFormulaSatisfied', 'CUSTOM_FORMULA', a, [isText]); }
  whenNumberBetween(...a: unknown[]): this { return this._when('whenNumberBetween', 'NUMBER_BETWEEN', a, [isNumber, isNumber]); }
  whenNumberEqualTo(...a: unknown[]): this { return this._when('whenNumberEqualTo', 'NUMBER_EQUAL_TO', a, [isNumber]); }
  whenNumberGreaterThan(...a: unknown[]): this { return this._when('whenNumberGreaterThan', 'NUMBER_GREATER_THAN', a, [isNumber]); }
  whenNumberGreaterThanOrEqualTo(...a: unknown[]): this {
    return this._when('whenNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', a, [isNumber]);
  }
  whenNumberLessThan(...a: unknown[]): this { return this._when('whenNumberLessThan', 'NUMBER_LESS_THAN', a, [isNumber]); }
  whenNumberLessThanOrEqualTo(...a: unknown[]): this { return this._when('whenNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', a, [isNumber]); }
  whenNumberNotBetween(...a: unknown[]): this { return this._when('whenNumberNotBetween', 'NUMBER_NOT_BETWEEN', a, [isNumber, isNumber]); }
  whenNumberNotEqualTo(...a: unknown[]): this { return this._when('whenNumberNotEqualTo', 'NUMBER_NOT_EQUAL_TO', a, [isNumber]); }
  whenTextContains(...a: unknown[]): this { return this._when('whenTextContains', 'TEXT_CONTAINS', a, [isText]); }
  whenTextDoesNotContain(...a: unknown[]): this { return this._when('whenTextDoesNotContain', 'TEXT_DOES_NOT_CONTAIN', a, [isText]); }
  whenTextEndsWith(...a: unknown[]): this { return this._when('whenTextEndsWith', 'TEXT_ENDS_WITH', a, [isText]); }
  whenTextEqualTo(...a: unknown[]): this { return this._when('whenTextEqualTo', 'TEXT_EQUAL_TO', a, [isText]); }
  whenTextStartsWith(...a: unknown[]): this { return this._when('whenTextStartsWith', 'TEXT_STARTS_WITH', a, [isText]); }

  withCriteria(criteria: unknown, args: unknown): this {
    const name = enumName(criteria);
    if (name === undefined || !(name in CRITERIA) || !Array.isArray(args)) {
      throw signatureMismatch('SpreadsheetApp.ConditionalFormatRuleBuilder.withCriteria', [criteria, args]);
    }
    this._spec.criteria = name;
    this._spec.args = [...args];
    return this;
  }
}

export class FakeConditionalFormatRule {
  constructor(private readonly _ctx: WorkspaceContext, readonly _spec: ConditionalRuleSpec) {}

  copy(): FakeConditionalFormatRuleBuilder {
    return this._ctx.track('Spreadsheet.ConditionalFormatRuleBuilder', new FakeConditionalFormatRuleBuilder(this._ctx, this._spec));
  }

  getBooleanCondition(): FakeBooleanCondition {
    return this._ctx.track('Spreadsheet.BooleanCondition', new FakeBooleanCondition(this._spec));
  }

  getGradientCondition(): null { return null; }
  getRanges(): unknown[] { return this._spec.ranges.map((r) => trackedRange(this._ctx, r)); }
}

export class FakeBooleanCondition {
  constructor(private readonly _spec: ConditionalRuleSpec) {}

  getCriteriaType(): unknown { return CRITERIA[this._spec.criteria]; }
  getCriteriaValues(): unknown[] { return [...this._spec.args]; }
  getBackground(): string | null { return this._spec.format.background ?? null; }
  getFontColor(): string | null { return this._spec.format.fontColor ?? null; }
  getBold(): boolean | null { return this._spec.format.bold ?? null; }
  getItalic(): boolean | null { return this._spec.format.italic ?? null; }
  getUnderline(): boolean | null { return this._spec.format.underline ?? null; }
  getStrikethrough(): boolean | null { return this._spec.format.strikethrough ?? null; }
}

/** The spec of a rule the add-on hands to setConditionalFormatRules. */
export function ruleSpecOf(rule: unknown): ConditionalRuleSpec {
  const fake = unwrap(rule);
  if (!(fake instanceof FakeConditionalFormatRule)) throw signatureMismatch('SpreadsheetApp.Sheet.setConditionalFormatRules', [rule]);
  return copySpec(fake._spec);
}
