// SlidesApp's TextStyle over a span of one text: setters edit every run in the span, getters answer null when
// the span mixes values (Apps Script's rule).
// Google: https://developers.google.com/apps-script/reference/slides/text-style
import { AppsScriptException } from '../errors.ts';
import { overload, type OpenPresentation } from './runtime.ts';
import * as text from './text.ts';
import type { RunStyle } from './text.ts';
import { hostRuns, setHostRuns, type TextHost } from './text-host.ts';

export class TextStyleFake {
  constructor(private readonly _s: OpenPresentation, private readonly _host: TextHost, private readonly _start: number, private readonly _end: number) {}

  private _set(method: string, value: unknown, kind: 'boolean' | 'number' | 'string', patch: Partial<RunStyle>): this {
    overload(`SlidesApp.TextStyle.${method}`, [value], [kind]);
    const { _host: host, _start: start, _end: end } = this;
    this._s.edit((m) => setHostRuns(m, host, text.restyle(hostRuns(m, host), start, end, patch)));
    return this;
  }

  private _get<F extends text.StyleField>(field: F): RunStyle[F] | null {
    return text.uniformStyle(hostRuns(this._s.model(), this._host), this._start, this._end, field);
  }

  setBold(bold: unknown): this {
    return this._set('setBold', bold, 'boolean', { bold: bold as boolean });
  }



  setFontSize(fontSize: unknown): this {
    return this._set('setFontSize', fontSize, 'number', { fontSize: fontSize as number });
  }




  /** setForegroundColor(hexColor) and setForegroundColor(red, green, blue); Color objects and theme colours aren't emulated. */
  setForegroundColor(...args: unknown[]): this {
    const which = overload('SlidesApp.TextStyle.setForegroundColor', args, ['string'], ['number', 'number', 'number']);
    const hex = which === 0 ? String(args[0]) : `#${(args as number[]).map((n) => Math.max(0, Math.min(255, Math.round(n))).toString(16).padStart(2, '0')).join('')}`;
    // Not verified against Google: the wording for a malformed colour string.
    if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new AppsScriptException('Invalid argument: hexColor');
    return this._set('setForegroundColor', hex.toLowerCase(), 'string', { foregroundColor: hex.toLowerCase() });
  }

  isBold(): boolean | null {
    const v = this._get('bold');
    return v === null ? null : v === true;
  }



  getFontSize(): number | null {
    const v = this._get('fontSize');
    return v === null ? null : (v ?? 14); // 14pt: the theme's default body size
  }


}
