// The active tab as a spreadsheet grid: column letters, row numbers, values as displayed, a formula bar showing the
// selected cell's formula, and editing (type or double-click, Enter to send, Escape to cancel, arrows to move).
import { el, fill } from '../../../sidebar/dom.ts';
import type { SheetView } from '../protocol.ts';
import { a1, renderSheet, tableWidth } from './cells.ts';

export interface Grid {
  root: HTMLElement;
  show(view: SheetView): void;
  readonly editing: boolean;
}

/** `commit` sends what the person typed; the grid redraws when the server's new view arrives. */
export function createGrid(commit: (a1: string, input: string) => Promise<void>): Grid {
  let view: SheetView | null = null;
  let selected = { row: 0, col: 0 };
  let editor: HTMLInputElement | null = null;
  let formulaDirty = false; // typed into the formula bar and not sent: a redraw must not wipe it
  const nameBox = el('span', { class: 'name-box', 'data-testid': 'name-box' }, 'A1');
  const formulaInput = el('input', { class: 'formula-input', 'data-testid': 'formula-bar', 'aria-label': 'Formula bar', autocomplete: 'off', spellcheck: 'false' });
  const table = el('table', { class: 'grid', 'data-testid': 'grid', role: 'grid' });
  const scroller = el('div', { class: 'grid-scroller' }, table);
  const charts = el('div', { class: 'charts', 'data-testid': 'charts', hidden: true });
  const root = el('div', { class: 'sheet-area' },
    el('div', { class: 'formula-row' }, nameBox, el('span', { class: 'fx' }, 'fx'), formulaInput), charts, scroller);

  const cellText = (row: number, col: number) => view?.display[row]?.[col] ?? '';
  const source = (row: number, col: number) => view?.formulas[row]?.[col] || cellText(row, col);
  const cellAt = (row: number, col: number) => table.querySelector<HTMLTableCellElement>(`td[data-cell="${a1(row, col)}"]`);

  const select = (row: number, col: number) => {
    selected = { row: Math.max(0, row), col: Math.max(0, col) };
    table.querySelector('td.selected')?.classList.remove('selected');
    const td = cellAt(selected.row, selected.col);
    td?.classList.add('selected');
    td?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    nameBox.textContent = a1(selected.row, selected.col);
    if (!formulaDirty) formulaInput.value = source(selected.row, selected.col);
  };

  const send = async (row: number, col: number, input: string) => {
    if (input === source(row, col)) return;
    await commit(a1(row, col), input);
  };

  const stopEditing = (refocus = true) => {
    const input = editor;
    editor = null; // first: removing the input fires its blur handler, which must see the edit is over
    input?.parentElement?.classList.remove('editing');
    input?.remove();
    if (refocus) table.focus();
  };

  const startEditing = (initial?: string) => {
    const td = cellAt(selected.row, selected.col);
    if (!td || editor) return;
    const { row, col } = selected;
    const input = el('input', { class: 'cell-editor', 'data-testid': 'cell-editor', 'aria-label': `Edit ${a1(row, col)}`, autocomplete: 'off', spellcheck: 'false' });
    input.value = initial ?? source(row, col);
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        const value = input.value;
        stopEditing();
        event.key === 'Enter' ? select(row + 1, col) : select(row, col + 1);
        void send(row, col, value);
      } else if (event.key === 'Escape') {
        stopEditing();
        select(row, col);
      }
    });
    input.addEventListener('blur', () => {
      if (editor !== input) return;
      stopEditing(false); // clicking elsewhere keeps what was typed, as in Sheets
      void send(row, col, input.value);
    });
    td.classList.add('editing');
    td.append(input);
    editor = input;
    input.focus();
  };

  table.tabIndex = 0;
  table.addEventListener('mousedown', (event) => {
    const td = (event.target as HTMLElement).closest<HTMLTableCellElement>('td[data-row]');
    if (!td || td.contains(editor)) return;
    formulaDirty = false;
    select(Number(td.dataset.row), Number(td.dataset.col));
  });
  table.addEventListener('dblclick', () => startEditing());
  table.addEventListener('keydown', (event) => {
    if (editor) return;
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      select(selected.row + move[0], selected.col + move[1]);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      startEditing();
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      void send(selected.row, selected.col, '');
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      startEditing(event.key);
    }
  });
  formulaInput.addEventListener('input', () => {
    formulaDirty = true;
  });
  formulaInput.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== 'Escape') return;
    event.preventDefault();
    const { row, col } = selected;
    const value = formulaInput.value;
    formulaDirty = false;
    if (event.key === 'Escape') return select(row, col);
    select(row + 1, col);
    table.focus();
    void send(row, col, value);
  });

  const show = (next: SheetView) => {
    if (view && view.name !== next.name) {
      selected = { row: 0, col: 0 };
      formulaDirty = false;
    }
    view = next;
    table.dataset.sheet = next.name;
    table.style.width = `${tableWidth(next)}px`;
    fill(table, renderSheet(next));
    charts.hidden = next.charts.length === 0;
    // Each chart as a picture (an <img> of its SVG: nothing in it runs or reaches the page's markup), named below.
    fill(charts, next.charts.map((c) => el('figure', { class: 'chart', 'data-testid': 'chart' },
      el('img', { src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(c.svg)}`, alt: `${c.title}: ${c.type.toLowerCase()} chart of ${c.ranges.join(', ')}`, width: 360, height: 223 }),
      el('figcaption', { title: c.ranges.join(', ') }, `${c.title} (${c.type.toLowerCase()} chart of ${c.ranges.join(', ')})`))));
    select(selected.row, selected.col);
  };

  return {
    root,
    show,
    get editing() {
      return editor !== null;
    },
  };
}
