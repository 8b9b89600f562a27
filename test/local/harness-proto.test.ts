// Issue 11: `__proto__` and `constructor` keys in a payload cross the harness as plain data, as they do through
// google.script.run's JSON copy, never becoming the copy's prototype.
import { expect, it } from 'vitest';
import { loadBundle } from '../../src/local/harness.ts';
import { createLocalWorkspace } from '../../src/local/emulator/index.ts';

const CODE = `
function inspectPayload(v) {
  return { plain: Object.getPrototypeOf(v) === Object.prototype, keys: Object.keys(v), polluted: typeof v.polluted, proto: v.__proto__ && v.__proto__.polluted, ctor: v.constructor && v.constructor.x };
}`;

it('keeps __proto__ and constructor keys as plain properties of the argument', () => {
  const workspace = createLocalWorkspace();
  workspace.createSpreadsheet('Campaign');
  const bundle = loadBundle(workspace, { code: CODE });
  const payload = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"x": 1}, "name": "a"}');
  expect(bundle.run('inspectPayload', payload)).toEqual({ plain: true, keys: ['__proto__', 'constructor', 'name'], polluted: 'undefined', proto: true, ctor: 1 });
});
