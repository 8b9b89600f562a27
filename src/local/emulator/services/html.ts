// HtmlService: HTML outputs built from strings or from the project's HTML files (build/Sidebar.html is
// registered as "Sidebar"), with the title and size the Ui uses when showing them.
// Google: https://developers.google.com/apps-script/reference/html/html-service,
//   https://developers.google.com/apps-script/reference/html/html-output
import type { WorkspaceContext } from '../context.ts';
import { officialEnum } from '../enums.ts';
import { AppsScriptException, signatureMismatch } from '../errors.ts';

export class FakeHtmlService {
  readonly SandboxMode = officialEnum('HTML.SandboxMode');
  readonly XFrameOptionsMode = officialEnum('HTML.XFrameOptionsMode');

  constructor(private readonly _ctx: WorkspaceContext) {}

  createHtmlOutput(html: unknown = ''): FakeHtmlOutput {
    if (typeof html !== 'string') throw signatureMismatch('HtmlService.createHtmlOutput', [html]);
    return this._ctx.track('HTML.HtmlOutput', new FakeHtmlOutput(html));
  }

  /** "Sidebar" and "Sidebar.html" both name the project file Sidebar.html. */
  createHtmlOutputFromFile(filename: unknown): FakeHtmlOutput {
    if (typeof filename !== 'string') throw signatureMismatch('HtmlService.createHtmlOutputFromFile', [filename]);
    const content = this._ctx.htmlFiles.get(filename.replace(/\.html$/, ''));
    if (content === undefined) throw new AppsScriptException(`No HTML file named ${filename} was found.`);
    return this._ctx.track('HTML.HtmlOutput', new FakeHtmlOutput(content));
  }
}

export class FakeHtmlOutput {
  _title = '';
  _width: number | undefined;
  _height: number | undefined;

  constructor(public _content: string) {}

  getContent(): string { return this._content; }




  setTitle(title: unknown): this {
    if (typeof title !== 'string') throw signatureMismatch('HtmlOutput.setTitle', [title]);
    this._title = title;
    return this;
  }

  setWidth(width: unknown): this {
    if (typeof width !== 'number') throw signatureMismatch('HtmlOutput.setWidth', [width]);
    this._width = width;
    return this;
  }

  setHeight(height: unknown): this {
    if (typeof height !== 'number') throw signatureMismatch('HtmlOutput.setHeight', [height]);
    this._height = height;
    return this;
  }



}
