// Document.RangeElement, what findText() returns, and the search/replace helpers every element shares: patterns
// are compiled once (RE2 checks included) and matched in each Text run separately.
// Google: https://developers.google.com/apps-script/reference/document/range-element,
//   https://developers.google.com/apps-script/reference/document/body#findText(String)
import { signatureMismatch } from '../../errors.ts';
import { unwrap } from '../../tracked.ts';
import type { TextNode } from '../model.ts';
import { compileSearchPattern } from '../regex.ts';
import type { DocSession } from '../session.ts';
import { findFirst, replaceAllIn, type TextMatch } from '../text-ops.ts';

export class RangeElementFake {
  constructor(private readonly _s: DocSession, private readonly _match: TextMatch) {}

  getElement(): unknown {
    return this._s.wrap(this._match.node);
  }

  getStartOffset(): number {
    return this._match.start;
  }

  getEndOffsetInclusive(): number {
    return this._match.end;
  }

  /** A findText() result covers some characters of its Text, and always reports them. */
  isPartial(): boolean {
    return true;
  }

  get _textMatch(): TextMatch {
    return this._match;
  }
}

export function findIn(session: DocSession, nodes: TextNode[], searchPattern: unknown, from: unknown): RangeElementFake | null {
  session.model();
  const compiled = compileSearchPattern(searchPattern);
  let start: TextMatch | undefined;
  if (from !== undefined && from !== null) {
    const raw = unwrap(from);
    if (!(raw instanceof RangeElementFake)) throw signatureMismatch('DocumentApp.Element.findText', [searchPattern, from]);
    start = raw._textMatch;
  }
  const match = findFirst(nodes, compiled, start);
  return match ? session.rt.track('Document.RangeElement', new RangeElementFake(session, match)) : null;
}

export function replaceIn(session: DocSession, nodes: TextNode[], searchPattern: unknown, replacement: unknown, method: string): void {
  session.model();
  if (typeof replacement !== 'string') throw signatureMismatch(method, [searchPattern, replacement]);
  const compiled = compileSearchPattern(searchPattern);
  let count = 0;
  for (const node of nodes) count += replaceAllIn(node, compiled, replacement);
  if (count > 0) session.changed();
}

