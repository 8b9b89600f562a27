// Draws a SheetView as table rows the way Sheets shows a tab: column widths, frozen header rows, bold and filled
// cells, numbers to the right, and text spilling over empty cells to its right (clipped at the next filled one).
import { el } from '../../../sidebar/dom.ts';
import { item } from '../../item.ts';
import type { SheetView } from '../protocol.ts';

const MIN_ROWS = 60;
const SPARE_ROWS = 20;
const ROW_HEIGHT = 23; // px, border included: frozen rows stick one under another
const ROW_HEADER_WIDTH = 46;

export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export const a1 = (row: number, col: number) => `${columnLetter(col)}${row + 1}`;

export function renderSheet(view: SheetView): HTMLElement[] {
  const widths = view.columnWidths;
  const rows = Math.max(MIN_ROWS, view.display.length + SPARE_ROWS);
  const text = (r: number, c: number) => view.display[r]?.[c] ?? '';

  const cell = (r: number, c: number, width: number) => {
    const value = text(r, c);
    const numeric = !!view.numeric[r]?.[c];
    const frozen = r < view.frozenRows;
    const classes = [view.formulas[r]?.[c] ? 'formula' : '', numeric ? 'number' : '', view.bold[r]?.[c] ? 'bold' : ''];
    const td = el('td', { 'data-cell': a1(r, c), 'data-row': r, 'data-col': c, title: value.length > 14 ? value : null });
    const background = view.backgrounds[r]?.[c];
    if (background) td.style.background = background;
    let room = width;
    if (value !== '' && !numeric && !frozen) {
      for (let next = c + 1; next < widths.length && text(r, next) === ''; next++) room += item(widths, next, 'column width');
    }
    if (room > width) {
      classes.push('spill');
      const span = el('span', { class: 'spill-text' }, value);
      span.style.maxWidth = `${room - 9}px`;
      td.append(span);
    } else td.textContent = value;
    td.className = classes.filter(Boolean).join(' ');
    return td;
  };

  const colgroup = el('colgroup', {}, el('col', { class: 'row-header' }), widths.map((w) => {
    const col = el('col');
    col.style.width = `${w}px`;
    return col;
  }));
  const head = el('thead', {}, el('tr', {}, el('th', { class: 'corner' }), widths.map((_, c) => el('th', { scope: 'col' }, columnLetter(c)))));
  const body = el('tbody', {}, Array.from({ length: rows }, (_, r) => {
    const tr = el('tr', { class: r < view.frozenRows ? 'frozen' : null }, el('th', { scope: 'row' }, String(r + 1)), widths.map((width, c) => cell(r, c, width)));
    if (r < view.frozenRows) for (const td of Array.from(tr.children) as HTMLElement[]) td.style.top = `${ROW_HEIGHT * (r + 1)}px`;
    return tr;
  }));
  return [colgroup, head, body];
}

export const tableWidth = (view: SheetView) => ROW_HEADER_WIDTH + view.columnWidths.reduce((a, b) => a + b, 0);
