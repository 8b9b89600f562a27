// How figures, dates and file names read in the artefacts.
import { describe, expect, it } from 'vitest';
import { fileIdFromUrl, outputFileName } from '../../../src/domain/reports/names.ts';
import { dateRange, formatKpiValue, gerund, longDate, recommendForward, withoutSingleCreatorFigures } from '../../../src/domain/reports/wording.ts';

describe('wording', () => {
  it('turns a drafted recommendation into "We recommend …ing"', () => {
    expect(['Shift', 'Let', 'Give', 'Agree', 'Fix', 'Keep', 'Favor', 'Base', 'Plan', 'Tie', 'Raise', 'Find'].map(gerund))
      .toEqual(['shifting', 'letting', 'giving', 'agreeing', 'fixing', 'keeping', 'favoring', 'basing', 'planning', 'tying', 'raising', 'finding']);
    expect(recommendForward('Shift budget toward nano-tier creators, which delivered more.')).toBe('We recommend shifting budget toward nano-tier creators, which delivered more.');
    expect(recommendForward('“Quoted” stays')).toBe('“Quoted” stays');
  });

  it('drops sentences that rest on one creator, keeping prices with decimal points intact', () => {
    const text = 'Nano creators delivered a 35% lower CPE ($0.30 vs $0.46, 2 creators). Mega (1M+) had a lower CPE still ($0.21), but from 1 creator: too few to call a pattern.';
    expect(withoutSingleCreatorFigures(text)).toBe('Nano creators delivered a 35% lower CPE ($0.30 vs $0.46, 2 creators).');
  });

  it('says dates and KPI values the way people do', () => {
    expect(longDate('2026-11-18')).toBe('18 Nov 2026');
    expect(longDate(null)).toBe('');
    expect(dateRange('2026-10-20', '2026-11-18')).toBe('20 Oct – 18 Nov 2026');
    expect(dateRange('2026-11-03', '2026-11-18')).toBe('3 – 18 Nov 2026');
    expect(dateRange('2025-12-20', '2026-01-18')).toBe('20 Dec 2025 – 18 Jan 2026');
    expect(dateRange(null, '2026-01-18')).toBe('18 Jan 2026');
    expect(formatKpiValue('Money', 0.46, 'USD')).toBe('$0.46');
    expect(formatKpiValue('Percent', 0.026, 'USD')).toBe('2.6%');
    expect(formatKpiValue('Count', 3_580_000, 'USD')).toBe('3,580,000');
    expect(formatKpiValue('Count', null, 'USD')).toBe('—');
    // In their unit, with no digits they don't need and never a trailing dot.
    expect(formatKpiValue('Percent', 0.035, 'USD')).toBe('3.5%');
    expect(formatKpiValue('Percent', 0.04, 'USD')).toBe('4%');
    expect(formatKpiValue('Percent', 0.1234, 'USD')).toBe('12.34%');
    expect(formatKpiValue('Money', 0.5, 'EUR')).toBe('€0.50');
    expect(formatKpiValue('Count', 4_000_000, 'USD')).toBe('4,000,000');
    expect(formatKpiValue('Number', 2.75, 'USD')).toBe('2.75');
    expect(formatKpiValue('Number', 3, 'USD')).toBe('3');
  });
});

describe('file names', () => {
  it('names each file after the client, campaign, artefact and date, never reusing a name', () => {
    const first = outputFileName('Lumen Skin', 'Barrier launch', 'clientReport', '2026-11-24');
    expect(first).toBe('Lumen Skin — Barrier launch — Client report (2026-11-24)');
    expect(outputFileName('Lumen Skin', 'Barrier launch', 'clientReport', '2026-11-24', [first])).toBe(`${first} (2)`);
    expect(outputFileName('Lumen Skin', 'Barrier launch', 'clientReport', '2026-11-24', [first, `${first} (2)`])).toBe(`${first} (3)`);
    expect(outputFileName('Lumen\nSkin', '', 'deck', '2026-11-24')).toBe('Lumen Skin — Campaign — Renewal slides (2026-11-24)');
  });

  it('reads the file id out of a Docs, Slides or Drive link', () => {
    const id = '1AbCdEfGhIjKlMnOpQrStUvWxYz_-0123456789';
    expect(fileIdFromUrl(`https://docs.google.com/document/d/${id}/edit?tab=t.0`)).toBe(id);
    expect(fileIdFromUrl(`https://docs.google.com/presentation/d/${id}/edit#slide=id.p`)).toBe(id);
    expect(fileIdFromUrl(`https://drive.google.com/open?id=${id}`)).toBe(id);
    expect(fileIdFromUrl(`  ${id} `)).toBe(id);
    expect(fileIdFromUrl('https://example.com/not-a-doc')).toBeUndefined();
  });
});
