// Document.Table, TableRow and TableCell. A table built by appendTable(string[][]) has one paragraph per cell.
// Google: https://developers.google.com/apps-script/reference/document/table,
//   https://developers.google.com/apps-script/reference/document/table-row,
//   https://developers.google.com/apps-script/reference/document/table-cell
import { signatureMismatch } from '../../errors.ts';
import type { CellNode, RowNode, TableNode } from '../model.ts';
import { textNode } from '../model.ts';
import { findParent } from '../tree.ts';
import { BlockContainerFake, ContainerFake } from './container.ts';
import { childIndexError, integerArg } from './element.ts';

export class TableFake extends ContainerFake {
  protected get _typeName(): string {
    return 'TABLE';
  }

  private get _table(): TableNode {
    return this._node as TableNode;
  }

  getNumRows(): number {
    return this._table.rows.length;
  }

  getRow(rowIndex: unknown): unknown {
    const i = integerArg(rowIndex, this._method('getRow'), [rowIndex]);
    const rows = this._table.rows;
    const row = rows[i];
    if (!row) throw childIndexError(i, rows.length);
    return this._s.wrap(row);
  }

  getCell(rowIndex: unknown, cellIndex: unknown): unknown {
    const args = [rowIndex, cellIndex];
    const r = integerArg(rowIndex, this._method('getCell'), args);
    const c = integerArg(cellIndex, this._method('getCell'), args);
    const rows = this._table.rows;
    const row = rows[r];
    if (!row) throw childIndexError(r, rows.length);
    const cell = row.cells[c];
    if (!cell) throw childIndexError(c, row.cells.length);
    return this._s.wrap(cell);
  }

  /** A new row with as many empty cells as the first row has. */
  appendTableRow(...args: unknown[]): unknown {
    if (args.length > 0) throw signatureMismatch(this._method('appendTableRow'), args);
    const width = this._table.rows[0]?.cells.length ?? 1;
    const row: RowNode = { kind: 'row', cells: Array.from({ length: width }, emptyCell) };
    this._table.rows.push(row);
    this._s.changed();
    return this._s.wrap(row);
  }

  removeRow(rowIndex: unknown): unknown {
    const i = integerArg(rowIndex, this._method('removeRow'), [rowIndex]);
    const rows = this._table.rows;
    const row = rows[i];
    if (!row) throw childIndexError(i, rows.length);
    rows.splice(i, 1);
    this._s.changed();
    return this._s.wrap(row);
  }
}

function emptyCell(): CellNode {
  return { kind: 'cell', children: [{ kind: 'paragraph', style: 'NORMAL_TEXT', children: [] }] };
}

export class TableRowFake extends ContainerFake {
  protected get _typeName(): string {
    return 'TABLE_ROW';
  }

  private get _row(): RowNode {
    return this._node as RowNode;
  }

  getNumCells(): number {
    return this._row.cells.length;
  }

  getCell(cellIndex: unknown): unknown {
    const i = integerArg(cellIndex, this._method('getCell'), [cellIndex]);
    const cells = this._row.cells;
    const cell = cells[i];
    if (!cell) throw childIndexError(i, cells.length);
    return this._s.wrap(cell);
  }

  appendTableCell(textContents?: unknown): unknown {
    if (textContents !== undefined && typeof textContents !== 'string') throw signatureMismatch(this._method('appendTableCell'), [textContents]);
    const cell = emptyCell();
    if (textContents) (cell.children[0] as { children: unknown[] }).children = [textNode(textContents.replace(/\n/g, '\r'))];
    this._row.cells.push(cell);
    this._s.changed();
    return this._s.wrap(cell);
  }

  removeCell(cellIndex: unknown): unknown {
    const i = integerArg(cellIndex, this._method('removeCell'), [cellIndex]);
    const cells = this._row.cells;
    const cell = cells[i];
    if (!cell) throw childIndexError(i, cells.length);
    cells.splice(i, 1);
    this._s.changed();
    return this._s.wrap(cell);
  }

  getParentTable(): unknown {
    return this.getParent();
  }
}

export class TableCellFake extends BlockContainerFake {
  protected get _typeName(): string {
    return 'TABLE_CELL';
  }

  getParentRow(): unknown {
    return this.getParent();
  }

  getParentTable(): unknown {
    const row = findParent(this._s.model(), this._node);
    const table = row && findParent(this._s.model(), row.parent);
    return table ? this._s.wrap(table.parent) : null;
  }

  getBackgroundColor(): string | null {
    return (this._node as CellNode).backgroundColor ?? null;
  }

  setBackgroundColor(color: unknown): this {
    if (typeof color !== 'string') throw signatureMismatch(this._method('setBackgroundColor'), [color]);
    (this._node as CellNode).backgroundColor = color;
    this._s.changed();
    return this;
  }

  getColSpan(): number {
    this._s.model();
    return 1;
  }

  getRowSpan(): number {
    this._s.model();
    return 1;
  }
}
