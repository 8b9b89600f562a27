// Which column of a tab a header means, in a CSV export, a platform's report or a spreadsheet of the agency's own:
// the column's key, its header or one of its aliases, compared as people write them. Only input columns are
// matched: a formula column (CPE, Rank) is always the sheet's own.
import type { ColumnSpec, TableTabSpec } from './spec.ts';

/** Header text as compared: case, spaces and punctuation don't matter ("Brand mention (second)" ~ "brandmentionsecond"). */
const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The names a header may stand for: as written, and without a bracketed unit ("Cost (USD)" is also "Cost"). */
const readings = (header: string) => [...new Set([squash(header), squash(header.replace(/\(.*?\)/g, ''))])].filter(Boolean);

/** More names for columns, by column key: the header names platform exports use (src/domain/exports). */
export type HeaderAliases = Readonly<Partial<Record<string, readonly string[]>>>;

/** The input column `header` means, if any. */
export function columnForHeader(spec: TableTabSpec, header: string, more: HeaderAliases = {}): ColumnSpec | undefined {
  const wanted = readings(header);
  if (wanted.length === 0) return undefined;
  const inputs = spec.columns.filter((c) => !c.formula);
  const names = (c: ColumnSpec) => [c.key, c.header, ...(c.aliases ?? []), ...(more[c.key] ?? [])].map(squash);
  // Keys and headers first, so an alias never takes a header that names another column outright.
  return inputs.find((c) => wanted.some((w) => w === squash(c.key) || w === squash(c.header)))
    ?? inputs.find((c) => wanted.some((w) => names(c).includes(w)));
}

/** Each header's column key (undefined for headers that aren't the tab's); a column is claimed by its first header. */
export function mapHeaders(spec: TableTabSpec, headers: readonly string[], more: HeaderAliases = {}): (string | undefined)[] {
  const claimed = new Set<string>();
  return headers.map((header) => {
    const column = columnForHeader(spec, header, more);
    if (!column || claimed.has(column.key)) return undefined;
    claimed.add(column.key);
    return column.key;
  });
}
