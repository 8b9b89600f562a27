// An export file's bytes as text: UTF-16LE or UTF-16BE with a byte-order mark (Instagram's per-metric and Excel's
// "Unicode text" exports), UTF-8 with or without one. Node-only; the domain reads the text (domain/exports/).
export function exportText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}
