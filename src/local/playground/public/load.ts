// Turns the files a person picked into a load request: one campaign JSON file, or CSV exports of creators and
// content pieces (the server maps their columns by header).
import type { LoadRequest } from '../protocol.ts';

const MAX_BYTES = 4 * 1024 * 1024;

export async function filesToLoadRequest(files: File[]): Promise<LoadRequest> {
  for (const file of files) {
    if (file.size > MAX_BYTES) throw new Error(`${file.name} is larger than 4 MB.`);
  }
  const read = async (file: File) => ({ name: file.name, text: await file.text() });
  const isJson = (f: File) => /\.json$/i.test(f.name) || f.type === 'application/json';
  const isCsv = (f: File) => /\.csv$/i.test(f.name) || f.type === 'text/csv';
  const [only] = files;
  if (files.length === 1 && only && isJson(only)) return { kind: 'json', file: await read(only) };
  if (files.length <= 2 && files.every(isCsv)) return { kind: 'csv', files: await Promise.all(files.map(read)) };
  throw new Error('pick one campaign file (.json), or the creators and content exports (.csv, one or both).');
}
