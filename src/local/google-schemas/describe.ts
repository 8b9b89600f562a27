// Generates a machine-readable description of the Docs, Slides, Drive and Sheets REST APIs (every schema's fields with
// their types and enum values, every method's parameters and request body) from Google's published discovery
// documents, as carried by the discovery-generated typings @maxim_mazurok/gapi.client.{docs-v1,slides-v1,drive-v3,sheets-v4}
// (each file names the discovery URL and revision it was generated from). Read with the TypeScript compiler API;
// nothing here is copied by hand. The @googleapis/* client types drop enum lists, which the judge needs; the Slides
// typings (an older generator) drop them too, so Slides enum fields are judged as plain strings.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type ts from 'typescript';

export type ApiName = 'docs' | 'slides' | 'drive' | 'sheets';

export type FieldType =
  | { kind: 'string' }
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'any' }
  | { kind: 'enum'; values: string[] }
  /** A named schema of the API (a proto message). */
  | { kind: 'message'; name: string }
  /** A message declared inline in its parent (Drive's File.capabilities…). */
  | { kind: 'object'; fields: Record<string, FieldType> }
  | { kind: 'array'; items: FieldType }
  | { kind: 'map'; values: FieldType };

export interface ParamDescription {
  type: FieldType;
  required: boolean;
}

export interface MethodDescription {
  /** Path and query parameters by name (standard ones such as `fields` included). */
  params: Record<string, ParamDescription>;
  /** The request body's type; absent when the method takes none. */
  request?: FieldType;
}

export interface ApiDescription {
  api: ApiName;
  version: string;
  /** The discovery document the typings were generated from, and its revision. */
  discovery: string;
  revision: string;
  /** The proto package Google names in error messages ("type.googleapis.com/google.apps.docs.v1.…"). */
  protoPackage: string;
  schemas: Record<string, Record<string, FieldType>>;
  /** By REST method id without the API name: "documents.batchUpdate", "presentations.pages.get", "files.copy". */
  methods: Record<string, MethodDescription>;
}

export const TYPINGS: Record<ApiName, { pkg: string; version: string; protoPackage: string }> = {
  docs: { pkg: '@maxim_mazurok/gapi.client.docs-v1', version: 'v1', protoPackage: 'google.apps.docs.v1' },
  slides: { pkg: '@maxim_mazurok/gapi.client.slides-v1', version: 'v1', protoPackage: 'google.apps.slides.v1' },
  drive: { pkg: '@maxim_mazurok/gapi.client.drive-v3', version: 'v3', protoPackage: 'google.apps.drive.v3' },
  sheets: { pkg: '@maxim_mazurok/gapi.client.sheets-v4', version: 'v4', protoPackage: 'google.apps.sheets.v4' },
};

const require = createRequire(import.meta.url);
/**
 * The TypeScript compiler, loaded on the first description made: it is a large module (about 0.7 s to load), and
 * every process that finds the descriptions in the cache (each `debrief` command, each test worker) never needs it.
 */
let tsc: typeof ts;

/** The typings file of one API (its path, for the cache key as well as for reading). */
export function typingsPath(api: ApiName): string {
  return require.resolve(`${TYPINGS[api].pkg}/index.d.ts`);
}

class DescribeError extends Error {}

export function describeApi(api: ApiName, source = readFileSync(typingsPath(api), 'utf8')): ApiDescription {
  tsc ??= require('typescript') as typeof ts;
  const file = tsc.createSourceFile(`${api}.d.ts`, source, tsc.ScriptTarget.ES2020, true);
  const namespace = findNamespace(file, api);
  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  const roots: [string, string][] = [];
  for (const statement of namespace.statements) {
    if (tsc.isInterfaceDeclaration(statement)) interfaces.set(statement.name.text, statement);
    if (tsc.isVariableStatement(statement)) {
      for (const decl of statement.declarationList.declarations) {
        if (tsc.isIdentifier(decl.name) && decl.type && tsc.isTypeReferenceNode(decl.type)) roots.push([decl.name.text, decl.type.typeName.getText()]);
      }
    }
  }
  const resources = new Set(roots.map(([, type]) => type));
  const schemas: ApiDescription['schemas'] = {};
  for (const [name, decl] of interfaces) {
    if (!name.endsWith('Resource') || !isResource(decl)) schemas[name] = fieldsOf(decl.members, interfaces);
  }
  const methods: ApiDescription['methods'] = {};
  const walk = (prefix: string, typeName: string) => {
    const decl = interfaces.get(typeName);
    if (!decl) throw new DescribeError(`${api}: no interface ${typeName}`);
    for (const member of decl.members) {
      const name = member.name && tsc.isIdentifier(member.name) ? member.name.text : undefined;
      if (!name) continue;
      if (tsc.isMethodSignature(member)) {
        if (!methods[`${prefix}.${name}`]) methods[`${prefix}.${name}`] = methodOf(member, interfaces);
      } else if (tsc.isPropertySignature(member) && member.type && tsc.isTypeReferenceNode(member.type)) {
        walk(`${prefix}.${name}`, member.type.typeName.getText());
      }
    }
  };
  for (const [name, type] of roots) walk(name, type);
  if (Object.keys(methods).length === 0 || resources.size === 0) throw new DescribeError(`${api}: the typings declare no methods`);
  const discovery = /Generated from: (\S+)/.exec(source)?.[1] ?? '';
  const revision = /Revision: (\d+)/.exec(source)?.[1] ?? '';
  return { api, version: TYPINGS[api].version, discovery, revision, protoPackage: TYPINGS[api].protoPackage, schemas, methods };
}

function findNamespace(file: ts.SourceFile, api: string): ts.ModuleBlock {
  let found: ts.ModuleBlock | undefined;
  const visit = (node: ts.Node) => {
    if (tsc.isModuleDeclaration(node) && node.name.getText() === api && node.body && tsc.isModuleBlock(node.body)) found = node.body;
    else tsc.forEachChild(node, visit);
  };
  visit(file);
  if (!found) throw new DescribeError(`the typings declare no namespace ${api}`);
  return found;
}

/** A resource interface holds methods (and sub-resources), never data fields. */
function isResource(decl: ts.InterfaceDeclaration): boolean {
  return decl.members.some((m) => tsc.isMethodSignature(m));
}

function methodOf(member: ts.MethodSignature, interfaces: Map<string, ts.InterfaceDeclaration>): MethodDescription {
  // The first overload takes one object: the parameters, plus `resource` (the body) when the method has one.
  const request = member.parameters[0]?.type;
  const params: Record<string, ParamDescription> = {};
  let body: FieldType | undefined;
  if (request && tsc.isTypeLiteralNode(request)) {
    for (const m of request.members) {
      if (!tsc.isPropertySignature(m) || !m.type) continue;
      const name = propertyName(m.name);
      const type = typeOf(m.type, interfaces);
      if (name === 'resource') body = type;
      else params[name] = { type, required: !m.questionToken };
    }
  }
  return body ? { params, request: body } : { params };
}

function propertyName(name: ts.PropertyName): string {
  if (tsc.isIdentifier(name) || tsc.isStringLiteral(name)) return name.text;
  throw new DescribeError(`unexpected property name ${name.getText()}`);
}

function fieldsOf(members: ts.NodeArray<ts.TypeElement>, interfaces: Map<string, ts.InterfaceDeclaration>): Record<string, FieldType> {
  const fields: Record<string, FieldType> = {};
  for (const m of members) {
    if (tsc.isPropertySignature(m) && m.type) fields[propertyName(m.name)] = typeOf(m.type, interfaces);
  }
  return fields;
}

function typeOf(node: ts.TypeNode, interfaces: Map<string, ts.InterfaceDeclaration>): FieldType {
  switch (node.kind) {
    case tsc.SyntaxKind.StringKeyword:
      return { kind: 'string' };
    case tsc.SyntaxKind.NumberKeyword:
      return { kind: 'number' };
    case tsc.SyntaxKind.BooleanKeyword:
      return { kind: 'boolean' };
    case tsc.SyntaxKind.AnyKeyword:
    case tsc.SyntaxKind.UnknownKeyword:
    case tsc.SyntaxKind.ObjectKeyword:
      return { kind: 'any' };
  }
  if (tsc.isParenthesizedTypeNode(node)) return typeOf(node.type, interfaces);
  if (tsc.isArrayTypeNode(node)) return { kind: 'array', items: typeOf(node.elementType, interfaces) };
  if (tsc.isLiteralTypeNode(node) && tsc.isStringLiteral(node.literal)) return { kind: 'enum', values: [node.literal.text] };
  if (tsc.isUnionTypeNode(node)) {
    // A repeated query parameter (Sheets' `ranges`) is typed `string | string[]`: one value or several.
    const [one, many] = node.types;
    if (node.types.length === 2 && one && many && tsc.isArrayTypeNode(many) && many.elementType.kind === one.kind && !tsc.isLiteralTypeNode(one)) {
      return { kind: 'array', items: typeOf(one, interfaces) };
    }
    const values: string[] = [];
    let repeated = false;
    node.types.forEach((t, i) => {
      // The generator writes a repeated enum as `'A' | 'B'[]` (meant: ('A' | 'B')[]), the `[]` on the last member.
      const arrayed = i === node.types.length - 1 && tsc.isArrayTypeNode(t);
      if (arrayed) repeated = true;
      const literal = arrayed ? t.elementType : t;
      if (tsc.isLiteralTypeNode(literal) && tsc.isStringLiteral(literal.literal)) values.push(literal.literal.text);
      else throw new DescribeError(`unexpected union member ${t.getText()}`);
    });
    return repeated ? { kind: 'array', items: { kind: 'enum', values } } : { kind: 'enum', values };
  }
  if (tsc.isMappedTypeNode(node) && node.type) return { kind: 'map', values: typeOf(node.type, interfaces) };
  if (tsc.isTypeLiteralNode(node)) {
    const index = node.members.find(tsc.isIndexSignatureDeclaration);
    if (index) return { kind: 'map', values: typeOf(index.type, interfaces) };
    return { kind: 'object', fields: fieldsOf(node.members, interfaces) };
  }
  if (tsc.isTypeReferenceNode(node)) {
    const name = node.typeName.getText();
    if (name === 'Array' && node.typeArguments?.[0]) return { kind: 'array', items: typeOf(node.typeArguments[0], interfaces) };
    if (interfaces.has(name)) return { kind: 'message', name };
  }
  throw new DescribeError(`unexpected type ${node.getText()}`);
}
