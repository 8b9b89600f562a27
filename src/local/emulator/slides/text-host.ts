// Where a SlidesApp text lives (a shape, or one cell of a table) and how edits reach it in any copy of the model.
import { AppsScriptException } from '../errors.ts';
import { findElement, type PresentationModel } from './model.ts';
import type { Run } from './text.ts';

/** Where a text lives: a shape, or one cell of a table. */
export interface TextHost {
  objectId: string;
  cell?: [number, number];
}

/** Not verified against Google: the wording when a script holds an element that was removed. */
export const GONE_MESSAGE = 'This object has been deleted or is no longer available.';

export function hostRuns(model: PresentationModel, host: TextHost): Run[] {
  const found = findElement(model, host.objectId)?.element;
  if (found?.kind === 'shape' && !host.cell) return found.text;
  if (found?.kind === 'table' && host.cell) {
    const runs = found.cells[host.cell[0]]?.[host.cell[1]];
    if (runs) return runs;
  }
  throw new AppsScriptException(GONE_MESSAGE);
}

export function setHostRuns(model: PresentationModel, host: TextHost, runs: Run[]): void {
  const found = findElement(model, host.objectId)?.element;
  if (found?.kind === 'shape' && !host.cell) found.text = runs;
  else if (found?.kind === 'table' && host.cell) (found.cells[host.cell[0]] as Run[][])[host.cell[1]] = runs;
  else throw new AppsScriptException(GONE_MESSAGE);
}
