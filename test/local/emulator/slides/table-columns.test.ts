// A table's column widths as the Slides API sets them (UpdateTableColumnPropertiesRequest): the columns named take
// the width, the table is as wide as its columns together, Presentations.get reports each column's width, and a
// width under 406,400 EMU (32 pt) is refused with the whole batch.
import { describe, expect, it } from 'vitest';
import { slidesWorld, type Any } from './world.ts';

const width = (emu: number) => ({ columnWidth: { magnitude: emu, unit: 'EMU' } });

function deckWithTable() {
  const w = slidesWorld();
  const deck = w.SlidesApp.create('Columns');
  const id = deck.getId();
  deck.saveAndClose();
  w.Slides.Presentations.batchUpdate({ requests: [
    { createSlide: { objectId: 'table_slide', slideLayoutReference: { predefinedLayout: 'BLANK' } } },
    { createTable: { objectId: 'kpi_table', rows: 2, columns: 3, elementProperties: { pageObjectId: 'table_slide',
      size: { width: { magnitude: 3_810_000, unit: 'EMU' }, height: { magnitude: 1_270_000, unit: 'EMU' } }, transform: { scaleX: 1, scaleY: 1, unit: 'EMU' } } } },
  ] }, id);
  const table = () => (w.Slides.Presentations.get(id).slides as Any[]).find((s) => s.objectId === 'table_slide').pageElements[0];
  const columns = () => (table().table.tableColumns as Any[]).map((c) => c.columnWidth.magnitude);
  return { w, id, table, columns };
}

describe('Slides table column widths', () => {
  it('makes equal columns, then sizes the ones named, the table as wide as its columns', () => {
    const { w, id, table, columns } = deckWithTable();
    expect(columns()).toEqual([1_270_000, 1_270_000, 1_270_000]);
    w.Slides.Presentations.batchUpdate({ requests: [
      { updateTableColumnProperties: { objectId: 'kpi_table', columnIndices: [0], tableColumnProperties: width(2_032_000), fields: 'columnWidth' } },
      { updateTableColumnProperties: { objectId: 'kpi_table', columnIndices: [1, 2], tableColumnProperties: width(889_000), fields: 'columnWidth' } },
    ] }, id);
    expect(columns()).toEqual([2_032_000, 889_000, 889_000]);
    expect(table().size.width.magnitude).toBe(3_810_000);
  });

  it('sizes every column when none is named, and 406,400 EMU when the mask names a width left unset', () => {
    const { w, id, columns } = deckWithTable();
    w.Slides.Presentations.batchUpdate({ requests: [{ updateTableColumnProperties: { objectId: 'kpi_table', tableColumnProperties: width(508_000), fields: 'columnWidth' } }] }, id);
    expect(columns()).toEqual([508_000, 508_000, 508_000]);
    w.Slides.Presentations.batchUpdate({ requests: [{ updateTableColumnProperties: { objectId: 'kpi_table', columnIndices: [2], tableColumnProperties: {}, fields: 'columnWidth' } }] }, id);
    expect(columns()).toEqual([508_000, 508_000, 406_400]);
  });

  it('refuses a column under 32 pt, a column it lacks, an empty mask or a shape, and keeps the batch unapplied', () => {
    const { w, id, columns } = deckWithTable();
    const update = (body: Record<string, unknown>) => () => w.Slides.Presentations.batchUpdate({ requests: [
      { updateTableColumnProperties: { objectId: 'kpi_table', columnIndices: [0], tableColumnProperties: width(1_000_000), fields: 'columnWidth' } },
      { updateTableColumnProperties: { objectId: 'kpi_table', fields: 'columnWidth', ...body } },
    ] }, id);
    expect(update({ columnIndices: [1], tableColumnProperties: width(406_399) })).toThrow('Invalid requests[1].updateTableColumnProperties: The column width should be at least 406400 EMU');
    expect(update({ columnIndices: [3], tableColumnProperties: width(500_000) })).toThrow('out of range');
    expect(update({ columnIndices: [1], tableColumnProperties: width(500_000), fields: '' })).toThrow('At least one field must be specified.');
    expect(update({ objectId: 'table_slide', tableColumnProperties: width(500_000) })).toThrow('could not be found');
    expect(columns()).toEqual([1_270_000, 1_270_000, 1_270_000]);
  });
});
