// README's placeholder table is the registry's (src/domain/artefacts.ts), row for row: what each placeholder fills,
// and for each artefact whether it fills it or needs it. A placeholder or artefact added there shows here; when
// this fails, paste the table it prints into README.md.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTEFACT_NAMES, ARTEFACTS } from '../../../src/domain/artefacts.ts';
import { PLACEHOLDERS, token } from '../../../src/domain/reports/placeholders.ts';

function placeholderTable(): string {
  const header = ['placeholder', 'fills', ...ARTEFACTS.map((a) => ARTEFACT_NAMES[a].toLowerCase())];
  const rows = PLACEHOLDERS.map((p) => [
    `\`${token(p.name)}\``,
    p.help.replace(/\|/g, '\\|'),
    ...ARTEFACTS.map((a) => (p.requiredIn?.includes(a) ? 'required' : p.in.includes(a) ? 'yes' : '—')),
  ]);
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n').replace('| --- | --- |', '|---|---|').replace(/ --- \|/g, '---|');
}

describe('README’s placeholder table', () => {
  it('is the registry’s', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const table = placeholderTable();
    expect(readme.includes(table), `README.md should hold this table:\n${table}`).toBe(true);
  });
});
