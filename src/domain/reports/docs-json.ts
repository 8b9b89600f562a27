// Reading the Docs API's Document resource (Docs.Documents.get): the few fields Debrief needs, each paragraph's
// text with its runs joined (so a placeholder split by formatting reads whole) and its index range.
import { placeholdersIn } from './placeholders.ts';

interface TextStyleJson { link?: { url?: string } }
export interface ParagraphElementJson {
  startIndex?: number;
  endIndex?: number;
  textRun?: { content?: string; textStyle?: TextStyleJson };
  pageBreak?: unknown;
}
export interface StructuralElementJson {
  startIndex?: number; // proto3 JSON leaves out a 0
  endIndex?: number;
  paragraph?: {
    elements?: ParagraphElementJson[];
    paragraphStyle?: { namedStyleType?: string };
    bullet?: { listId?: string; nestingLevel?: number };
  };
  table?: { tableRows?: { tableCells?: { content?: StructuralElementJson[] }[] }[] };
  sectionBreak?: unknown;
  tableOfContents?: { content?: StructuralElementJson[] };
}
/** A Dimension: the API's lengths are in points. */
export interface DimensionJson {
  magnitude?: number;
  unit?: string;
}

export interface DocsJson {
  documentId?: string;
  documentStyle?: { pageSize?: { width?: DimensionJson; height?: DimensionJson }; marginLeft?: DimensionJson; marginRight?: DimensionJson; marginTop?: DimensionJson; marginBottom?: DimensionJson };
  title?: string;
  revisionId?: string;
  body?: { content?: StructuralElementJson[] };
  headers?: Record<string, { content?: StructuralElementJson[] }>;
  footers?: Record<string, { content?: StructuralElementJson[] }>;
}

export interface OutlineParagraph {
  start: number;
  end: number;
  style: string; // NORMAL_TEXT, HEADING_1…
  /** The paragraph's text without its closing newline. */
  text: string;
  bullet: boolean;
  links: string[];
}

export function paragraphOf(element: StructuralElementJson): OutlineParagraph | undefined {
  const p = element.paragraph;
  if (!p) return undefined;
  const runs = p.elements ?? [];
  return {
    start: element.startIndex ?? 0,
    end: element.endIndex ?? 0,
    style: p.paragraphStyle?.namedStyleType ?? 'NORMAL_TEXT',
    text: runs.map((r) => r.textRun?.content ?? '').join('').replace(/\n$/, ''),
    bullet: p.bullet !== undefined,
    links: runs.map((r) => r.textRun?.textStyle?.link?.url).filter((u): u is string => typeof u === 'string'),
  };
}

/** The body's top-level paragraphs in order (tables and other elements are skipped, never touched). */
export function bodyOutline(doc: DocsJson): OutlineParagraph[] {
  return (doc.body?.content ?? []).map(paragraphOf).filter((p): p is OutlineParagraph => p !== undefined);
}

/** Every paragraph's text under a list of structural elements, inside tables too. */
function textsUnder(content: readonly StructuralElementJson[] | undefined): string[] {
  return (content ?? []).flatMap((e) => {
    if (e.paragraph) return [paragraphOf(e)!.text];
    if (e.table) return (e.table.tableRows ?? []).flatMap((r) => (r.tableCells ?? []).flatMap((c) => textsUnder(c.content)));
    return [];
  });
}

export interface DocPlaceholders {
  body: string[];
  headers: string[];
  footers: string[];
  all: string[];
}

/** Which {{placeholders}} a Doc holds, per part (body, headers, footers). */
export function placeholdersInDoc(doc: DocsJson): DocPlaceholders {
  const names = (texts: string[]) => [...new Set(texts.flatMap(placeholdersIn))];
  const body = names(textsUnder(doc.body?.content));
  const headers = names(Object.values(doc.headers ?? {}).flatMap((h) => textsUnder(h.content)));
  const footers = names(Object.values(doc.footers ?? {}).flatMap((f) => textsUnder(f.content)));
  return { body, headers, footers, all: [...new Set([...body, ...headers, ...footers])] };
}
