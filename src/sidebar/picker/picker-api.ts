// The part of Google Picker's JavaScript API the dialog uses (https://developers.google.com/workspace/drive/picker/reference),
// typed by hand: the names are Google's; the playground's stand-in implements exactly these.

export interface DocsView {
  setMimeTypes(mimeTypes: string): DocsView;
  setMode(mode: unknown): DocsView;
  setFileIds(fileIds: string): DocsView;
  setOwnedByMe(me: boolean): DocsView;
  setEnableDrives(enabled: boolean): DocsView;
}

export type PickerData = Record<string, unknown> & { [key: string]: unknown; docs?: Record<string, unknown>[] };

export interface PickerBuilder {
  addView(view: DocsView): PickerBuilder;
  enableFeature(feature: unknown): PickerBuilder;
  setAppId(appId: string): PickerBuilder;
  setCallback(callback: (data: PickerData) => void): PickerBuilder;
  setDeveloperKey(key: string): PickerBuilder;
  setOAuthToken(token: string): PickerBuilder;
  setOrigin(origin: string): PickerBuilder;
  setSize(width: number, height: number): PickerBuilder;
  setTitle(title: string): PickerBuilder;
  build(): { setVisible(visible: boolean): void };
}

export interface PickerApi {
  PickerBuilder: new () => PickerBuilder;
  DocsView: new (viewId?: unknown) => DocsView;
  ViewId: { DOCS: unknown };
  DocsViewMode: { LIST: unknown };
  Feature: { MULTISELECT_ENABLED: unknown };
  Action: { PICKED: string; CANCEL: string };
  Response: { ACTION: string; DOCUMENTS: 'docs' };
  Document: { ID: string; NAME: string };
}

/** google.picker once Google's loader (or the playground's stand-in) has defined it. */
export function pickerGlobals(): PickerApi | undefined {
  return (window as unknown as { google?: { picker?: PickerApi } }).google?.picker;
}
