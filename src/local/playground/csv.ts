// CSV exports of the Creators and Content tabs (or a spreadsheet of the agency's own) turned into the campaign
// file's `creators` and `content` lists, each column mapped by its header to the file's field names by the tab
// specs' own headers and aliases (src/domain/tabs/headers.ts).
import { splitDelimited } from '../../domain/exports/delimited.ts';
import { EXPORT_ALIASES } from '../../domain/exports/header-aliases.ts';
import { mapHeaders } from '../../domain/tabs/headers.ts';
import { CONTENT_TAB, CREATORS_TAB } from '../../domain/tabs/index.ts';

/** RFC 4180 with commas (the domain's splitter); a BOM is dropped and blank rows left out. */
export function parseCsv(text: string): string[][] {
  return splitDelimited(text.replace(/^\uFEFF/, ''), ',').filter((r) => r.some((cell) => cell.trim() !== ''));
}

/** The lists a CSV can fill: tabs whose rows a platform export holds, known by their identity column. */
// Content first: its creator column's names (Creator, Username) are also the Creators tab's handle aliases.
const TABLES = [CONTENT_TAB, CREATORS_TAB] as const;

export interface CsvTable {
  list: 'creators' | 'content';
  rows: Record<string, string>[];
  ignoredColumns: string[];
}

/** Reads one CSV file as creators (it has a handle column) or content pieces (it has a piece id column). */
export function readCsvTable(fileName: string, text: string): CsvTable {
  let grid: string[][];
  try {
    grid = parseCsv(text);
  } catch (error) {
    throw new Error(`${fileName}: ${(error as Error).message}`);
  }
  const [header, ...body] = grid;
  if (!header) throw new Error(`${fileName} is empty.`);
  for (const spec of TABLES) {
    const { key: list, identity } = spec;
    const fields = mapHeaders(spec, header, EXPORT_ALIASES);
    if (!fields.includes(identity)) continue;
    const rows = body.map((cells) => {
      const row: Record<string, string> = {};
      fields.forEach((field, i) => {
        const cell = (cells[i] ?? '').trim();
        if (field && cell !== '') row[field] = cell;
      });
      return row;
    }).filter((row) => row[identity] !== undefined);
    return { list, rows, ignoredColumns: header.filter((h, i) => !fields[i] && h.trim() !== '') };
  }
  throw new Error(`${fileName}: no "Handle" column (a creators export) or "Piece" column (a content export) in its first row.`);
}
