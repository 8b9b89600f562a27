import { readFileSync, readdirSync } from 'node:fs';
import ts from 'typescript';
import { officialApi } from '/work/main/src/local/workspace/official-api.ts';
const dir = '/work/main/node_modules/@types/google-apps-script';
const keys = new Map<string, Set<string>>();
function collect(node: ts.Node, ns: string[]) {
  if (ts.isModuleDeclaration(node)) { const p=[...ns,node.name.text]; if (node.body) ts.forEachChild(node.body,c=>collect(c,p)); return; }
  if (ts.isInterfaceDeclaration(node)) { const k=[...ns.slice(1),node.name.text].join('.'); const s=keys.get(k)??new Set(); for (const m of node.members) if (m.name && (ts.isIdentifier(m.name)||ts.isStringLiteral(m.name))) s.add(m.name.text); keys.set(k,s); return; }
  ts.forEachChild(node,c=>collect(c,ns));
}
for (const f of readdirSync(dir).filter(f=>f.endsWith('.d.ts'))) collect(ts.createSourceFile(f, readFileSync(dir+'/'+f,'utf8'), ts.ScriptTarget.ES2020), []);
const api = officialApi(); let bad = 0;
for (const [k, s] of keys) { const now = api.get(k)!; for (const m of now) if (!s.has(m)) { /* inherited ok */ } }
// check own-members additions from apis: re-collect apis only and find overlapping keys
const apiKeys = new Map<string, Set<string>>(); 
const save = new Map(keys); keys.clear();
for (const f of readdirSync(dir+'/apis').filter(f=>f.endsWith('.d.ts'))) collect(ts.createSourceFile(f, readFileSync(dir+'/apis/'+f,'utf8'), ts.ScriptTarget.ES2020), []);
for (const k of keys.keys()) if (save.has(k)) { console.log('overlap', k); bad++; }
console.log('overlaps', bad);
