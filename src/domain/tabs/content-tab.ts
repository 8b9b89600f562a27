// The Content tab: one row per piece, ranked live by engagement rate (ties broken by clicks), with the
// qualitative columns that explain what made the top 3 different from the bottom 3.
import { FORMATS, INTEGRATION, PLATFORMS, VOICE } from '../choices.ts';
import { EVERYONE, ratio, type TableTabSpec } from './spec.ts';

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
    { key: 'format', audience: EVERYONE, header: 'Format', type: 'choice', choices: FORMATS, help: 'Reel, story, long-form video…' },
    { key: 'url', audience: EVERYONE, header: 'Link', type: 'url', help: 'Link to the live post.', width: 180 },
    { key: 'screenshotUrl', audience: EVERYONE, header: 'Screenshot link', type: 'url', help: 'Link to a screenshot (a Drive file you can access).', width: 180, aliases: ['Screenshot'] },
    { key: 'impressions', audience: EVERYONE, header: 'Impressions', type: 'count', help: 'Views of the piece.' },
    { key: 'engagements', audience: EVERYONE, header: 'Engagements', type: 'count', help: 'Likes, comments, shares, saves.' },
    {
      key: 'saves', audience: EVERYONE, header: 'Saves', type: 'count', aliases: ['Add to favorites', 'Favorites', 'Favourites'],
      help: 'Saves of the piece (Instagram “Saves”, TikTok “Add to favorites”).',
    },
    { key: 'er', audience: EVERYONE, header: 'ER', type: 'rate', format: '0.00%', help: 'Engagements ÷ impressions.', // Rounded so Rank's COUNTIFS (which compares ER as text) sees exactly the value in the cell.
      formula: (r) => ratio(r('engagements'), r('impressions'), { decimals: 10 }) },
    { key: 'clicks', audience: EVERYONE, header: 'Clicks', type: 'count', help: 'Link clicks from the piece.' },
    { key: 'conversions', audience: EVERYONE, header: 'Conversions', type: 'count', help: 'Sales or sign-ups from the piece.' },
    {
      key: 'rank', audience: EVERYONE, header: 'Rank', type: 'count', help: 'By ER, highest first; ties broken by clicks.',
      formula: (r) =>
        `=IF(ISNUMBER(${r('er')}),1+COUNTIFS(${r.column('er')},">"&${r('er')})+COUNTIFS(${r.column('er')},${r('er')},${r.column('clicks')},">"&N(${r('clicks')})),"")`,
    },
    {
      key: 'marker', audience: EVERYONE, header: 'Top / bottom 3', type: 'text', help: 'Top 3 and bottom 3 by rank.',
      formula: (r) =>
        `=IF(ISNUMBER(${r('rank')}),IF(${r('rank')}<=3,"Top 3",IF(${r('rank')}>COUNT(${r.column('rank')})-3,"Bottom 3","")),"")`,
    },
    { key: 'hook', audience: EVERYONE, header: 'Hook (first 3 s / first line)', type: 'text', help: 'What opened the piece.', width: 220 },
    { key: 'brandMentionSecond', audience: EVERYONE, header: 'Brand mention (second)', type: 'number', help: 'When the brand first appears, in seconds.' },
    { key: 'integration', audience: EVERYONE, header: 'Integration', type: 'choice', choices: INTEGRATION, help: 'Natural or scripted?' },
    { key: 'voice', audience: EVERYONE, header: 'Voice', type: 'choice', choices: VOICE, help: 'Authentic to the creator, or rigid?' },
    { key: 'comments', audience: EVERYONE, header: 'Comment themes', type: 'text', help: 'What the audience said.', width: 240 },
  ],
  highlights: [
    { column: 'marker', when: { textEquals: 'Top 3' }, background: '#d9ead3' },
    { column: 'marker', when: { textEquals: 'Bottom 3' }, background: '#f4cccc' },
  ],
} as const satisfies TableTabSpec;
