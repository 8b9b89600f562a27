// Data validation (builders, strict rules, checkboxes), conditional format rules, notes, colours, fonts and
// protections, as the add-on sets them per column block.
import { describe, expect, it } from 'vitest';
import { sheetsWorkspace } from './fixtures.ts';

describe('data validation', () => {
  it('builds rules and reads their criteria back', () => {
    const { SpreadsheetApp, sheet, workspace } = sheetsWorkspace();
    const list = SpreadsheetApp.newDataValidation().requireValueInList(['IG', 'TT']).setAllowInvalid(false).setHelpText('Pick one').build();
    sheet.getRange('A2:A10').setDataValidation(list);
    const read = sheet.getRange('A5').getDataValidation();
    expect(read.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(read.getCriteriaValues()).toEqual([['IG', 'TT'], true]);
    expect([read.getAllowInvalid(), read.getHelpText()]).toEqual([false, 'Pick one']);
    expect(sheet.getRange('A1').getDataValidation()).toBeNull();
    expect(workspace.inspect.validation('Sheet1', 'A10')).toEqual({ criteria: 'VALUE_IN_LIST', values: [['IG', 'TT'], true], allowInvalid: false, helpText: 'Pick one' });
    const between = SpreadsheetApp.newDataValidation().requireNumberBetween(0, 100).build();
    expect([between.getCriteriaType().toString(), between.getCriteriaValues(), between.getAllowInvalid()]).toEqual(['NUMBER_BETWEEN', [0, 100], true]);
    expect(SpreadsheetApp.newDataValidation().requireDate().build().getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.DATE_IS_VALID_DATE);
  });

  it('refuses to build a rule without criteria and arguments of the wrong type', () => {
    const { SpreadsheetApp } = sheetsWorkspace();
    expect(() => SpreadsheetApp.newDataValidation().setHelpText('x').build()).toThrow('Data validation rules must have criteria.');
    expect(() => SpreadsheetApp.newDataValidation().requireNumberBetween('1', 5)).toThrow(
      "The parameters (String,number) don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireNumberBetween.",
    );
  });

  it('rejects writes that break a strict rule, with the cell named, and accepts the rest', () => {
    const { SpreadsheetApp, sheet, workspace } = sheetsWorkspace();
    const strict = SpreadsheetApp.newDataValidation().requireNumberBetween(0, 100).setAllowInvalid(false).build();
    const lenient = SpreadsheetApp.newDataValidation().requireNumberBetween(0, 100).build();
    sheet.getRange('B2:B3').setDataValidations([[strict], [lenient]]);
    expect(() => sheet.getRange('B2:B3').setValues([[150], [5]])).toThrow('The data you entered in cell B2 violates the data validation rules set on this cell.');
    expect(sheet.getRange('B3').getValue()).toBe('');
    sheet.getRange('B2:B3').setValues([[50], [150]]);
    expect(sheet.getRange('B2:B3').getValues()).toEqual([[50], [150]]);
    expect(() => workspace.inspect.setCell('Sheet1', 'B2', 'lots')).toThrow('cell B2 violates');
  });

  it('inserts checkboxes: boolean values, FALSE in empty cells', () => {
    const { SpreadsheetApp, sheet } = sheetsWorkspace();
    sheet.getRange('C1').setValue(true);
    sheet.getRange('C1:C3').insertCheckboxes();
    expect(sheet.getRange('C1:C3').getValues()).toEqual([[true], [false], [false]]);
    expect(sheet.getRange('C2').getDataValidation().getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.CHECKBOX);
    sheet.getRange('C2').setValue('TRUE');
    expect(sheet.getRange('C2').getValue()).toBe(true);
    sheet.getRange('E1:E2').insertCheckboxes('yes');
    sheet.getRange('F1').insertCheckboxes('yes', 'no');
    expect(sheet.getRange('E1:F1').getValues()).toEqual([['', 'no']]);
    const checkbox = SpreadsheetApp.newDataValidation().requireCheckbox().setAllowInvalid(false).build();
    sheet.getRange('D1').setDataValidation(checkbox);
    expect(() => sheet.getRange('D1').setValue('maybe')).toThrow('cell D1 violates');
  });
});

describe('conditional format rules', () => {
  it('sets, reads back and replaces a sheet’s rules', () => {
    const { SpreadsheetApp, sheet, workspace } = sheetsWorkspace();
    const rule = SpreadsheetApp.newConditionalFormatRule()
      .whenNumberLessThan(0).setBackground('#F4CCCC').setFontColor('red').setBold(true).setRanges([sheet.getRange('B2:B50')]).build();
    const formula = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=$C2="late"').setBackground('yellow').setRanges([sheet.getRange('A2:D50')]).build();
    sheet.setConditionalFormatRules([rule, formula]);
    const [first, second] = sheet.getConditionalFormatRules();
    expect(first.getBooleanCondition().getCriteriaType()).toBe(SpreadsheetApp.BooleanCriteria.NUMBER_LESS_THAN);
    expect(first.getBooleanCondition().getCriteriaValues()).toEqual([0]);
    expect([first.getBooleanCondition().getBackground(), first.getBooleanCondition().getFontColor(), first.getBooleanCondition().getBold()])
      .toEqual(['#f4cccc', '#ff0000', true]);
    expect(first.getRanges()[0].getA1Notation()).toBe('B2:B50');
    expect(workspace.inspect.conditionalRules('Sheet1')[1]).toEqual({ ranges: ['A2:D50'], criteria: 'CUSTOM_FORMULA', values: ['=$C2="late"'], format: { background: '#ffff00' } });
    sheet.setConditionalFormatRules([second]);
    expect(sheet.getConditionalFormatRules()).toHaveLength(1);
    expect(() => SpreadsheetApp.newConditionalFormatRule().setBackground('red').build()).toThrow('Conditional format rules must have a condition.');
  });
});

describe('formats, notes and protections', () => {
  it('stores formats per cell and checks shapes', () => {
    const { sheet, workspace } = sheetsWorkspace();
    sheet.getRange('A1:B1').setValues([[0.1234, 1234.5]]).setFontWeight('bold').setHorizontalAlignment('center').setWrap(true);
    sheet.getRange('A1:B1').setNumberFormats([['0.0%', '#,##0.00']]);
    sheet.getRange('A1:B1').setNotes([['ratio', '']]);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['12.3%', '1,234.50']]);
    expect(sheet.getRange('A1:B1').getNotes()).toEqual([['ratio', '']]);
    expect(sheet.getRange('A1:B2').getFontWeights()).toEqual([['bold', 'bold'], ['normal', 'normal']]);
    expect(workspace.inspect.numberFormats('Sheet1')).toEqual([['0.0%', '#,##0.00']]);
    expect(() => sheet.getRange('A1:B1').setNumberFormats([['0']])).toThrow('The data has 1 but the range has 2.');
  });

  it('keeps protections and their descriptions', () => {
    const { SpreadsheetApp, spreadsheet, sheet, workspace } = sheetsWorkspace();
    const header = sheet.getRange('A1:D1').protect().setDescription('Headers').setWarningOnly(true);
    const whole = sheet.protect();
    expect(sheet.protect().getProtectionType()).toBe(SpreadsheetApp.ProtectionType.SHEET);
    expect(whole.getRange().getA1Notation()).toBe('A1:Z1000');
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).map((p: { getDescription(): string }) => p.getDescription())).toEqual(['Headers']);
    expect(spreadsheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
    expect(workspace.inspect.protections('Sheet1')[0]).toEqual({ type: 'RANGE', range: 'A1:D1', description: 'Headers', warningOnly: true });
    header.remove();
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(0);
  });
});
