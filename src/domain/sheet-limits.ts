// Google Sheets' limits an action can reach: a cell holds at most 50,000 characters (Google Drive Help, "Files
// you can store in Google Drive": spreadsheets; Apps Script refuses more with "Your input contains more than the
// maximum of 50000 characters in a single cell."). Checked before an import writes anything.

export const MAX_CELL_CHARACTERS = 50_000;

/** The paths ("creators[3].notes") of every string in `value` longer than a cell holds. */
export function overlongTexts(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return value.length > MAX_CELL_CHARACTERS ? [path || 'value'] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => overlongTexts(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => overlongTexts(item, path ? `${path}.${key}` : key));
  }
  return [];
}
