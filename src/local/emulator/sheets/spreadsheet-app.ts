// The SpreadsheetApp global: the container spreadsheet (refused without authorization), the Ui, rule builders
// and the enums the add-on uses.
// Google: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
import { requirePermission, SCOPES } from '../auth.ts';
import type { WorkspaceContext } from '../context.ts';
import { officialEnum } from '../enums.ts';
import { AppsScriptException } from '../errors.ts';
import { trackedUi, type FakeUi } from '../services/ui.ts';
import { FakeConditionalFormatRuleBuilder } from './conditional-format.ts';
import { FakeDataValidationBuilder } from './data-validation.ts';
import type { SpreadsheetModel } from './model.ts';
import { trackedSheet, type FakeSheet } from './sheet.ts';
import { trackedSpreadsheet, type FakeSpreadsheet } from './spreadsheet.ts';

const CURRENT_DOCUMENT = [SCOPES.spreadsheetsCurrentOnly, SCOPES.spreadsheets];

export class FakeSpreadsheetApp {
  readonly BooleanCriteria = officialEnum('Spreadsheet.BooleanCriteria');
  readonly DataValidationCriteria = officialEnum('Spreadsheet.DataValidationCriteria');
  readonly ProtectionType = officialEnum('Spreadsheet.ProtectionType');
  readonly Dimension = officialEnum('Spreadsheet.Dimension');
  readonly DeveloperMetadataVisibility = officialEnum('Spreadsheet.DeveloperMetadataVisibility');

  constructor(private readonly _ctx: WorkspaceContext) {}

  private _container(method: string): SpreadsheetModel | null {
    requirePermission(this._ctx, `SpreadsheetApp.${method}`, 'document', CURRENT_DOCUMENT);
    return this._ctx.activeSpreadsheet;
  }

  /** Null when the script runs outside a spreadsheet (no container), as in Apps Script. */
  getActiveSpreadsheet(): FakeSpreadsheet | null {
    const model = this._container('getActiveSpreadsheet');
    return model && trackedSpreadsheet(this._ctx, model);
  }

  getActive(): FakeSpreadsheet | null {
    const model = this._container('getActive');
    return model && trackedSpreadsheet(this._ctx, model);
  }

  getActiveSheet(): FakeSheet | null {
    const model = this._container('getActiveSheet');
    return model && trackedSheet(this._ctx, model.activeSheet);
  }

  /** Menus can be built in every authorization mode; the Ui only exists inside a spreadsheet. */
  getUi(): FakeUi {
    if (!this._ctx.activeSpreadsheet) throw new AppsScriptException('Cannot call SpreadsheetApp.getUi() from this context.');
    return trackedUi(this._ctx);
  }

  newDataValidation(): FakeDataValidationBuilder {
    return this._ctx.track('Spreadsheet.DataValidationBuilder', new FakeDataValidationBuilder(this._ctx));
  }

  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    return this._ctx.track('Spreadsheet.ConditionalFormatRuleBuilder', new FakeConditionalFormatRuleBuilder(this._ctx));
  }

  /** Writes are applied at once locally, so there is nothing pending to flush. */
  flush(): void {}
}
