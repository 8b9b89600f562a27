// Issue 11, "text Sheets converts": every text value Debrief writes reads back exactly as written, whatever Sheets
// would have made of it unquoted (numbers, dates, times, booleans, formulas) and with its spaces, no-break spaces
// and byte-order mark kept. The local Workspace converts and trims the way Sheets does (strict where undocumented).
import { describe, expect, it } from 'vitest';
import { freshBundle, rowsByHeader } from '../support/bundle.ts';
import { createLocalWorkspace } from '../../src/local/emulator/index.ts';
import { loadBundle } from '../../src/local/harness.ts';

/** Text a person may type that Sheets would store as something else if written as it is. */
const CORPUS = [
  '1e5', '12:30', '2026/11/18', '11/18/26', '3:15 PM', '0:03', '1.', '2.5e-3', '1,200', '3.5%', '$5', '(1,200)', '11/18', 'Nov 18',
  'TRUE', 'false', '=SUM(A1)', '+1', '-1', '@maya', "'quoted", ' leading space', 'trailing space ', '\u00a0NBSP before', '\ufeffBOM before',
  '  12:30', '18.11.2026', '1.234,56', '\u00a042', '0042', 'IG-01', '#N/A', '#REF!', '１２',
];

describe('text stays text, exactly', () => {
  it('reads back every string of the corpus from the sheet as it was written', () => {
    const { workspace, bundle } = freshBundle();
    bundle.run('importCampaign', {
      client: 'Glowlab', campaign: 'Corpus',
      content: CORPUS.map((text, i) => ({ id: text, hook: text, comments: `${text}|${i}`, creator: text })),
    });
    const pieces = rowsByHeader(workspace, 'Content').filter((p) => p.Piece !== ''); // helper columns' spill fills the reserved rows
    expect(pieces.map((p) => p.Piece)).toEqual(CORPUS);
    expect(pieces.map((p) => p['Hook (first 3 s / first line)'])).toEqual(CORPUS);
    expect(pieces.map((p) => p.Creator)).toEqual(CORPUS);
    expect(pieces.map((p) => p['Comment themes'])).toEqual(CORPUS.map((t, i) => `${t}|${i}`));
  });

  it('keeps the same text in a German spreadsheet, where "1.234,56" and "18.11.2026" would convert', () => {
    const workspace = createLocalWorkspace({ locale: 'de_DE' });
    workspace.createSpreadsheet('Korpus');
    const bundle = loadBundle(workspace);
    bundle.run('importCampaign', { client: 'Glowlab', campaign: 'Korpus', content: CORPUS.map((id, i) => ({ id, comments: String(i) })) });
    expect(rowsByHeader(workspace, 'Content').map((p) => p.Piece).filter((p) => p !== '')).toEqual(CORPUS);
  });

  it('shows a piece id "12:30" as 12:30 in the client report, not 0.520833333333333', () => {
    const { workspace, bundle } = freshBundle();
    bundle.run('importCampaign', {
      client: 'Glowlab', campaign: 'Ids', startDate: '2026-10-01', wrapDate: '2026-11-18',
      kpis: [{ name: 'Reach', target: 100, actual: 120, confidence: 'historical' }],
      creators: [{ handle: '@a', followers: 1000, cost: 100, engagements: 100, impressions: 1000 }],
      content: ['12:30', '1e5', '11/18/26'].map((id, i) => ({ id, creator: '@a', impressions: 1000, engagements: 300 - i * 50, clicks: 1 })),
    });
    const analysis = (bundle.run('analyze') as { analysis: { content: { top: { id: string }[] } } }).analysis;
    expect(analysis.content.top.map((p) => p.id)).toEqual(['12:30', '1e5', '11/18/26']);
    expect(JSON.stringify(workspace.inspect.values('Patterns'))).not.toContain('0.5208');
  });
});
