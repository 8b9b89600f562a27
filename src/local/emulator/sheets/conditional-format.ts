// SpreadsheetApp.newConditionalFormatRule(): boolean-condition rules (when… + format + ranges) and the
// BooleanCondition read back from Sheet.getConditionalFormatRules(). Gradient rules are not emulated.
// Google: https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
import type { WorkspaceContext } from '../context.ts';
import { officialEnum } from '../enums.ts';
import { AppsScriptException, signatureMismatch } from '../errors.ts';
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




  setRanges(ranges: unknown): this {
    if (!Array.isArray(ranges)) throw signatureMismatch('SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges', [ranges]);
    this._spec.ranges = ranges.map((r) => ({ ...gridOf(r, 'SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges') }));
    return this;
  }

  setBackground(color: string | null): this { this._spec.format.background = normalizeColor(color); return this; }
  setFontColor(color: string | null): this { this._spec.format.fontColor = normalizeColor(color); return this; }
  setBold(bold: boolean | null): this { this._spec.format.bold = bold ?? undefined; return this; }

  whenFormulaSatisfied(...a: unknown[]): this { return this._when('whenFormulaSatisfied', 'CUSTOM_FORMULA', a, [isText]); }
  whenNumberLessThan(...a: unknown[]): this { return this._when('whenNumberLessThan', 'NUMBER_LESS_THAN', a, [isNumber]); }
  whenTextEqualTo(...a: unknown[]): this { return this._when('whenTextEqualTo', 'TEXT_EQUAL_TO', a, [isText]); }

}

export class FakeConditionalFormatRule {
  constructor(private readonly _ctx: WorkspaceContext, readonly _spec: ConditionalRuleSpec) {}


  getBooleanCondition(): FakeBooleanCondition {
    return this._ctx.track('Spreadsheet.BooleanCondition', new FakeBooleanCondition(this._spec));
  }

  getRanges(): unknown[] { return this._spec.ranges.map((r) => trackedRange(this._ctx, r)); }
}

export class FakeBooleanCondition {
  constructor(private readonly _spec: ConditionalRuleSpec) {}

  getCriteriaType(): unknown { return CRITERIA[this._spec.criteria]; }
  getCriteriaValues(): unknown[] { return [...this._spec.args]; }
  getBackground(): string | null { return this._spec.format.background ?? null; }
  getFontColor(): string | null { return this._spec.format.fontColor ?? null; }
  getBold(): boolean | null { return this._spec.format.bold ?? null; }
}

/** The spec of a rule the add-on hands to setConditionalFormatRules. */
export function ruleSpecOf(rule: unknown): ConditionalRuleSpec {
  const fake = unwrap(rule);
  if (!(fake instanceof FakeConditionalFormatRule)) throw signatureMismatch('SpreadsheetApp.Sheet.setConditionalFormatRules', [rule]);
  return copySpec(fake._spec);
}
