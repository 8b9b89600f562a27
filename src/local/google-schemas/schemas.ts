// The generated API descriptions, made on first use and kept in node_modules/.cache (keyed by the typings'
// and the generator's content, so a new typings release or a generator change regenerates them). Never
// committed, never bundled: `build/Code.js` knows nothing of them.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeApi, typingsPath, type ApiDescription, type ApiName } from './describe.ts';

const GENERATOR = fileURLToPath(new URL('./describe.ts', import.meta.url));
const loaded = new Map<ApiName, ApiDescription>();

function cacheFile(api: ApiName, typings: string): string {
  const key = createHash('sha256').update(typings).update(readFileSync(GENERATOR)).digest('hex').slice(0, 16);
  // typings live at node_modules/@scope/pkg/index.d.ts
  return join(dirname(typingsPath(api)), '..', '..', '.cache', 'debrief-google-schemas', `${api}-${key}.json`);
}

/** The description of one API (generated from its typings, or read from the cache). */
export function googleApi(api: ApiName): ApiDescription {
  const known = loaded.get(api);
  if (known) return known;
  const typings = readFileSync(typingsPath(api), 'utf8');
  const file = cacheFile(api, typings);
  let description: ApiDescription | undefined;
  try {
    description = JSON.parse(readFileSync(file, 'utf8')) as ApiDescription;
  } catch {
    description = describeApi(api, typings);
    try {
      mkdirSync(dirname(file), { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(description));
      renameSync(temp, file); // atomic: parallel test workers never read half a file
    } catch {
      // a read-only node_modules only costs the next process a regeneration
    }
  }
  loaded.set(api, description);
  return description;
}
