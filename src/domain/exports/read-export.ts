// A platform export read as campaign-file rows: which platform it is (Instagram content, TikTok Studio, YouTube
// Studio "Table data.csv", Shopify orders, GA4, or any influencer platform's creator or post export), each header's
// column (the tab specs' headers and aliases, English, German and Spanish) or why it was left out, totals and
// comment rows skipped, and the figures a person would compute by hand: engagements as likes + comments + shares +
// saves, Shopify orders per creator discount code (cancelled, unpaid and refunded orders out), GA4 sessions and
// purchases per creator by UTM source or campaign. Pure: the CLI and the playground decode the file and import.
import { mapHeaders } from '../tabs/headers.ts';
import { EXPORT_ALIASES } from './header-aliases.ts';
import { CONTENT_TAB, CREATORS_TAB } from '../tabs/index.ts';
import type { TableTabSpec } from '../tabs/spec.ts';
import { parseNumber } from '../values.ts';
import { parseDelimited } from './delimited.ts';

export type ExportPlatform = 'Instagram' | 'TikTok' | 'YouTube' | 'Shopify' | 'GA4' | 'Creators export' | 'Content export';

export interface HeaderMapping {
  header: string;
  /** The campaign file field it fills, or null when it is left out. */
  to: string | null;
  how?: string;
}

export interface ExportRead {
  file: string;
  platform: ExportPlatform;
  list: 'creators' | 'content';
  rows: Record<string, string | number>[];
  mapping: HeaderMapping[];
  /** Rows left out on purpose: totals, cancelled orders, traffic no creator's link brought. */
  skipped: string[];
  /** What a person should look at: a value that isn't a number, a code no creator has. */
  problems: string[];
}

export interface ExportOptions {
  /** The Creators tab's handles, as typed there: usernames, codes and UTM values are matched to them. */
  handles?: readonly string[];
  /** The person's own choices: a discount code or UTM value (any case) → the creator's handle. */
  attribution?: Readonly<Record<string, string>>;
  /** Whose account an export without a creator column (YouTube Studio, TikTok Studio) is. */
  creator?: string;
  locale?: string;
  /** The person's own mapping: a header → the column it fills, or null to leave it out (creator and post exports). */
  mapping?: Readonly<Record<string, string | null>>;
}

/** The columns a creator or post export can fill: the tab's input columns, by key and header. */
export function exportColumns(list: ExportRead['list']): { key: string; header: string }[] {
  const spec: TableTabSpec = list === 'content' ? CONTENT_TAB : CREATORS_TAB;
  return spec.columns.filter((c) => !c.formula).map((c) => ({ key: c.key, header: c.header }));
}

const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const TOTALS = new Set(['total', 'totals', 'grandtotal', 'gesamt', 'gesamtsumme', 'summe', 'totalgeneral']);

/** Likes, comments and shares have no column of their own: they are added into Engagements (with Saves). */
const PARTS: Record<'likes' | 'comments' | 'shares', readonly string[]> = {
  likes: ['Likes', 'Total likes', 'Gefällt mir', '„Gefällt mir“-Angaben', 'Gefällt mir-Angaben', 'Me gusta', 'Me gusta totales'],
  comments: ['Comments', 'Total comments', 'Comments added', 'Kommentare', 'Comentarios', 'Comentarios totales'],
  shares: ['Shares', 'Total shares', 'Geteilt', 'Geteilte Inhalte', 'Compartidos', 'Veces compartido', 'Compartidos totales'],
};
const partOf = (header: string) => (Object.keys(PARTS) as (keyof typeof PARTS)[]).find((k) => PARTS[k].some((a) => squash(a) === squash(header)));

function platformOf(headers: readonly string[]): ExportPlatform | undefined {
  const has = (...names: string[]) => names.some((n) => headers.some((h) => squash(h) === squash(n)));
  if (has('Discount Code') && has('Financial Status', 'Lineitem quantity')) return 'Shopify';
  if (has('Session campaign', 'Session source', 'Session source / medium', 'First user campaign', 'First user source')) return 'GA4';
  if (has('Content') && has('Video title') && has('Views', 'Engaged views')) return 'YouTube';
  if (has('Video link', 'Enlace del video', 'Videolink') || (has('Video title', 'Título del video', 'Videotitel') && has('Total views', 'Visualizaciones totales'))) return 'TikTok';
  if (has('Post ID', 'Beitrags-ID') && has('Permalink', 'Account username', 'Konto-Benutzername') && has('Post type', 'Beitragstyp')) return 'Instagram';
  return undefined;
}

/** A username, code or UTM value as the Creators tab types the handle; undefined when no handle matches. */
function knownHandle(value: string, options: ExportOptions): string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  const chosen = Object.entries(options.attribution ?? {}).find(([key]) => key.trim().toLowerCase() === v.toLowerCase());
  if (chosen) return chosen[1];
  const handles = options.handles ?? [];
  const bare = v.replace(/^@/, '').toLowerCase();
  // Usernames are case-insensitive on every platform; "maya.moves" and "maya_moves" are two accounts, never merged.
  const same = handles.filter((h) => h.trim().replace(/^@/, '').toLowerCase() === bare);
  return same.length === 1 ? same[0] : undefined;
}

const asHandle = (value: string, options: ExportOptions) => knownHandle(value, options) ?? (value.trim() && !value.trim().startsWith('@') ? `@${value.trim()}` : value.trim());

interface Grid { headers: string[]; body: { line: number; cells: string[] }[] }

function gridOf(text: string): Grid {
  const { rows } = parseDelimited(text);
  const [headers = [], ...rest] = rows;
  return { headers: headers.map((h) => h.trim()), body: rest.map((cells, i) => ({ line: i + 2, cells })) };
}

const isTotals = (cells: readonly string[]) => TOTALS.has(squash(cells.find((c) => c.trim() !== '') ?? ''));

function numberIn(raw: string | undefined, what: string, line: number, options: ExportOptions, problems: string[]): number | null {
  if (raw === undefined || raw.trim() === '') return null;
  const parsed = parseNumber(raw, options.locale);
  if (parsed.ok) return parsed.value;
  problems.push(`line ${line}: ${what} ${parsed.reason}; left out`);
  return null;
}

/** Posts or creators, each header to its column by the spec's names; likes, comments and shares summed in. */
function readTableExport(file: string, grid: Grid, platform: ExportPlatform, spec: TableTabSpec, options: ExportOptions): ExportRead {
  // A count of comments is a part of Engagements, not the Content tab's "Comment themes" text (key `comments`).
  const textColumn = (key: string | undefined) => spec.columns.some((c) => c.key === key && c.type === 'text');
  const auto = mapHeaders(spec, grid.headers, EXPORT_ALIASES).map((f, i) => (partOf(grid.headers[i] ?? '') && textColumn(f) ? undefined : f));
  // The person's choices first (a column they chose is taken from the header it had), then the names' own mapping.
  const inputs = new Set(spec.columns.filter((c) => !c.formula).map((c) => c.key));
  const chosen = (header: string) => (options.mapping && Object.keys(options.mapping).includes(header) ? options.mapping[header] : undefined);
  const claimed = new Set(grid.headers.map(chosen).filter((k): k is string => typeof k === 'string' && inputs.has(k)));
  const fields = grid.headers.map((header, i) => {
    const choice = chosen(header);
    if (choice === null) return undefined;
    if (typeof choice === 'string') return inputs.has(choice) ? choice : undefined;
    const f = auto[i];
    return f && claimed.has(f) ? undefined : f;
  });
  const parts = grid.headers.map((h, i) => (fields[i] || chosen(h) !== undefined ? undefined : partOf(h)));
  const summing = !fields.includes('engagements') && parts.some(Boolean);
  const saves = fields.indexOf('saves');
  const mapping: HeaderMapping[] = grid.headers.map((header, i) => {
    const field = fields[i];
    const yours = chosen(header) !== undefined ? 'as you chose' : undefined;
    if (field) return yours ? { header, to: field, how: yours } : { header, to: field };
    if (summing && parts[i] && chosen(header) === undefined) return { header, to: 'engagements', how: 'added into Engagements (likes + comments + shares + saves)' };
    return { header, to: null, how: yours ? 'left out, as you chose' : header ? 'no column of the tab means this' : 'no header' };
  });
  const savesMapping = mapping[saves];
  if (summing && savesMapping) mapping[saves] = { ...savesMapping, how: 'Saves, and added into Engagements' };
  const skipped: string[] = [];
  const problems: string[] = [];
  const rows: Record<string, string | number>[] = [];
  const identity: string = spec.identity ?? (spec === CONTENT_TAB ? 'id' : 'handle');
  const linkAt = fields.indexOf('url');
  for (const { line, cells } of grid.body) {
    if (isTotals(cells)) { skipped.push(`line ${line}: the "${cells.find((c) => c.trim())?.trim()}" row (totals, not a ${spec === CONTENT_TAB ? 'post' : 'creator'})`); continue; }
    const row: Record<string, string | number> = {};
    fields.forEach((field, i) => {
      const cell = (cells[i] ?? '').trim();
      if (field && cell !== '') row[field] = cell;
    });
    if (spec === CONTENT_TAB) {
      const link = linkAt >= 0 ? (cells[linkAt] ?? '').trim() : '';
      // TikTok Studio has no id column: the video's id is in its link (…/@user/video/7301…), else its title.
      if (row.id === undefined && platform === 'TikTok') {
        const id = /\/video\/(\d+)/.exec(link)?.[1] ?? (cells[grid.headers.findIndex((h) => /^(video title|título del video|videotitel)$/i.test(h))] ?? '').trim();
        if (id) row.id = id;
      }
      const owner = row.creator !== undefined ? String(row.creator) : /tiktok\.com\/@([\w.-]+)/.exec(link)?.[1] ?? options.creator;
      if (owner) row.creator = asHandle(owner, options);
      if (row.platform === undefined && (platform === 'Instagram' || platform === 'TikTok' || platform === 'YouTube')) row.platform = platform;
    } else if (row.handle !== undefined) row.handle = asHandle(String(row.handle), options);
    if (summing) {
      const counted = grid.headers.map((h, i) => (parts[i] || i === saves ? numberIn(cells[i], h, line, options, problems) : null));
      if (counted.some((n) => n !== null)) row.engagements = counted.reduce<number>((sum, n) => sum + (n ?? 0), 0);
    }
    if (row[identity] === undefined) {
      if (Object.keys(row).length) skipped.push(`line ${line}: no ${spec === CONTENT_TAB ? 'post id' : 'handle'}`);
      continue;
    }
    rows.push(row);
  }
  if (spec === CONTENT_TAB && rows.some((r) => r.creator === undefined)) {
    problems.push(`${file} doesn't say whose ${platform === 'YouTube' ? 'channel' : 'account'} it is: name the creator (--import @handle=${file}) so each post is theirs`);
  }
  return { file, platform, list: spec === CONTENT_TAB ? 'content' : 'creators', rows, mapping, skipped, problems };
}

/** Per-creator sums from rows attributed by `keyOf`; traffic or orders no creator brought are listed, not guessed. */
function attribute(groups: Map<string, { conversions: number; clicks?: number; note: string }>, handle: string | undefined, key: string, add: { conversions: number; clicks?: number }, skipped: string[], what: string) {
  if (!handle) { skipped.push(`${what} "${key}": no creator on the Creators tab has it (choose one to attribute it)`); return; }
  const sum = groups.get(handle) ?? { conversions: 0, note: key };
  sum.conversions += add.conversions;
  if (add.clicks !== undefined) sum.clicks = (sum.clicks ?? 0) + add.clicks;
  groups.set(handle, sum);
}

/** Shopify: one order per "Name" (its first line carries the order's fields), counted when paid and not cancelled. */
function readShopify(file: string, grid: Grid, options: ExportOptions): ExportRead {
  const at = (name: string) => grid.headers.findIndex((h) => squash(h) === squash(name));
  const [name, code, status, cancelled, total, refunded] = ['Name', 'Discount Code', 'Financial Status', 'Cancelled at', 'Total', 'Refunded Amount'].map(at);
  const skipped: string[] = [];
  const problems: string[] = [];
  const groups = new Map<string, { conversions: number; clicks?: number; note: string }>();
  const revenue = new Map<string, number>();
  const seen = new Set<string>();
  for (const { line, cells } of grid.body) {
    const order = (cells[name!] ?? '').trim() || `line ${line}`;
    const state = (cells[status!] ?? '').trim().toLowerCase();
    if (seen.has(order) || !state) continue; // a line item of an order already counted
    seen.add(order);
    const codes = (cells[code!] ?? '').split(',').map((c) => c.trim()).filter(Boolean);
    if (!codes.length) continue; // not a creator's order
    if ((cells[cancelled!] ?? '').trim()) { skipped.push(`order ${order}: cancelled`); continue; }
    if (!['paid', 'partially_refunded', 'partially refunded'].includes(state)) { skipped.push(`order ${order}: ${state}, not counted`); continue; }
    const chosen = knownHandle(codes[0]!, options);
    const spelled = chosen ? undefined : codeHandle(codes[0]!, options);
    if (spelled && !problems.some((p) => p.startsWith(`code "${codes[0]}"`))) problems.push(`code "${codes[0]}" read as ${spelled}'s (it spells the handle); choose another creator for it if it isn't theirs`);
    const handle = chosen ?? spelled;
    attribute(groups, handle, codes[0]!, { conversions: 1 }, skipped, 'discount code');
    if (handle) {
      const net = (numberIn(cells[total!], 'Total', line, options, problems) ?? 0) - (numberIn(cells[refunded!], 'Refunded Amount', line, options, problems) ?? 0);
      revenue.set(handle, (revenue.get(handle) ?? 0) + net);
    }
  }
  const rows = [...groups].map(([handle, sum]) => ({ handle, conversions: sum.conversions }));
  const mapping: HeaderMapping[] = grid.headers.map((header) => {
    const s = squash(header);
    if (s === 'discountcode') return { header, to: 'handle', how: 'each creator’s discount code (chosen, or the code spelling the handle)' };
    if (s === 'name') return { header, to: 'conversions', how: 'one conversion per paid order, cancelled and refunded orders out' };
    if (s === 'total' || s === 'refundedamount') return { header, to: null, how: 'net revenue per creator (Total − Refunded Amount), said in the summary: the tab has no revenue column' };
    return { header, to: null, how: 'not needed for conversions' };
  });
  for (const [handle, amount] of revenue) problems.push(`${handle}: ${groups.get(handle)?.conversions ?? 0} orders, ${Math.round(amount * 100) / 100} net revenue (not written: the Creators tab has no revenue column)`);
  return { file, platform: 'Shopify', list: 'creators', rows, mapping, skipped, problems };
}

/** A code that spells one handle once its trailing digits go ("MAYA15" for @maya): said in the mapping, never silent. */
function codeHandle(code: string, options: ExportOptions): string | undefined {
  const letters = squash(code).replace(/\d+$/, '');
  const matches = (options.handles ?? []).filter((h) => squash(h) === letters);
  return letters && matches.length === 1 ? matches[0] : undefined;
}

/** GA4: sessions (→ Clicks) and purchases or key events (→ Conversions) per creator, by UTM source or campaign. */
function readGa4(file: string, grid: Grid, options: ExportOptions): ExportRead {
  const at = (...names: string[]) => grid.headers.findIndex((h) => names.some((n) => squash(h) === squash(n)));
  const keys = [at('Session source', 'First user source'), at('Session source / medium'), at('Session campaign', 'First user campaign')].filter((i) => i >= 0);
  const sessions = at('Sessions');
  const conversions = at('Ecommerce purchases') >= 0 ? at('Ecommerce purchases') : at('Key events', 'Conversions');
  const skipped: string[] = [];
  const problems: string[] = [];
  const groups = new Map<string, { conversions: number; clicks?: number; note: string }>();
  for (const { line, cells } of grid.body) {
    if (isTotals(cells)) { skipped.push(`line ${line}: the totals row`); continue; }
    const clicks = numberIn(cells[sessions], 'Sessions', line, options, problems);
    const converted = numberIn(cells[conversions], grid.headers[conversions] ?? 'Conversions', line, options, problems);
    if (clicks === null && converted === null) { skipped.push(`line ${line}: no figures (a segment heading)`); continue; }
    const values = keys.map((i) => (cells[i] ?? '').split(' / ')[0]!.trim());
    const handle = values.map((v) => knownHandle(v, options)).find(Boolean);
    attribute(groups, handle, values.filter(Boolean).join(' / '), { conversions: converted ?? 0, clicks: clicks ?? 0 }, skipped, 'traffic from');
  }
  const rows = [...groups].map(([handle, sum]) => ({ handle, clicks: sum.clicks ?? 0, conversions: sum.conversions }));
  const mapping: HeaderMapping[] = grid.headers.map((header, i) => {
    if (keys.includes(i)) return { header, to: 'handle', how: 'the UTM value naming the creator (as their handle, or as chosen)' };
    if (i === sessions) return { header, to: 'clicks', how: 'sessions from the creator’s links' };
    if (i === conversions) return { header, to: 'conversions' };
    return { header, to: null, how: 'not needed for clicks and conversions' };
  });
  return { file, platform: 'GA4', list: 'creators', rows, mapping, skipped, problems };
}

/** Reads one export; throws with the file's name when it is neither a creators nor a posts export. */
export function readExport(file: string, text: string, options: ExportOptions = {}): ExportRead {
  let grid: Grid;
  try {
    grid = gridOf(text);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
  if (grid.headers.length === 0) throw new Error(`${file} is empty.`);
  const platform = platformOf(grid.headers);
  if (platform === 'Shopify') return readShopify(file, grid, options);
  if (platform === 'GA4') return readGa4(file, grid, options);
  if (platform) return readTableExport(file, grid, platform, CONTENT_TAB, options);
  // Posts when a post id column is there (an influencer platform's content export), else creators.
  if (mapHeaders(CONTENT_TAB, grid.headers, EXPORT_ALIASES).includes('id')) return readTableExport(file, grid, 'Content export', CONTENT_TAB, options);
  if (mapHeaders(CREATORS_TAB, grid.headers, EXPORT_ALIASES).includes('handle')) return readTableExport(file, grid, 'Creators export', CREATORS_TAB, options);
  throw new Error(`${file}: no "Handle" column (or Username, Creator…) and no post column (Post ID, Piece…) in its first row; its headers are ${grid.headers.filter(Boolean).map((h) => `"${h}"`).join(', ')}.`);
}
