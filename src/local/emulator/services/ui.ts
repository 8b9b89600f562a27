// SpreadsheetApp.getUi(): menus (allowed in every authorization mode), alerts, the sidebar and dialogs (which
// need AuthMode.FULL and the script.container.ui scope), recorded in the workspace's UiLog.
// Google: https://developers.google.com/apps-script/reference/base/ui,
//   https://developers.google.com/apps-script/add-ons/concepts/editor-auth-lifecycle
import { requirePermission, SCOPES } from '../auth.ts';
import type { WorkspaceContext } from '../context.ts';
import { enumName, officialEnum } from '../enums.ts';
import { signatureMismatch } from '../errors.ts';
import { unwrap } from '../tracked.ts';
import type { AlertRecord, MenuEntry } from '../ui-record.ts';
import { FakeHtmlOutput } from './html.ts';

const BUTTON = officialEnum('Base.Button');
const BUTTON_SET = officialEnum('Base.ButtonSet');

export function trackedUi(ctx: WorkspaceContext): FakeUi {
  return ctx.track('Base.Ui', new FakeUi(ctx));
}

export class FakeUi {
  readonly Button = BUTTON;
  readonly ButtonSet = BUTTON_SET;

  constructor(private readonly _ctx: WorkspaceContext) {}

  private _html(method: string, args: unknown[]): FakeHtmlOutput {
    requirePermission(this._ctx, `Ui.${method}`, 'user', [SCOPES.containerUi]);
    const output = unwrap(args[0]);
    if (!(output instanceof FakeHtmlOutput)) throw signatureMismatch(`Ui.${method}`, args);
    return output;
  }

  createAddonMenu(): FakeMenu { return this._ctx.track('Base.Menu', new FakeMenu(this._ctx, null)); }

  createMenu(caption: unknown): FakeMenu {
    if (typeof caption !== 'string') throw signatureMismatch('Ui.createMenu', [caption]);
    return this._ctx.track('Base.Menu', new FakeMenu(this._ctx, caption));
  }

  /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons); answers come from queueAlertResponse. */
  alert(...args: unknown[]): unknown {
    requirePermission(this._ctx, 'Ui.alert', 'user', [SCOPES.containerUi]);
    const buttons = args.length >= 2 ? enumName(args[args.length - 1]) : 'OK';
    const texts = args.slice(0, args.length === 3 ? 2 : 1);
    if (args.length === 0 || args.length > 3 || buttons === undefined || !(buttons in BUTTON_SET) || !texts.every((t) => typeof t === 'string')) {
      throw signatureMismatch('Ui.alert', args);
    }
    const [first, second] = texts as string[]; // every one a string, checked above
    const [title, message] = second === undefined ? ['', first ?? ''] : [first ?? '', second];
    const record: AlertRecord = { title, message, buttons: buttons as AlertRecord['buttons'], response: 'OK' };
    record.response = this._ctx.ui.nextAnswer(record.buttons);
    this._ctx.ui.alerts.push(record);
    return BUTTON[record.response];
  }

  /** Sidebars are always 300 px wide in Sheets, whatever setWidth said. */
  showSidebar(userInterface: unknown): void {
    const output = this._html('showSidebar', [userInterface]);
    this._ctx.ui.sidebar = { title: output._title, content: output._content, width: 300 };
  }

  showModalDialog(userInterface: unknown, title: unknown): void {
    this._dialog('showModalDialog', userInterface, title, true);
  }


  private _dialog(method: string, userInterface: unknown, title: unknown, modal: boolean): void {
    const output = this._html(method, [userInterface, title]);
    if (typeof title !== 'string') throw signatureMismatch(`Ui.${method}`, [userInterface, title]);
    this._ctx.ui.dialogs.push({ title, content: output._content, width: output._width, height: output._height, modal });
  }
}

export class FakeMenu {
  readonly _items: MenuEntry[] = [];

  constructor(private readonly _ctx: WorkspaceContext, readonly _title: string | null) {}

  addItem(caption: unknown, functionName: unknown): this {
    if (typeof caption !== 'string' || typeof functionName !== 'string') throw signatureMismatch('Menu.addItem', [caption, functionName]);
    this._items.push({ caption, functionName });
    return this;
  }

  addSeparator(): this {
    this._items.push({ separator: true });
    return this;
  }

  addSubMenu(menu: unknown): this {
    const sub = unwrap(menu);
    if (!(sub instanceof FakeMenu) || sub._title === null) throw signatureMismatch('Menu.addSubMenu', [menu]);
    this._items.push({ caption: sub._title, items: [...sub._items] });
    return this;
  }

  addToUi(): void {
    this._ctx.ui.addMenu({ title: this._title, addon: this._title === null, items: [...this._items] });
  }
}
