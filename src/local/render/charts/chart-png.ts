// Rasterises a chart's SVG to PNG with resvg (@resvg/resvg-js, its prebuilt binary shipped in an npm package),
// using the machine's fonts for the labels.
import { Resvg } from '@resvg/resvg-js';
import { renderChartSvg, type ChartData } from './chart-svg.ts';

export function svgToPng(svg: string): Uint8Array {
  const image = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' }, background: '#ffffff' }).render();
  return new Uint8Array(image.asPng());
}

export function renderChartPng(data: ChartData, width = 600, height = 371): Uint8Array {
  return svgToPng(renderChartSvg(data, width, height));
}
