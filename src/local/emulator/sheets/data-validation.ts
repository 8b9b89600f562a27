// SpreadsheetApp.newDataValidation(): the rule builder, built rules, and how a strict rule judges a typed value.
// Google: https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
import type { WorkspaceContext } from '../context.ts';
import { officialEnum } from '../enums.ts';
import { AppsScriptException, signatureMismatch } from '../errors.ts';
import type { ValidationSpec } from './model.ts';
import { isDateTimeFormat } from './number-format.ts';
import type { CellContent } from './typed-input.ts';

const CRITERIA = officialEnum('Spreadsheet.DataValidationCriteria');
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_PATTERN = /^(https?:\/\/)?[\w-]+(\.[\w-]+)+(\/\S*)?$/i;

type Check = (value: unknown) => boolean;
const isNumber: Check = (v) => typeof v === 'number';
const isText: Check = (v) => typeof v === 'string';

export class FakeDataValidationBuilder {
  protected _criteria: string | undefined;
  protected _args: unknown[] = [];
  protected _allowInvalid = true;
  protected _helpText = '';

  constructor(protected readonly _ctx: WorkspaceContext, spec?: ValidationSpec) {
    if (spec) [this._criteria, this._args, this._allowInvalid, this._helpText] = [spec.criteria, [...spec.args], spec.allowInvalid, spec.helpText];
  }

  private _set(method: string, criteria: string, args: unknown[], checks: Check[], optional = 0): this {
    const ok = args.length >= checks.length - optional && args.length <= checks.length && args.every((a, i) => (checks[i] as Check)(a));
    if (!ok) throw signatureMismatch(`SpreadsheetApp.DataValidationBuilder.${method}`, args);
    this._criteria = criteria;
    this._args = args;
    return this;
  }

  build(): FakeDataValidation {
    if (this._criteria === undefined) throw new AppsScriptException('Data validation rules must have criteria.');
    return this._ctx.track('Spreadsheet.DataValidation', new FakeDataValidation(this._ctx, this._spec()));
  }

  _spec(): ValidationSpec {
    return { criteria: this._criteria as string, args: this._args, allowInvalid: this._allowInvalid, helpText: this._helpText };
  }



  setAllowInvalid(allowInvalid: boolean): this { this._allowInvalid = allowInvalid; return this; }
  setHelpText(helpText: string): this { this._helpText = helpText; return this; }

  requireCheckbox(...args: unknown[]): this { return this._set('requireCheckbox', 'CHECKBOX', args, [() => true, () => true], 2); }
  requireDate(...args: unknown[]): this { return this._set('requireDate', 'DATE_IS_VALID_DATE', args, []); }
  requireNumberBetween(...args: unknown[]): this { return this._set('requireNumberBetween', 'NUMBER_BETWEEN', args, [isNumber, isNumber]); }
  requireNumberGreaterThanOrEqualTo(...args: unknown[]): this { return this._set('requireNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', args, [isNumber]); }

  requireValueInList(...args: unknown[]): this {
    const list = (v: unknown) => Array.isArray(v) && v.every(isText);
    return this._set('requireValueInList', 'VALUE_IN_LIST', args.length === 1 ? [...args, true] : args, [list, (v) => typeof v === 'boolean']);
  }


}

export class FakeDataValidation {
  constructor(_ctx: WorkspaceContext, readonly _rule: ValidationSpec) {}


  getAllowInvalid(): boolean { return this._rule.allowInvalid; }
  getCriteriaType(): unknown { return CRITERIA[this._rule.criteria]; }
  getCriteriaValues(): unknown[] { return [...this._rule.args]; }
  getHelpText(): string { return this._rule.helpText; }
}

function asNumber(content: CellContent): number | undefined {
  return content.kind === 'value' && typeof content.value === 'number' ? content.value : undefined;
}

/** Whether a typed value breaks a rule (only matters for rules that reject input). Formulas aren't judged here. */
export function violatesValidation(rule: ValidationSpec, content: CellContent): boolean {
  if (content.kind !== 'value') return false;
  const value = content.value;
  const [a, b] = rule.args;
  const n = asNumber(content);
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return !(a as string[]).includes(String(value === true ? 'TRUE' : value === false ? 'FALSE' : value));
    case 'CHECKBOX':
      return rule.args.length === 0 ? typeof value !== 'boolean' : !rule.args.some((allowed) => String(allowed) === String(value));
    case 'NUMBER_BETWEEN': return n === undefined || n < (a as number) || n > (b as number);
    case 'NUMBER_NOT_BETWEEN': return n === undefined || (n >= (a as number) && n <= (b as number));
    case 'NUMBER_EQUAL_TO': return n !== a;
    case 'NUMBER_NOT_EQUAL_TO': return n === undefined || n === a;
    case 'NUMBER_GREATER_THAN': return n === undefined || n <= (a as number);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO': return n === undefined || n < (a as number);
    case 'NUMBER_LESS_THAN': return n === undefined || n >= (a as number);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO': return n === undefined || n > (a as number);
    case 'TEXT_CONTAINS': return !String(value).includes(a as string);
    case 'TEXT_DOES_NOT_CONTAIN': return String(value).includes(a as string);
    case 'TEXT_EQUAL_TO': return String(value) !== a;
    case 'TEXT_IS_VALID_EMAIL': return !EMAIL.test(String(value));
    case 'TEXT_IS_VALID_URL': return !URL_PATTERN.test(String(value));
    case 'DATE_IS_VALID_DATE': return n === undefined || !isDateTimeFormat(content.format ?? '');
    default:
      return false; // date comparisons, ranges and custom formulas are not judged by the local Workspace
  }
}
