// Platform exports as text rows: a byte-order mark, Excel's "sep=;" first line, comment lines ("# …" before GA4's
// header), blank lines, RFC 4180 quoting (commas, line breaks and doubled quotes in a field), and the delimiter
// (comma, semicolon from a German or Spanish Excel, or tab) told from the header line when no "sep=" names it.

export interface DelimitedText {
  rows: string[][];
  delimiter: string;
}

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter the header line uses most, outside quotes (comma when it uses none). */
function sniff(line: string): string {
  let quoted = false;
  const counts = new Map<string, number>();
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (DELIMITERS as readonly string[]).includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

export function parseDelimited(input: string): DelimitedText {
  let text = input.replace(/^\uFEFF/, '');
  let delimiter: string | undefined;
  // Lines before the header: "sep=," names the delimiter; "#" lines and blank lines are comments.
  for (;;) {
    const end = text.search(/\r?\n|\r|$/);
    const line = text.slice(0, end);
    const sep = /^"?sep=(.)"?\s*$/i.exec(line);
    if (sep) delimiter = sep[1];
    else if (!(line.trim() === '' || /^\s*#/.test(line)) || end >= text.length) break;
    text = text.slice(end).replace(/^\r?\n|^\r/, '');
  }
  const sep = delimiter ?? sniff(text.slice(0, text.search(/\r?\n|\r|$/)));
  const rows = splitDelimited(text, sep);
  // Blank rows, and comment rows after the header (a "#" first cell with nothing else), carry nothing.
  const kept = rows.filter((r) => r.some((cell) => cell.trim() !== '') && !(/^\s*#/.test(r[0] ?? '') && r.slice(1).every((c) => c.trim() === '')));
  return { rows: kept, delimiter: sep };
}

/**
 * RFC 4180 rows split by `sep`: quoted fields may hold the delimiter, line breaks and doubled quotes; CRLF, LF or CR
 * rows; every row kept, blank ones too. Throws when a quoted field is never closed.
 */
export function splitDelimited(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      }
      else quoted = false;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (quoted) throw new Error('a quoted field is never closed');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
