// The Content tab: one row per piece, ranked live by engagement rate (ties broken by clicks), with the
// qualitative columns that explain what made the top 3 different from the bottom 3.
import { FORMAT_ALIASES } from './format-aliases.ts';
import { FORMATS, INTEGRATION, PLATFORMS, VOICE } from '../choices.ts';
import { EVERYONE, ratio, type RowRefs, type TableTabSpec } from './spec.ts';

// Rank and Top / bottom 3 search a sorted copy of every piece's rank key (the hidden Rank keys column) by bisection:
// MATCH(…, 1) on ascending data is a binary search in Sheets and HyperFormula alike, so ranking n pieces costs
// n log n where counting greater ERs per row (COUNTIFS) cost n². A key is "x", the ER in 10⁻¹⁰ths and the clicks,
// each as 15 fixed digits offset by 10¹⁴ (negatives sort right; 15 digits is what Sheets keeps exactly), so text order
// is (ER, clicks) order with no rounding; the "x" puts keys after the column's header. How many pieces are ranked
// is counted once, in the Ranked pieces column, as Google advises for a subexpression every row repeats.
// SORT is used ascending only: its third argument means TRUE/FALSE in Sheets but 1/-1 in HyperFormula.
const OFFSET = '100000000000000';
const DIGITS = '"000000000000000"';
const clicksOrZero = (clicks: string) => `IF(ISNUMBER(${clicks}),${clicks},0)`;
const rankKey = (er: string, clicks: string) =>
  `"x"&TEXT(ROUND(${er}*10000000000,0)+${OFFSET},${DIGITS})&TEXT(ROUND(${clicksOrZero(clicks)},0)+${OFFSET},${DIGITS})`;
/** The rows a spill reads: "$I$2:$I$1050" from the first data row's "I2". */
const span = (firstRowRef: string, lastRow: number) => {
  const column = firstRowRef.replace(/\d+$/, '');
  return `$${column}$${firstRowRef.slice(column.length)}:$${column}$${lastRow}`;
};
/** The first data cell of a column, absolute: "$Y$2" (a count kept once there, not recounted in every row). */
const firstCell = (r: RowRefs, key: string) => `${r.column(key).split(':')[0]}$2`;

export const CONTENT_TAB = {
  kind: 'table',
  name: 'Content',
  key: 'content',
  identity: 'id',
  purpose: 'Which pieces worked and what made them different.',
  columns: [
    { key: 'id', audience: EVERYONE, header: 'Piece', type: 'text', help: 'A short id for the piece, e.g. IG-01.', aliases: ['Piece ID', 'Content ID'] },
    { key: 'creator', audience: EVERYONE, header: 'Creator', type: 'text', help: 'Handle as on the Creators tab.', width: 150 },
    { key: 'platform', audience: EVERYONE, header: 'Platform', type: 'choice', choices: PLATFORMS, help: 'Where it ran.' },
    { key: 'format', audience: EVERYONE, header: 'Format', type: 'choice', choiceAliases: FORMAT_ALIASES, choices: FORMATS, help: 'Reel, story, long-form video…' },
    { key: 'url', audience: EVERYONE, header: 'Link', type: 'url', help: 'Link to the live post.', width: 180 },
    { key: 'screenshotUrl', audience: EVERYONE, header: 'Screenshot link', type: 'url', help: 'Link to a screenshot (a Drive file you can access).', width: 180, aliases: ['Screenshot'] },
    { key: 'impressions', audience: EVERYONE, header: 'Impressions', type: 'count', help: 'Views of the piece.' },
    { key: 'engagements', audience: EVERYONE, header: 'Engagements', type: 'count', help: 'Likes, comments, shares, saves.' },
    {
      key: 'saves', audience: EVERYONE, header: 'Saves', type: 'count', aliases: ['Add to favorites', 'Favorites', 'Favourites'],
      help: 'Saves of the piece (Instagram “Saves”, TikTok “Add to favorites”).',
    },
    { key: 'er', audience: EVERYONE, header: 'ER', type: 'rate', format: '0.00%', help: 'Engagements ÷ impressions.', // Rounded so ties are exact: Rank compares ER in 10⁻¹⁰ths.
      formula: (r) => ratio(r('engagements'), r('impressions'), { decimals: 10, amounts: true }) },
    { key: 'clicks', audience: EVERYONE, header: 'Clicks', type: 'count', help: 'Link clicks from the piece.' },
    { key: 'conversions', audience: EVERYONE, header: 'Conversions', type: 'count', help: 'Sales or sign-ups from the piece.' },
    {
      key: 'rank', audience: EVERYONE, header: 'Rank', type: 'count', help: 'By ER, highest first; ties broken by clicks.',
      // 1 + the keys above this piece's: all keys, less those at or below it (MATCH counts the header too).
      formula: (r) => `=IF(ISNUMBER(${r('er')}),${firstCell(r, 'rankedCount')}+2-MATCH(${rankKey(r('er'), r('clicks'))},${r.column('rankKeys')},1),"")`,
    },
    {
      key: 'marker', audience: EVERYONE, header: 'Top / bottom 3', type: 'text', help: 'Top 3 and bottom 3 by rank.',
      formula: (r) =>
        `=IF(ISNUMBER(${r('rank')}),IF(${r('rank')}<=3,"Top 3",IF(${r('rank')}>${firstCell(r, 'rankedCount')}-3,"Bottom 3","")),"")`,
    },
    { key: 'hook', audience: EVERYONE, header: 'Hook (first 3 s / first line)', type: 'text', help: 'What opened the piece.', width: 220 },
    { key: 'brandMentionSecond', audience: EVERYONE, header: 'Brand mention (second)', type: 'number', min: 0, help: 'When the brand first appears, in seconds.' },
    { key: 'integration', audience: EVERYONE, header: 'Integration', type: 'choice', choices: INTEGRATION, help: 'Natural or scripted?' },
    { key: 'voice', audience: EVERYONE, header: 'Voice', type: 'choice', choices: VOICE, help: 'Authentic to the creator, or rigid?' },
    { key: 'comments', audience: EVERYONE, header: 'Comment themes', type: 'text', help: 'What the audience said.', width: 240 },
  ],
  helpers: [
    {
      key: 'rankKeys', header: 'Rank keys', help: 'Kept by Debrief for the Rank formulas (a sorted copy of each piece\'s ER and clicks). Hidden; not data.',
      formula: (r, lastRow) => {
        const [er, clicks] = [span(r('er'), lastRow), span(r('clicks'), lastRow)];
        return `=SORT(FILTER(ARRAYFORMULA(${rankKey(er, clicks)}),ARRAYFORMULA(ISNUMBER(${er}))))`;
      },
    },
    {
      key: 'rankedCount', header: 'Ranked pieces', help: 'Kept by Debrief for the Rank formulas: how many pieces have an ER. Hidden; not data.',
      formula: (r, lastRow) => `=COUNT(${span(r('er'), lastRow)})`,
    },
  ],
  highlights: [
    { column: 'marker', when: { textEquals: 'Top 3' }, background: '#d9ead3' },
    { column: 'marker', when: { textEquals: 'Bottom 3' }, background: '#f4cccc' },
  ],
} as const satisfies TableTabSpec;
