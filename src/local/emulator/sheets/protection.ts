// Protection objects from Range.protect() and Sheet.protect(): description, warning-only flag, removal. The
// script runs as the spreadsheet's owner, who may always edit, so nothing here blocks the add-on's own writes.
// Google: https://developers.google.com/apps-script/reference/spreadsheet/protection
import type { WorkspaceContext } from '../context.ts';
import { officialEnum } from '../enums.ts';
import type { ProtectionSpec } from './model.ts';
import { trackedRange } from './range.ts';

const PROTECTION_TYPE = officialEnum('Spreadsheet.ProtectionType');

export function trackedProtection(ctx: WorkspaceContext, spec: ProtectionSpec): FakeProtection {
  return ctx.track('Spreadsheet.Protection', new FakeProtection(ctx, spec));
}

export class FakeProtection {
  constructor(private readonly _ctx: WorkspaceContext, readonly _spec: ProtectionSpec) {}

  getProtectionType(): unknown { return PROTECTION_TYPE[this._spec.type]; }
  getRange(): unknown { return trackedRange(this._ctx, this._spec.range); }
  getDescription(): string { return this._spec.description; }
  setDescription(description: string): this { this._spec.description = String(description); return this; }
  setWarningOnly(warningOnly: boolean): this { this._spec.warningOnly = Boolean(warningOnly); return this; }

  remove(): void {
    const list = this._spec.range.sheet.protections;
    const index = list.indexOf(this._spec);
    if (index >= 0) list.splice(index, 1);
  }
}
