// The Docs API requests Debrief's page budgets rest on (issue 12): UpdateTableCellStyleRequest (cell padding),
// UpdateTableColumnPropertiesRequest (fixed column widths) and UpdateDocumentStyleRequest (page margins), each read
// back through documents.get as the Docs API reference describes; and a picture from a Drive file shared with anyone
// who has the link (Drive Permissions.create), which Docs can fetch, and not before.
import { describe, expect, it } from 'vitest';
import { NotImplementedError } from '../../../../src/local/emulator/tracked.ts';
import { docOf, para, table as tableOf } from './doc-builder.ts';
import { docsWorld, type Any } from './world.ts';

const pt = (magnitude: number) => ({ magnitude, unit: 'PT' });

describe('layout requests', () => {
  it('pads every cell of a table, fixes column widths and sets the page margins, as documents.get then reports them', () => {
    const w = docsWorld();
    const id = w.ownDoc('Layout', docOf([para('Hi'), tableOf([['a', 'b'], ['c', 'd']])]));
    const start = w.Docs.Documents.get(id).body.content.find((e: Any) => e.table).startIndex;
    w.Docs.Documents.batchUpdate({ requests: [
      { updateTableCellStyle: { tableStartLocation: { index: start }, tableCellStyle: { paddingTop: pt(2), paddingBottom: pt(2) }, fields: 'paddingTop,paddingBottom' } },
      { updateTableColumnProperties: { tableStartLocation: { index: start }, columnIndices: [0], tableColumnProperties: { widthType: 'FIXED_WIDTH', width: pt(120) }, fields: 'widthType,width' } },
      { updateDocumentStyle: { documentStyle: { marginTop: pt(36), marginLeft: pt(54) }, fields: 'marginTop,marginLeft' } },
    ] }, id);
    const json = w.Docs.Documents.get(id);
    const table = json.body.content.find((e: Any) => e.table).table;
    expect(table.tableRows[1].tableCells[1].tableCellStyle).toMatchObject({ paddingTop: pt(2), paddingBottom: pt(2) });
    expect(table.tableStyle.tableColumnProperties).toEqual([{ widthType: 'FIXED_WIDTH', width: pt(120) }, { widthType: 'EVENLY_DISTRIBUTED' }]);
    expect(json.documentStyle).toMatchObject({ marginTop: pt(36), marginLeft: pt(54), marginBottom: pt(72), marginRight: pt(72) });
  });

  it('refuses a location that starts no table, a column under 5 pt, and throws for what it does not emulate', () => {
    const w = docsWorld();
    const id = w.ownDoc('Layout', docOf([para('Hi'), tableOf([['a']])]));
    const start = w.Docs.Documents.get(id).body.content.find((e: Any) => e.table).startIndex;
    const batch = (request: Any) => () => w.Docs.Documents.batchUpdate({ requests: [request] }, id);
    expect(batch({ updateTableCellStyle: { tableStartLocation: { index: 1 }, tableCellStyle: { paddingTop: pt(2) }, fields: 'paddingTop' } })).toThrow('does not start a table');
    expect(batch({ updateTableColumnProperties: { tableStartLocation: { index: start }, tableColumnProperties: { widthType: 'FIXED_WIDTH', width: pt(4) }, fields: 'widthType,width' } }))
      .toThrow('The minimum column width is 5 points.');
    expect(batch({ updateTableCellStyle: { tableStartLocation: { index: start }, tableCellStyle: {}, fields: 'contentAlignment' } })).toThrow(NotImplementedError);
    expect(batch({ updateDocumentStyle: { documentStyle: {}, fields: 'pageSize' } })).toThrow(NotImplementedError);
  });
});

describe('a picture from a Drive file shared by link', () => {
  it('is fetched once anyone with the link may view it, not before, and not after the file is deleted', () => {
    const w = docsWorld();
    const doc = w.ownDoc('Report', docOf([para('Hi')]));
    const image = w.image('chart.png');
    const file = w.Drive.Files.get(image, { fields: 'id,webContentLink' });
    expect(file.webContentLink).toBe(`https://drive.google.com/uc?id=${image}&export=download`);
    const insert = () => w.Docs.Documents.batchUpdate({ requests: [{ insertInlineImage: { uri: file.webContentLink, location: { index: 1 } } }] }, doc);
    expect(insert).toThrow('There was a problem retrieving the image.');
    expect(w.Drive.Permissions.create({ type: 'anyone', role: 'reader' }, image)).toMatchObject({ type: 'anyone', role: 'reader' });
    expect(insert).not.toThrow();
    w.Drive.Files.remove(image);
    expect(w.drive.find(image)).toBeUndefined();
    expect(insert).toThrow('There was a problem retrieving the image.');
  });

  it('is refused when the domain forbids sharing by link, and only an owner may delete the file', () => {
    const w = docsWorld();
    const image = w.image('chart.png');
    w.drive.linkSharingAllowed = false;
    expect(() => w.Drive.Permissions.create({ type: 'anyone', role: 'reader' }, image)).toThrow(/sharing settings of your organization/);
    expect(w.drive.find(image)?.linkSharing).toBeUndefined();
    expect(() => w.Drive.Permissions.create({ type: 'user', role: 'writer', emailAddress: 'a@b.example' }, image)).toThrow(NotImplementedError);
    const theirs = w.image('theirs.png', false);
    expect(() => w.Drive.Files.remove(theirs)).toThrow(/File not found/);
  });
});
