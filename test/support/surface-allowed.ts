// Public fake methods nothing in the suite calls but something else needs, each with what needs it. Keep it short:
// a method nothing calls is removed (an unimplemented official method still throws NotImplementedError).
export const SURFACE_ALLOWED: Record<string, string> = {
  'Spreadsheet.Range.getBackgrounds': "the inspector's backgrounds() (playground grid, the CLI's workbook.json) and Range.getBackground read through it",
  'Spreadsheet.Range.getDataValidations': 'Range.getDataValidation, which the add-on calls, reads through it',
  'Spreadsheet.Range.clear': 'Sheet.clear, which the add-on calls, clears the whole sheet range through it',
};
