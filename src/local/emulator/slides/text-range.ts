// SlidesApp's TextRange and Paragraph over the text of one shape or table cell. A shape's getText()
// spans its whole text, closing newline included; edits land before that newline, which can't be removed.
// Google: https://developers.google.com/apps-script/reference/slides/text-range,
//   https://developers.google.com/apps-script/reference/slides/paragraph
import { AppsScriptException } from '../errors.ts';
import { overload, type OpenPresentation } from './runtime.ts';
import * as text from './text.ts';
import { hostRuns, setHostRuns, type TextHost } from './text-host.ts';
import { TextStyleFake } from './text-style.ts';

/** Not verified against Google: offsets outside a TextRange. */
function badOffset(): AppsScriptException {
  return new AppsScriptException('Invalid argument: the offsets are out of the bounds of the text range.');
}

export class TextRangeFake {
  /** `end` undefined: the range follows the whole text as it changes. */
  constructor(private readonly _s: OpenPresentation, private readonly _host: TextHost, private readonly _start = 0, private readonly _end?: number) {}

  _bounds(): { start: number; end: number; body: number; full: string } {
    const runs = hostRuns(this._s.model(), this._host);
    const full = text.withFinalNewline(runs);
    return { start: this._start, end: this._end ?? full.length, body: text.plainText(runs).length, full };
  }

  private _range(start: number, end?: number): TextRangeFake {
    return this._s.runtime.track('TextRange', new TextRangeFake(this._s, this._host, start, end));
  }

  /** Replaces [start, end) of the body (never the closing newline) and answers the range of the new text. */
  private _splice(start: number, end: number, inserted: string): TextRangeFake {
    const host = this._host;
    this._s.edit((m) => setHostRuns(m, host, text.replaceRange(hostRuns(m, host), start, end, inserted)));
    return this._range(start, start + inserted.length);
  }

  asString(): string {
    const b = this._bounds();
    return b.full.slice(b.start, b.end);
  }






  setText(newText: unknown): TextRangeFake {
    overload('SlidesApp.TextRange.setText', [newText], ['string']);
    const b = this._bounds();
    return this._splice(b.start, Math.min(b.end, b.body), newText as string);
  }

  appendText(appended: unknown): TextRangeFake {
    overload('SlidesApp.TextRange.appendText', [appended], ['string']);
    const b = this._bounds();
    const at = Math.min(b.end, b.body);
    return this._splice(at, at, appended as string);
  }



  getRange(startOffset: unknown, endOffset: unknown): TextRangeFake {
    overload('SlidesApp.TextRange.getRange', [startOffset, endOffset], ['number', 'number']);
    const b = this._bounds();
    const [from, to] = [b.start + (startOffset as number), b.start + (endOffset as number)];
    if ((startOffset as number) < 0 || from > to || to > b.end) throw badOffset();
    return this._range(from, to);
  }

  /** Literal, like Presentation.replaceAllText; only inside this range. */
  replaceAllText(...args: unknown[]): number {
    overload('SlidesApp.TextRange.replaceAllText', args, ['string', 'string'], ['string', 'string', 'boolean']);
    const [find, replacement, matchCase = false] = args as [string, string, boolean?];
    const b = this._bounds();
    const [from, to] = [b.start, Math.min(b.end, b.body)];
    const host = this._host;
    let count = 0;
    this._s.edit((m) => {
      const runs = hostRuns(m, host);
      const body = text.plainText(runs);
      const hits = text.findLiteral(body.slice(from, to), find, matchCase);
      let next = runs;
      for (const at of [...hits].reverse()) next = text.replaceRange(next, from + at, from + at + find.length, replacement);
      setHostRuns(m, host, next);
      count = hits.length;
    });
    return count;
  }

  getTextStyle(): TextStyleFake {
    const b = this._bounds();
    return this._s.runtime.track('TextStyle', new TextStyleFake(this._s, this._host, b.start, Math.min(b.end, b.body)));
  }

  getParagraphs(): ParagraphFake[] {
    const b = this._bounds();
    const out: ParagraphFake[] = [];
    let start = 0;
    b.full.split('\n').slice(0, -1).forEach((line, index) => {
      const end = start + line.length + 1;
      if (end > b.start && start < b.end) out.push(this._s.runtime.track('Paragraph', new ParagraphFake(index, this._range(start, end))));
      start = end;
    });
    return out;
  }
}

export class ParagraphFake {
  constructor(_index: number, _rangeOf: TextRangeFake) {}


}
