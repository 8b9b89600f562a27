// Apps Script stops an execution after 6 minutes ("Script runtime: 6 min / execution", Apps Script quotas page),
// wherever it is. An import writes its data cells once, at up to ~0.3 ms a cell on the cost model's high estimate
// (src/local/cost-model.ts), in parts of IMPORT_PART_CELLS (domain/import-parts.ts), so no call dies mid-write. Its
// first part still reads and plans every row of the file, so a file past MAX_IMPORT_CELLS is refused up front, with
// what to do. 10,000 creators with as many content pieces is ~400,000 cells at most: four parts.
import type { CampaignRows } from './campaign-file.ts';
import { TABLE_TABS } from './tabs/index.ts';

/** About four times 10,000 creators with as many pieces: the first part's planning alone stays near a minute. */
export const MAX_IMPORT_CELLS = 1_260_000;

/** The input cells an import of `rows` writes: each table's rows × its input columns. */
export function importCells(rows: CampaignRows): number {
  return TABLE_TABS.reduce((sum, spec) => sum + rows[spec.key].length * spec.columns.filter((c) => !('formula' in c && c.formula)).length, 0);
}

/** Why an import of `rows` can't finish inside one execution, and what to do; null when it can. */
export function importTooLarge(rows: CampaignRows): string | null {
  const cells = importCells(rows);
  if (cells <= MAX_IMPORT_CELLS) return null;
  const count = (n: number) => n.toLocaleString('en-US');
  const sizes = TABLE_TABS.filter((spec) => rows[spec.key].length > 0).map((spec) => `${count(rows[spec.key].length)} ${spec.name}`).join(', ');
  const parts = Math.ceil(cells / MAX_IMPORT_CELLS);
  return `This file (${sizes} rows: about ${count(cells)} cells) is more than one import can write, in parts inside Google's 6-minute limit ` +
    `(about ${count(MAX_IMPORT_CELLS)} cells). Split it into ${parts} files of fewer rows each and import them one after another: ` +
    'rows already imported are matched, not doubled. Nothing was imported.';
}
