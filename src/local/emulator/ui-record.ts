// What the add-on showed the user (menus, toasts, alerts, the sidebar, dialogs), kept for tests, the CLI and
// the playground, plus the answers tests queue for Ui.alert prompts.

export type MenuEntry = { caption: string; functionName: string } | { separator: true } | { caption: string; items: MenuEntry[] };

export interface MenuRecord {
  /** Null for the add-on menu (createAddonMenu), whose title Sheets takes from the add-on's name. */
  title: string | null;
  addon: boolean;
  items: MenuEntry[];
}

export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number;
}

export type AlertButton = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';

export interface AlertRecord {
  title: string;
  message: string;
  buttons: 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';
  response: AlertButton;
}

export interface HtmlRecord {
  title: string;
  content: string;
  width?: number;
  height?: number;
}

export interface DialogRecord extends HtmlRecord {
  modal: boolean;
}

export interface UiRecord {
  readonly menus: readonly MenuRecord[];
  readonly toasts: readonly ToastRecord[];
  readonly alerts: readonly AlertRecord[];
  readonly sidebar: HtmlRecord | null;
  readonly dialogs: readonly DialogRecord[];
  /** The button the next Ui.alert returns; unanswered alerts get OK (or YES for yes/no questions). */
  queueAlertResponse(button: AlertButton): void;
}

export class UiLog implements UiRecord {
  menus: MenuRecord[] = [];
  readonly toasts: ToastRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  sidebar: HtmlRecord | null = null;
  readonly dialogs: DialogRecord[] = [];
  private readonly answers: AlertButton[] = [];

  queueAlertResponse(button: AlertButton): void {
    this.answers.push(button);
  }

  /** The queued answer, or the default for the button set; an answer the dialog can't give is a test bug. */
  nextAnswer(buttons: AlertRecord['buttons']): AlertButton {
    const offered: AlertButton[] = ['CLOSE', ...(buttons.split('_') as AlertButton[])];
    const answer = this.answers.shift() ?? (buttons.startsWith('YES') ? 'YES' : 'OK');
    if (!offered.includes(answer)) throw new Error(`local Workspace: a ${buttons} alert has no ${answer} button`);
    return answer;
  }

  /** addToUi() replaces a menu with the same title (or the add-on menu), as re-running onOpen does. */
  addMenu(menu: MenuRecord): void {
    this.menus = [...this.menus.filter((m) => m.addon !== menu.addon || m.title !== menu.title), menu];
  }
}
