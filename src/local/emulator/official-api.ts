// Reads @types/google-apps-script to learn each class's official member names, so the local Workspace can
// refuse to be more generous than Apps Script (no extra public methods) and fail loudly on unimplemented ones.
// Google: https://developers.google.com/apps-script/reference
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type ts from 'typescript';

/** Member names per interface, keyed "Namespace.Interface", e.g. "Spreadsheet.Range". */
export type OfficialApi = ReadonlyMap<string, ReadonlySet<string>>;

interface Declared {
  members: Set<string>;
  /** Interfaces named in `extends` (Document.Paragraph extends Element): their members are official too. */
  bases: string[];
}

/**
 * Members Google's reference documents that @types/google-apps-script 2.0.x doesn't declare yet, each with its page.
 * Kept short and cited: anything else missing from the types is not official.
 */
const DOCUMENTED_BEYOND_TYPES: Record<string, readonly string[]> = {
  // https://developers.google.com/apps-script/reference/script/authorization-info#getAuthorizedScopes() (granular consent, 2025)
  'Script.AuthorizationInfo': ['getAuthorizedScopes'],
};

let cached: OfficialApi | undefined;
let cachedEnums: OfficialApi | undefined;

export function officialApi(): OfficialApi {
  if (!cached) load();
  return cached as OfficialApi;
}

/** Value names per enum, keyed like classes: "Spreadsheet.DataValidationCriteria" → VALUE_IN_LIST, CHECKBOX… */
export function officialEnums(): OfficialApi {
  if (!cachedEnums) load();
  return cachedEnums as OfficialApi;
}

/**
 * Parsing the types takes about a second (TypeScript itself is a large module), once per process; every test
 * file's fresh module registry would pay it again. So the parse is kept in node_modules/.cache, keyed by the
 * declaration files' names, sizes and times, and TypeScript is loaded only to make it.
 */
interface CacheFile {
  key: string;
  api: Record<string, string[]>;
  enums: Record<string, string[]>;
}

const toMap = (record: Record<string, string[]>) => new Map(Object.entries(record).map(([key, names]) => [key, new Set(names)]));
const toRecord = (map: ReadonlyMap<string, ReadonlySet<string>>) => Object.fromEntries([...map].map(([key, names]) => [key, [...names]]));

function load(): void {
  const require = createRequire(import.meta.url);
  const typesDir = dirname(require.resolve('@types/google-apps-script/package.json'));
  // apis/*.d.ts holds the Advanced Services ("Slides.Collection.PresentationsCollection", "Docs.Collection…").
  const files = [typesDir, join(typesDir, 'apis')].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.d.ts')).map((f) => join(dir, f)));
  const key = JSON.stringify([DOCUMENTED_BEYOND_TYPES, files.map((file) => [file, statSync(file).size, statSync(file).mtimeMs])]);
  const cacheFile = join(typesDir, '..', '..', '.cache', 'debrief', 'official-api.json');
  try {
    const saved = JSON.parse(readFileSync(cacheFile, 'utf8')) as CacheFile;
    if (saved.key === key) {
      cached = toMap(saved.api);
      cachedEnums = toMap(saved.enums);
      return;
    }
  } catch {
    // no cache yet, or an unreadable one: parse
  }
  const typescript = require('typescript') as typeof ts;
  const declared = new Map<string, Declared>();
  const enums = new Map<string, Set<string>>();
  for (const file of files) collect(typescript, typescript.createSourceFile(file, readFileSync(file, 'utf8'), typescript.ScriptTarget.ES2020), [], declared, enums);
  const api = new Map<string, Set<string>>();
  for (const name of declared.keys()) api.set(name, withInherited(name, declared, new Set()));
  for (const [name, members] of Object.entries(DOCUMENTED_BEYOND_TYPES)) for (const member of members) api.get(name)?.add(member);
  cached = api;
  cachedEnums = enums;
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    const temporary = `${cacheFile}.${process.pid}`;
    writeFileSync(temporary, JSON.stringify({ key, api: toRecord(api), enums: toRecord(enums) } satisfies CacheFile));
    renameSync(temporary, cacheFile); // atomic, so parallel test workers never read half a file
  } catch {
    // a read-only node_modules: parse again next time
  }
}

function collect(ts: typeof import('typescript'), node: ts.Node, namespace: string[], declared: Map<string, Declared>, enums: Map<string, Set<string>>): void {
  if (ts.isModuleDeclaration(node)) {
    const path = [...namespace, node.name.text];
    if (node.body) ts.forEachChild(node.body, (child) => collect(ts, child, path, declared, enums));
    return;
  }
  if (ts.isEnumDeclaration(node)) {
    const names = node.members.filter((m) => ts.isIdentifier(m.name)).map((m) => (m.name as ts.Identifier).text);
    enums.set([...namespace.slice(1), node.name.text].join('.'), new Set(names));
    return;
  }
  if (ts.isInterfaceDeclaration(node)) {
    // "GoogleAppsScript.Spreadsheet.Range" is known as "Spreadsheet.Range".
    const prefix = namespace.slice(1);
    const key = [...prefix, node.name.text].join('.');
    const entry = declared.get(key) ?? { members: new Set<string>(), bases: [] };
    for (const member of node.members) {
      if (member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))) entry.members.add(member.name.text);
    }
    for (const clause of node.heritageClauses ?? []) {
      for (const type of clause.types) {
        if (ts.isIdentifier(type.expression)) entry.bases.push([...prefix, type.expression.text].join('.'));
      }
    }
    declared.set(key, entry);
    return;
  }
  ts.forEachChild(node, (child) => collect(ts, child, namespace, declared, enums));
}

function withInherited(key: string, declared: Map<string, Declared>, seen: Set<string>): Set<string> {
  const entry = declared.get(key);
  const members = new Set(entry?.members);
  if (!entry || seen.has(key)) return members;
  seen.add(key);
  for (const base of entry.bases) for (const name of withInherited(base, declared, seen)) members.add(name);
  return members;
}

/** The official members of one class; throws if the class itself is not in the official types. */
export function officialMembers(qualifiedClass: string): ReadonlySet<string> {
  const members = officialApi().get(qualifiedClass);
  if (!members) throw new Error(`local Workspace: ${qualifiedClass} is not a class in @types/google-apps-script`);
  return members;
}

/** The official value names of one enum; throws if the enum is not in the official types. */
export function officialEnumValues(qualifiedEnum: string): ReadonlySet<string> {
  const values = officialEnums().get(qualifiedEnum);
  if (!values) throw new Error(`local Workspace: ${qualifiedEnum} is not an enum in @types/google-apps-script`);
  return values;
}
