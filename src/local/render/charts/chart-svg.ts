// Draws a chart as SVG from its data: column charts (vertical bars) and bar charts (horizontal bars), one colour
// per series, negative values below (or left of) a zero line, a title and value gridlines. Used wherever a chart
// must be seen locally: EmbeddedChart.getAs('image/png') in the local Workspace, the playground and the renderings.
import { textWidth } from '../../../domain/reports/text-width.ts';

export interface ChartSeries {
  name: string;
  values: (number | null)[];
}

export interface ChartData {
  /** A Charts.ChartType name: COLUMN and BAR are drawn; any other is drawn as COLUMN. */
  type: string;
  title: string;
  categories: string[];
  series: ChartSeries[];
  /** How a value reads on the axis (e.g. "+12%"); numbers as they are otherwise. */
  format?: (value: number) => string;
  /** The series' colours (the chart's colors option); Google's default palette otherwise. */
  colors?: string[];
  /** Google Charts' fontSize option: every text's size in pixels (the title bold); 11 px labels and a 16 px title otherwise. */
  fontSize?: number;
  /** Google Charts' chartArea (pixels): where the bars go; room for labels worked out here otherwise. */
  chartArea?: { left?: number; top?: number; width?: number; height?: number };
}

const PALETTE = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc', '#00acc1'];
// Google Charts draws in Arial (its fontName default); Liberation Sans has Arial's metrics, so labels measure alike.
const FONT = 'Arial, Liberation Sans, DejaVu Sans, sans-serif';

export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** About five round steps covering [min, max], zero included. */
function ticks(min: number, max: number): number[] {
  const [low, high] = [Math.min(0, min), Math.max(0, max)];
  const span = high - low || 1;
  const raw = span / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  // Each tick a whole multiple of the step (adding steps up leaves float noise: -0.3 + 3 × 0.1 is -5.6e-17, which a
  // "+0%;-0%;0%" axis format writes as "-0%"); + 0 turns a -0 into 0.
  for (let k = Math.floor(low / step + 1e-9); k * step <= high + step * 1e-9; k++) out.push(Number((k * step).toPrecision(12)) + 0);
  if (out[out.length - 1]! < high) out.push(out[out.length - 1]! + step);
  return out;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** `text` in at most two lines of `room` pixels, broken between words, the second shortened if it must be. */
function twoLines(text: string, room: number, size: number): string[] {
  if (textWidth(text, size) <= room) return [text];
  const words = text.split(/\s+/);
  let first = '';
  while (words.length > 1 && textWidth(`${first} ${words[0]}`.trim(), size) <= room) first = `${first} ${words.shift()}`.trim();
  if (!first) return [clipTo(text, room, size)];
  return [first, clipTo(words.join(' '), room, size)];
}

/** `text` as it fits `room` pixels at `size`, shortened with "…" when it doesn't. */
function clipTo(text: string, room: number, size: number): string {
  if (textWidth(text, size) <= room) return text;
  let kept = text;
  while (kept.length > 1 && textWidth(`${kept}…`, size) > room) kept = kept.slice(0, -1);
  return `${kept.trimEnd()}…`;
}

/** The chart as a standalone SVG document of `width` × `height` pixels. */
export function renderChartSvg(data: ChartData, width = 600, height = 371): string {
  const format = data.format ?? ((v: number) => String(v));
  const values = data.series.flatMap((s) => s.values).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const scale = ticks(values.length ? Math.min(...values) : 0, values.length ? Math.max(...values) : 1);
  const [low, high] = [scale[0]!, scale[scale.length - 1]!];
  const horizontal = data.type === 'BAR';
  const size = data.fontSize ?? 11;
  const titleSize = data.fontSize ?? 16;
  const top = data.title ? 44 : 16;
  const labelRoom = horizontal ? Math.min(180, 12 + 7 * Math.max(4, ...data.categories.map((c) => Math.min(24, c.length)))) : 56;
  const area = data.chartArea ?? {};
  const plotLeft = area.left ?? labelRoom;
  const plotTop = area.top ?? top;
  const plot = {
    left: plotLeft, top: plotTop,
    right: area.width !== undefined ? plotLeft + area.width : width - 24,
    bottom: area.height !== undefined ? plotTop + area.height : height - (horizontal ? 36 : 48),
  };
  const along = (v: number) => (horizontal
    ? plot.left + ((v - low) / (high - low)) * (plot.right - plot.left)
    : plot.bottom - ((v - low) / (high - low)) * (plot.bottom - plot.top));
  const parts: string[] = [`<rect width="${width}" height="${height}" fill="#ffffff"/>`];
  // The title centred over the chart area, its baseline a line above it (Google's default title position).
  const titleY = data.chartArea ? Math.max(titleSize, plot.top - titleSize * 0.6) : 26;
  if (data.title) parts.push(`<text x="${width / 2}" y="${titleY.toFixed(1)}" text-anchor="middle" font-family="${FONT}" font-size="${titleSize}"${data.fontSize ? ' font-weight="bold"' : ''} fill="#202124">${escapeXml(clip(data.title, 70))}</text>`);
  for (const t of scale) {
    const p = along(t).toFixed(1);
    const label = escapeXml(format(t));
    parts.push(horizontal
      ? `<line x1="${p}" y1="${plot.top}" x2="${p}" y2="${plot.bottom}" stroke="${t === 0 ? '#5f6368' : '#e0e0e0'}"/><text x="${p}" y="${(plot.bottom + size * 1.4).toFixed(1)}" text-anchor="middle" font-family="${FONT}" font-size="${size}" fill="#5f6368">${label}</text>`
      : `<line x1="${plot.left}" y1="${p}" x2="${plot.right}" y2="${p}" stroke="${t === 0 ? '#5f6368' : '#e0e0e0'}"/><text x="${plot.left - 6}" y="${(Number(p) + size * 0.35).toFixed(1)}" text-anchor="end" font-family="${FONT}" font-size="${size}" fill="#5f6368">${label}</text>`);
  }
  const groups = Math.max(1, data.categories.length);
  const band = ((horizontal ? plot.bottom - plot.top : plot.right - plot.left) / groups);
  const barSize = (band * 0.7) / Math.max(1, data.series.length);
  data.categories.forEach((category, i) => {
    const start = (horizontal ? plot.top : plot.left) + i * band + band * 0.15;
    data.series.forEach((series, s) => {
      const value = series.values[i];
      if (typeof value !== 'number' || !Number.isFinite(value)) return;
      const [a, b] = [along(0), along(value)].sort((x, y) => x - y) as [number, number];
      const at = start + s * barSize;
      const palette = data.colors?.length ? data.colors : PALETTE;
      const fill = palette[s % palette.length];
      parts.push(horizontal
        ? `<rect x="${a.toFixed(1)}" y="${at.toFixed(1)}" width="${(b - a).toFixed(1)}" height="${barSize.toFixed(1)}" fill="${fill}"/>`
        : `<rect x="${at.toFixed(1)}" y="${a.toFixed(1)}" width="${barSize.toFixed(1)}" height="${(b - a).toFixed(1)}" fill="${fill}"/>`);
    });
    // A label is shortened with "…" to the room it has (Google's way), measured in Arial; under a column it may
    // take two lines first.
    const middle = (horizontal ? plot.top : plot.left) + i * band + band / 2;
    if (horizontal) {
      const label = escapeXml(clipTo(category, plot.left - 8, size));
      parts.push(`<text x="${plot.left - 6}" y="${(middle + size * 0.35).toFixed(1)}" text-anchor="end" font-family="${FONT}" font-size="${size}" fill="#202124">${label}</text>`);
    } else {
      twoLines(category, band - 4, size).forEach((line, n) => {
        parts.push(`<text x="${middle.toFixed(1)}" y="${(plot.bottom + size * (1.4 + n * 1.15)).toFixed(1)}" text-anchor="middle" font-family="${FONT}" font-size="${size}" fill="#202124">${escapeXml(line)}</text>`);
      });
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}
