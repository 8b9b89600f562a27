// Issue 11, "real exports": one real-shaped export per platform gives the rows and numbers a person computes by hand
// (the sums are written out in each test), with each header's column, or why it was left out, said.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../../src/domain/exports/delimited.ts';
import { readExport } from '../../../src/domain/exports/read-export.ts';
import { exportText } from '../../../src/local/export-text.ts';

const read = (name: string, options = {}) => readExport(name, exportText(readFileSync(new URL(`../../fixtures/exports/${name}`, import.meta.url))), options);
const HANDLES = ['@maya.moves', '@jonas_fit'];

describe('parseDelimited', () => {
  it('takes "sep=" lines, "#" comments, semicolons and tabs, quoted fields and a BOM', () => {
    expect(parseDelimited('\uFEFFsep=;\na;"b;c"\n1;2\n').rows).toEqual([['a', 'b;c'], ['1', '2']]);
    expect(parseDelimited('# report\n# dates\n\nx,y\n1,2\n').rows).toEqual([['x', 'y'], ['1', '2']]);
    expect(parseDelimited('Beitrags-ID;Aufrufe\n1;1.204\n').delimiter).toBe(';');
    expect(parseDelimited('a\tb\n1\t2').rows).toEqual([['a', 'b'], ['1', '2']]);
  });
});

describe('readExport', () => {
  it('Instagram content: posts of the account, views as impressions, likes + comments + shares + saves', () => {
    const got = read('instagram-content.csv', { handles: HANDLES });
    expect([got.platform, got.list]).toEqual(['Instagram', 'content']);
    expect(got.rows).toEqual([
      // 640 + 48 + 35 + 77 = 800; 210 + 19 + 4 + 30 = 263
      { id: '18034567890123456', creator: '@maya.moves', url: 'https://www.instagram.com/reel/C1a2b3/', format: 'IG reel', impressions: '12,400', saves: '77', engagements: 800, platform: 'Instagram' },
      { id: '18034567890123457', creator: '@maya.moves', url: 'https://www.instagram.com/p/C4d5e6/', format: 'IG image', impressions: '3,100', saves: '30', engagements: 263, platform: 'Instagram' },
    ]);
    const to = Object.fromEntries(got.mapping.map((m) => [m.header, m.to]));
    expect(to).toMatchObject({ 'Post ID': 'id', 'Account username': 'creator', Views: 'impressions', Likes: 'engagements', Reach: null, Follows: null });
  });

  it('Instagram in German, semicolons and a thousands dot read in de_DE', () => {
    const got = read('instagram-de.csv', { handles: HANDLES, locale: 'de_DE' });
    expect(got.rows).toEqual([{ id: '18099', creator: '@jonas_fit', url: 'https://www.instagram.com/reel/DE1/', format: 'IG reel', impressions: '1.204', saves: '12', engagements: 112, platform: 'Instagram' }]); // 88 + 5 + 7 + 12
  });

  it('TikTok Studio in Spanish, UTF-16LE with a BOM and a sep= line: ids and creator from the video link, "1.2K"', () => {
    const got = read('tiktok-studio-es.csv', { handles: HANDLES });
    expect(got.platform).toBe('TikTok');
    expect(got.rows).toEqual([
      { id: '7301234567890', creator: '@jonas_fit', url: 'https://www.tiktok.com/@jonas_fit/video/7301234567890', impressions: '1.2K', saves: '20', engagements: 191, platform: 'TikTok' }, // 150 + 12 + 9 + 20
      { id: '7309876543210', creator: '@jonas_fit', url: 'https://www.tiktok.com/@jonas_fit/video/7309876543210', impressions: '3,400', saves: '45', engagements: 508, platform: 'TikTok' }, // 410 + 31 + 22 + 45
    ]);
  });

  it('YouTube Studio Table data.csv: the Total row skipped, views as impressions, the channel named by the person', () => {
    const got = read('youtube-table-data.csv', { handles: HANDLES, creator: '@maya.moves' });
    expect(got.platform).toBe('YouTube');
    expect(got.skipped).toEqual(['line 2: the "Total" row (totals, not a post)']);
    expect(got.rows.map((r) => [r.id, r.creator, r.impressions, r.engagements])).toEqual([
      ['dQw4w9WgXcQ', '@maya.moves', '18,200', 1200], // 1010 likes + 120 comments + 70 shares
      ['aBcDeFgHiJk', '@maya.moves', '7,100', 455], // 390 + 40 + 25
    ]);
    expect(got.mapping.find((m) => m.header === 'Impressions')?.to).toBeNull(); // thumbnail impressions: Views is taken
    expect(read('youtube-table-data.csv').problems.join(' ')).toContain('whose channel');
  });

  it('Shopify orders: paid orders per discount code, line items once, cancelled, refunded and unpaid out', () => {
    const got = read('shopify-orders.csv', { handles: HANDLES, attribution: { MAYA15: '@maya.moves' } });
    expect(got.platform).toBe('Shopify');
    // MAYA15: #1001 paid + #1002 partially refunded = 2 (#1006 pending); JONASFIT: #1005 only (#1003 refunded, #1004 cancelled).
    expect(got.rows).toEqual([{ handle: '@maya.moves', conversions: 2 }, { handle: '@jonas_fit', conversions: 1 }]);
    expect(got.skipped).toEqual(expect.arrayContaining(['order #1003: refunded, not counted', 'order #1004: cancelled', 'order #1006: pending, not counted', 'discount code "WELCOME10": no creator on the Creators tab has it (choose one to attribute it)']));
    // Net revenue: 59.00 + (86.40 − 20.00) = 125.40 for Maya; 43.20 for Jonas.
    expect(got.problems).toEqual([`code "jonasfit" read as @jonas_fit's (it spells the handle); choose another creator for it if it isn't theirs`, '@maya.moves: 2 orders, 125.4 net revenue (not written: the Creators tab has no revenue column)', '@jonas_fit: 1 orders, 43.2 net revenue (not written: the Creators tab has no revenue column)']);
  });

  it('GA4: comment lines and Grand total skipped, sessions and purchases per creator by UTM source', () => {
    const got = read('ga4-traffic.csv', { handles: HANDLES });
    expect(got.platform).toBe('GA4');
    // maya.moves + Maya.Moves: 1,200 + 100 sessions, 30 + 2 purchases; jonas_fit: 450, 8.
    expect(got.rows).toEqual([{ handle: '@maya.moves', clicks: 1300, conversions: 32 }, { handle: '@jonas_fit', clicks: 450, conversions: 8 }]);
    expect(got.skipped).toEqual(['traffic from "google / (organic)": no creator on the Creators tab has it (choose one to attribute it)', 'line 6: the totals row']);
  });

  it('a generic influencer-platform export: Username, Link Clicks, Content Type mapped; Engagement Rate and Post URL named as left out', () => {
    const got = read('influencer-platform.csv', { handles: HANDLES });
    expect([got.platform, got.list]).toEqual(['Creators export', 'creators']);
    expect(got.rows).toEqual([
      { handle: '@maya.moves', platform: 'Instagram', followers: '42.5K', cost: '$1,200', impressions: '58000', clicks: '410', format: 'Reel' },
      { handle: '@jonas_fit', platform: 'TikTok', followers: '1.2K', cost: '$300', impressions: '9000', clicks: '35', format: 'Video' },
    ]);
    expect(got.skipped).toEqual(['line 4: the "Totals" row (totals, not a creator)']);
    expect(got.mapping.filter((m) => m.to === null).map((m) => m.header)).toEqual(['Engagement Rate', 'Post URL']);
  });

  it('names the file and its headers when it is neither', () => {
    expect(() => readExport('notes.csv', 'Name,Notes\nA,B\n')).toThrow('notes.csv: no "Handle" column (or Username, Creator…) and no post column (Post ID, Piece…) in its first row; its headers are "Name", "Notes".');
  });
});
