// A small tab for the tabs tests: an identity, text, a count, a choice with an alias, and two formula columns side
// by side, so every rule of read, plan and layout shows on a few cells.
import { EVERYONE, ratio, type TableTabSpec } from '../../../src/domain/tabs/spec.ts';

export const TEST_TAB = {
  kind: 'table',
  name: 'Test',
  key: 'tests',
  identity: 'id',
  purpose: 'For tests.',
  columns: [
    { key: 'id', header: 'Id', type: 'text', help: 'Identity.', audience: EVERYONE },
    { key: 'size', header: 'Size', type: 'count', help: 'A count.', audience: EVERYONE },
    { key: 'hits', header: 'Hits', type: 'count', help: 'Another count.', audience: EVERYONE },
    { key: 'rate', header: 'Rate', type: 'rate', help: 'Hits ÷ size.', formula: (r) => ratio(r('hits'), r('size')), audience: EVERYONE },
    { key: 'double', header: 'Double', type: 'count', help: 'Size × 2.', formula: (r) => `=IF(ISNUMBER(${r('size')}),${r('size')}*2,"")`, audience: EVERYONE },
    { key: 'kind', header: 'Kind', type: 'choice', choices: ['Alpha', 'Beta'], choiceAliases: { a: 'Alpha' }, help: 'A choice.', audience: EVERYONE },
  ],
  starterRows: [{ id: 'first' }, { id: 'second' }],
} as const satisfies TableTabSpec;

export const HEADERS = TEST_TAB.columns.map((c) => c.header);
