// Reads what the add-on showed through the local Workspace's Ui (menus, toasts, alerts, the sidebar) in the plain
// shapes the playground page draws.
import type { LocalWorkspace } from '../emulator/index.ts';
import type { MenuEntry } from '../emulator/ui-record.ts';

export interface UiMessage {
  title: string;
  message: string;
}

/** Captions of the add-on menu's callable items, in order; submenus are flattened, separators left out. */
export function menuCaptions(workspace: LocalWorkspace): string[] {
  const callable = (entries: readonly MenuEntry[]): string[] =>
    entries.flatMap((entry) => ('functionName' in entry ? [entry.caption] : 'items' in entry ? callable(entry.items) : []));
  return workspace.ui.menus.filter((menu) => menu.addon).flatMap((menu) => callable(menu.items));
}

export function uiMessages(workspace: LocalWorkspace): { toasts: UiMessage[]; alerts: UiMessage[] } {
  const plain = (m: UiMessage) => ({ title: m.title, message: m.message });
  return { toasts: workspace.ui.toasts.map(plain), alerts: workspace.ui.alerts.map(plain) };
}

/** The HTML the add-on last put in the sidebar (showSidebar), or null before it did. */
export function currentSidebar(workspace: LocalWorkspace): string | null {
  return workspace.ui.sidebar?.content ?? null;
}
