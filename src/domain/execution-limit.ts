// Apps Script stops an execution after 6 minutes ("Script runtime: 6 min / execution", Apps Script quotas page),
// wherever it is. An import writes its data cells once, at up to ~0.3 ms a cell on the cost model's high estimate
// (src/local/cost-model.ts), in parts of IMPORT_PART_CELLS (~2 minutes of writing each; domain/import-parts.ts), so
// no call dies mid-write; a file past three parts is refused up front, with what to do, since each part re-reads
// everything earlier parts wrote. 10,000 creators with as many content pieces is ~390,000 cells: one call.
import type { CampaignRows } from './campaign-file.ts';
import { IMPORT_PART_CELLS } from './import-parts.ts';
import { TABLE_TABS } from './tabs/index.ts';

export const MAX_IMPORT_CELLS = 3 * IMPORT_PART_CELLS;

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
