// The playground's one Debrief session and everything done to it: opening it on a campaign, sidebar calls, a person
// typing into cells, menu items, loading another campaign. A version number tells the page when to redraw.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCampaignFile } from '../../domain/campaign-file.ts';
import { importInParts } from '../../domain/import-parts.ts';
import type { ImportResult, SidebarState } from '../../domain/rpc.ts';
import { openSession, type DebriefSession } from '../session.ts';
import { readExport } from '../../domain/exports/read-export.ts';
import { DriveStoreError, type SharedRole } from '../emulator/drive/drive-store.ts';
import { displayName, DOMAIN_USERS } from '../emulator/users.ts';
import { describeServerError } from '../harness.ts';
import { listDocuments } from './documents.ts';
import type { LoadRequest, LoadResult, PickerFile, PickerViewQuery, PlaygroundState, SheetView } from './protocol.ts';
import { fileUrl } from '../emulator/drive/urls.ts';
import { menuCaptions, uiMessages } from './workspace-ui.ts';

const LAST_CAMPAIGN = 'playground-campaign.json';
/**
 * The playground stands for a deployment whose deployer set Google Picker's keys (README, "Google Picker"); these
 * only have the right shape: the playground's own Picker stand-in never sends them anywhere.
 */
const PICKER_KEYS = { PICKER_API_KEY: 'AIzaLocalPlaygroundOnlyNotARealKey00000', PICKER_APP_ID: '100000000001' };
/** Columns the grid draws at least, as Sheets shows A–Z on a new tab. */
const MIN_COLUMNS = 26;

export interface WorkbenchOptions {
  /** Keeps the emulated user's properties and Drive (and the last campaign loaded) between starts. */
  stateDir?: string;
  /** The campaign the spreadsheet opens on; null opens a blank spreadsheet, as a new user would have. */
  campaignPath: string | null;
  codePath?: string;
  now?: () => Date;
}

export class Workbench {
  session!: DebriefSession;
  version = 0;
  /** Bumped each time a new spreadsheet replaces the old one: the page reloads the sidebar then. */
  generation = 0;
  notice: { text: string; error: boolean } | null = null;
  spreadsheetName = '';
  private readonly stateDir: string;
  private readonly ownStateDir: boolean;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: WorkbenchOptions) {
    // Loading another campaign opens a new session; a private folder carries properties and Drive across it.
    this.ownStateDir = !options.stateDir;
    this.stateDir = options.stateDir ?? mkdtempSync(join(tmpdir(), 'debrief-playground-'));
    const remembered = join(this.stateDir, LAST_CAMPAIGN);
    const resuming = !this.ownStateDir && existsSync(join(this.stateDir, 'workspace-state.json'));
    const campaign = resuming && existsSync(remembered) ? remembered : options.campaignPath;
    const problem = this.open(campaign === null ? null : JSON.parse(readFileSync(campaign, 'utf8')));
    if (problem) this.notice = { text: problem, error: true };
    else if (resuming) {
      const text = `Resumed ${this.stateDir}: the emulated user's properties and Drive are back. The local Workspace doesn't ` +
        `keep spreadsheets between runs, so the workbook was rebuilt from ${campaign === remembered ? 'the last campaign loaded' : campaign}.`;
      this.notice = { text, error: false };
    }
  }

  /** Opens a fresh spreadsheet on `file` the way `debrief run` does: build the tabs, import the rows, analyze. */
  private open(file: unknown): string | null {
    let name = 'Untitled spreadsheet';
    if (file !== null) {
      const parsed = parseCampaignFile(file);
      if (!parsed.ok) throw new Error(`The campaign file has problems: ${parsed.errors.slice(0, 8).join('; ')}`);
      name = `${parsed.file.client} — ${parsed.file.campaign} post-mortem`;
    }
    if (this.session) this.session.saveState();
    const user = this.session?.workspace.user;
    const session = openSession({ spreadsheetName: name, stateDir: this.stateDir, now: this.options.now, codePath: this.options.codePath, user });
    type Store = { getProperty(key: string): string | null; setProperties(values: Record<string, string>): unknown };
    const script = (session.workspace.globals as { PropertiesService: { getScriptProperties(): Store } }).PropertiesService.getScriptProperties();
    if (!script.getProperty('PICKER_API_KEY')) script.setProperties(PICKER_KEYS);
    this.session = session;
    this.spreadsheetName = name;
    this.generation++;
    let problem: string | null = null;
    for (const step of file === null ? [] : ['buildTabs', 'importCampaign', 'analyze']) {
      try {
        if (step === 'importCampaign') importInParts(() => session.call<ImportResult>(step, step, file)); // in parts when large
        else session.call(step, step);
      } catch (error) {
        // Keep serving what was built so far: the person sees the workbook and the reason, not a dead page.
        problem = `Opening the campaign stopped at ${step}: ${describeServerError(error)}`;
        break;
      }
    }
    this.changed();
    return problem;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.version++;
    this.session.saveState();
    for (const listener of this.listeners) listener();
  }

  /** A google.script.run call from the sidebar, with google.script.run's argument and return rules. */
  rpc(name: string, args: unknown[]): unknown {
    try {
      return this.session.call(name, name, ...args);
    } finally {
      this.changed();
    }
  }

  /** Another person of the domain opens this spreadsheet: their user properties, Drive access and consent from now on. */
  setUser(email: string): void {
    this.session.workspace.setUser(email);
    this.generation++; // the sidebar reopens, as it would in their browser
    this.notice = { text: `Now acting as ${displayName(email)} (${email}).`, error: false };
    this.changed();
  }

  /** What the playground's Picker lists for one view: files the current user can see, filtered as the view asks. */
  pickerFiles(view: PickerViewQuery): PickerFile[] {
    const { drive, user } = this.session.workspace;
    return drive.visibleTo(user)
      .filter((f) => view.mimeTypes.length === 0 || view.mimeTypes.includes(f.mimeType))
      .filter((f) => (view.fileIds ? view.fileIds.includes(f.id) : view.sharedDrives ? false : view.ownedByMe === undefined || (f.owner === user) === view.ownedByMe))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      .map((f) => ({ id: f.id, name: f.name, mimeType: f.mimeType, owner: f.owner, ownedByMe: f.owner === user, url: fileUrl(f.mimeType, f.id) }));
  }

  /** Choosing files in the Picker with Debrief's app id set: Debrief may reach them for the current user (drive.file). */
  pick(ids: string[]): void {
    const { drive, user } = this.session.workspace;
    for (const id of ids) drive.grant(id, user);
    this.changed();
  }

  /** Drive's Share dialog: the owner or an editor shares the file with a colleague. */
  share(id: string, email: string, role: SharedRole): string {
    const { drive, user } = this.session.workspace;
    const file = drive.find(id);
    const mine = file && drive.roleOf(file, user);
    if (!file || !mine) throw new DriveStoreError('There is no such file in your Drive.');
    if (mine !== 'owner' && mine !== 'writer') throw new DriveStoreError(`Only the owner or an editor of “${file.name}” can share it.`);
    drive.share(id, email, role);
    this.notice = { text: `Shared “${file.name}” with ${email} as ${role}.`, error: false };
    this.changed();
    return this.notice.text;
  }

  setCell(sheet: string, a1: string, input: string): void {
    this.requireSheet(sheet);
    this.session.workspace.inspect.setCell(sheet, a1.toUpperCase(), input);
    this.changed();
  }

  menu(caption: string): void {
    if (!menuCaptions(this.session.workspace).includes(caption)) throw new Error(`The Debrief menu has no item "${caption}".`);
    try {
      this.session.bundle.menuItem(caption);
    } finally {
      this.changed();
    }
  }

  load(request: LoadRequest): LoadResult {
    if (request.kind === 'json') {
      let file: unknown;
      try {
        file = JSON.parse(request.file.text);
      } catch (error) {
        throw new Error(`${request.file.name} is not JSON: ${(error as Error).message}`);
      }
      const problem = this.open(file);
      writeFileSync(join(this.stateDir, LAST_CAMPAIGN), request.file.text);
      this.notice = null;
      if (problem) throw new Error(problem);
      return { spreadsheetName: this.spreadsheetName, summary: `Opened ${request.file.name} in a new spreadsheet: tabs built, rows imported, analyzed.`, ignoredColumns: [] };
    }
    // Platform exports (Instagram, TikTok, YouTube, Shopify, GA4, influencer platforms): matched to the handles here.
    const handles = this.session.workspace.inspect.sheetNames().includes('Creators')
      ? this.session.workspace.inspect.values('Creators').slice(1).map((r) => String(r[0] ?? '')).filter(Boolean) : [];
    const tables = request.files.map((f) => {
      const read = readExport(f.name, f.text, { handles });
      return { list: read.list, rows: read.rows, ignoredColumns: read.mapping.filter((m) => m.to === null && m.header).map((m) => m.header) };
    });
    const setup = (this.session.bundle.run('getSidebarState') as SidebarState).setup;
    const file: Record<string, unknown> = { client: setup?.client || 'Playground', campaign: setup?.campaign || 'CSV import' };
    for (const table of tables) file[table.list] = [...((file[table.list] as unknown[]) ?? []), ...table.rows];
    importInParts(() => this.rpc('importCampaign', [file]) as ImportResult);
    const counts = tables.map((t) => `${t.rows.length} ${t.list === 'creators' ? 'creators' : 'content pieces'}`).join(' and ');
    return { spreadsheetName: this.spreadsheetName, summary: `Imported ${counts} into this spreadsheet.`, ignoredColumns: tables.flatMap((t) => t.ignoredColumns) };
  }

  state(): PlaygroundState {
    const workspace = this.session.workspace;
    const messages = uiMessages(workspace);
    return {
      version: this.version,
      generation: this.generation,
      spreadsheetName: this.spreadsheetName,
      sheets: workspace.inspect.sheetNames(),
      activeSheet: workspace.inspect.activeSheetName(),
      menu: menuCaptions(workspace),
      toasts: messages.toasts,
      alerts: messages.alerts,
      sidebarShown: workspace.calls.snapshot()['Ui.showSidebar'] ?? 0,
      sidebarTitle: workspace.ui.sidebar?.title ?? 'Debrief',
      documents: listDocuments(workspace),
      notice: this.notice,
      user: workspace.user,
      users: DOMAIN_USERS.some((u) => u.email === workspace.user) ? [...DOMAIN_USERS] : [...DOMAIN_USERS, { email: workspace.user, name: displayName(workspace.user), role: '' }],
      dialogsShown: workspace.ui.dialogs.length,
      dialog: workspace.ui.dialogs.length ? { index: workspace.ui.dialogs.length - 1, title: workspace.ui.dialogs.at(-1)!.title, width: workspace.ui.dialogs.at(-1)!.width ?? 600, height: workspace.ui.dialogs.at(-1)!.height ?? 400 } : null,
    };
  }

  sheet(name: string): SheetView {
    this.requireSheet(name);
    const inspect = this.session.workspace.inspect;
    return {
      name,
      display: inspect.displayValues(name),
      formulas: inspect.formulas(name),
      numeric: inspect.values(name).map((row) => row.map((v) => typeof v === 'number' || v instanceof Date)),
      numberFormats: inspect.numberFormats(name),
      bold: inspect.fontWeights(name).map((row) => row.map((w) => w === 'bold')),
      backgrounds: inspect.backgrounds(name).map((row) => row.map((b) => (b && !/^#f{6}$/i.test(b) ? b : null))),
      columnWidths: Array.from({ length: Math.max(MIN_COLUMNS, inspect.dimensions(name).lastColumn + 1) }, (_, c) => inspect.columnWidth(name, c + 1)),
      frozenRows: inspect.frozenRows(name),
      charts: inspect.charts(name).map((c) => ({ title: c.title ?? 'Untitled chart', type: c.type, ranges: c.ranges, svg: inspect.chartSvg(name, c.chartId) })),
    };
  }

  private requireSheet(name: string): void {
    if (!this.session.workspace.inspect.sheetNames().includes(name)) throw new Error(`There is no tab named "${name}".`);
  }

  dispose(): void {
    this.listeners.clear();
    if (this.ownStateDir) rmSync(this.stateDir, { recursive: true, force: true });
  }
}
