// CSV exports read for the playground's "Load campaign file": RFC 4180 parsing, and columns mapped by header to the
// campaign file's creators / content fields.
import { describe, expect, it } from 'vitest';
import { parseCsv, readCsvTable } from '../../src/local/playground/csv.ts';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF, and drops a BOM', () => {
    expect(parseCsv('\uFEFFa,"b, c","say ""hi"""\r\n1,"two\nlines",\n\n3,,x')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['1', 'two\nlines', ''],
      ['3', '', 'x'],
    ]);
  });

  it('refuses a quoted field that never closes', () => {
    expect(() => parseCsv('a,"b\n1,2')).toThrow(/never closed/);
  });
});

describe('readCsvTable', () => {
  it('maps a Creators tab export by header, leaving formula and unknown columns out', () => {
    const table = readCsvTable('creators.csv', 'Handle,Followers,Tier,Organic ER,Rating (1–5),First draft on time,Agency notes\n@a,12K,Micro,3.5%,4,TRUE,x\n,,,,,,\n');
    expect(table.list).toBe('creators');
    expect(table.rows).toEqual([{ handle: '@a', followers: '12K', organicEngagementRate: '3.5%', rating: '4', firstDraftOnTime: 'TRUE' }]);
    expect(table.ignoredColumns).toEqual(['Tier', 'Agency notes']);
  });

  it('maps content pieces by their field names too, and knows a content export by its piece column', () => {
    const table = readCsvTable('content.csv', 'id,creator,screenshotUrl,Brand mention (second),Rank\nIG-1,@a,https://x.test/1.png,4,1\n');
    expect(table.list).toBe('content');
    expect(table.rows).toEqual([{ id: 'IG-1', creator: '@a', screenshotUrl: 'https://x.test/1.png', brandMentionSecond: '4' }]);
    expect(table.ignoredColumns).toEqual(['Rank']);
  });

  it('says which file has neither a handle nor a piece column', () => {
    expect(() => readCsvTable('notes.csv', 'Name,Notes\nA,B\n')).toThrow(/notes\.csv: no "Handle" column/);
    expect(() => readCsvTable('empty.csv', '')).toThrow(/empty\.csv is empty/);
  });
});
