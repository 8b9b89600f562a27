// The bundled layers import in one direction: no module of src/domain, src/gas or src/sidebar reaches itself
// again through its imports (type-only imports count too: a cycle of types is still two modules that can't be
// read, or changed, one without the other).
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [resolve(path)] : [];
  });
}

function cycles(root: string): string[] {
  const files = sources(root);
  const known = new Set(files);
  const imports = new Map(files.map((f) => [f, [...readFileSync(f, 'utf8').matchAll(/(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/g)]
    .map((m) => resolve(dirname(f), m[1] ?? '')).filter((p) => known.has(p))]));
  const found = new Set<string>();
  const path: string[] = [];
  const done = new Set<string>();
  const visit = (file: string) => {
    const at = path.indexOf(file);
    if (at >= 0) return void found.add(path.slice(at).map((p) => relative(root, p)).join(' → '));
    if (done.has(file)) return;
    path.push(file);
    for (const next of imports.get(file) ?? []) visit(next);
    path.pop();
    done.add(file);
  };
  for (const file of files) visit(file);
  return [...found];
}

describe('import cycles', () => {
  it.each(['src/domain', 'src/gas', 'src/sidebar'])('has none in %s', (root) => {
    expect(cycles(root)).toEqual([]);
  });

  it('finds one when there is one, type-only imports included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cycles-'));
    writeFileSync(join(dir, 'a.ts'), "import { b } from './b.ts';\nexport const a = b;\n");
    writeFileSync(join(dir, 'b.ts'), "import type { A } from './c.ts';\nexport const b: A = 1;\n");
    writeFileSync(join(dir, 'c.ts'), "import { a } from './a.ts';\nexport type A = typeof a;\n");
    expect(cycles(dir)).toEqual(['a.ts → b.ts → c.ts']);
  });
});
