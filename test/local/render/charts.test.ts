// Charts drawn locally: column and bar charts as SVG (negative values across a zero line, the title escaped) and
// rasterised to PNG with resvg at the size asked for.
import { describe, expect, it } from 'vitest';
import { renderChartPng } from '../../../src/local/render/charts/chart-png.ts';
import { renderChartSvg, type ChartData } from '../../../src/local/render/charts/chart-svg.ts';
import { pngSize } from '../../../src/domain/reports/deck-fill.ts';
import { formatValue } from '../../../src/local/emulator/sheets/number-format.ts';

const variance: ChartData = {
  type: 'BAR', title: 'Variance <per> KPI & "more"', categories: ['Reach', 'Clicks', 'Sales'],
  series: [{ name: 'Variance', values: [0.12, -0.3, null] }], format: (v) => `${Math.round(v * 100)}%`,
};

describe('chart rendering', () => {
  it('draws one bar per value, on both sides of zero, with the title escaped', () => {
    const svg = renderChartSvg(variance);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('Variance &lt;per&gt; KPI &amp; &quot;more&quot;');
    const bars = [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="[\d.]+" fill="#4285f4"\/>/g)];
    expect(bars).toHaveLength(2); // the missing value draws nothing
    const [reach, clicks] = bars.map((m) => ({ x: Number(m[1]), width: Number(m[2]) }));
    expect(clicks!.x + clicks!.width).toBeCloseTo(reach!.x, 0); // -30% ends where +12% starts: at zero
    expect(clicks!.width).toBeGreaterThan(reach!.width);
    expect(svg).toContain('>-30%<');
  });

  it('draws columns for a column chart and rasterises to a PNG of the size asked for', () => {
    const svg = renderChartSvg({ ...variance, type: 'COLUMN', series: [{ name: 'CPE', values: [0.3, 0.46, 0.6] }] }, 400, 250);
    expect(svg.match(/fill="#4285f4"/g)).toHaveLength(3);
    const png = renderChartPng({ ...variance, type: 'COLUMN' }, 400, 250);
    expect(pngSize(png)).toEqual({ width: 400, height: 250 });
  });

  it('labels the zero tick "0%", never "-0%", in the report’s axis format, whatever float noise the steps carry', () => {
    // −25.7% to +18.8% ticks by 0.1 from −0.3: adding 0.1 three times to −0.3 leaves −5.6e-17, a "-0%".
    const svg = renderChartSvg({ ...variance, title: '', series: [{ name: 'Variance', values: [-0.257, 0.188, 0.05] }], format: (v) => formatValue(v, '+0%;-0%;0%') });
    const labels = [...svg.matchAll(/>([^<>]*%)</g)].map((m) => m[1]);
    expect(labels).toEqual(expect.arrayContaining(['-30%', '-10%', '0%', '+10%', '+20%']));
    expect(labels).not.toContain('-0%');
  });
});
