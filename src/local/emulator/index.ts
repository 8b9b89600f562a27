// The local Workspace: an in-memory, Node-only stand-in for the Apps Script services Debrief calls, holding
// spreadsheets evaluated by HyperFormula. Tests, the CLI and the playground run the built add-on against it.
import { createHash } from 'node:crypto';
import type { AdvancedCallLog } from './advanced-calls.ts';
import type { CallLog } from './call-log.ts';
import { WorkspaceContext, type AuthMode } from './context.ts';
import { createInspector, type WorkspaceInspector } from './inspect.ts';
import { FakeHtmlService } from './services/html.ts';
import { FakeLockService, LockTable } from './services/lock.ts';
import { FakeCacheService } from './services/cache.ts';
import { FakeConsole } from './services/logging.ts';
import { UNEMULATED_SERVICES, unemulatedService } from './unemulated.ts';
import { FakePropertiesService, PropertyStores } from './services/properties.ts';
import { FakeScriptApp, MIME_TYPES } from './services/script-app.ts';
import { FakeSession } from './services/session.ts';
import { isEmail, SAMPLE_USER } from './users.ts';
import { FakeUtilities } from './services/utilities.ts';
import { FakeChartsService } from './sheets/charts.ts';
import { blankDocumentContent, createDocumentServices } from './docs/services.ts';
import { DriveStore, type DriveSnapshot } from './drive/drive-store.ts';
import { createDriveServices } from './drive/services.ts';
import type { ServiceContext } from './service-context.ts';
import { createSheetsService, SPREADSHEET_MIME } from './sheets-api/index.ts';
import { createSlidesServices } from './slides/index.ts';
import { assertTimeZone } from './sheets/date-serial.ts';
import { SpreadsheetModel } from './sheets/model.ts';
import { FakeSpreadsheetApp } from './sheets/spreadsheet-app.ts';
import type { UiRecord } from './ui-record.ts';

export type { AuthMode } from './context.ts';
export type { ChartInfo, ConditionalRuleInfo, ProtectionInfo, ValidationInfo, WorkspaceInspector } from './inspect.ts';
export type { AlertButton, AlertRecord, DialogRecord, HtmlRecord, MenuEntry, MenuRecord, ToastRecord, UiRecord } from './ui-record.ts';

export interface LocalWorkspaceOptions {
  /** Who acts first (Session.getActiveUser(), their user properties, Drive access and consent); default the sample user, 'you@agency.example'. */
  userEmail?: string;
  /** Scopes that user unticked on Google's granular consent screen (the manifest asks for them; they are refused). */
  declinedScopes?: readonly string[];
  /** Session.getScriptTimeZone() and new spreadsheets' time zone; default 'Etc/UTC'. */
  timeZone?: string;
  /** New spreadsheets' locale ("de_DE"): how text written into their cells reads as numbers and dates; default 'en_US'. */
  locale?: string;
  /** The clock for TODAY()/NOW(), cache expiry and anything time based; default real time. */
  now?: () => Date;
  /** State exported earlier (properties stores and other services' extras) to resume from. */
  state?: WorkspaceState;
  /** The manifest's oauthScopes; methods needing other scopes are refused. Default: every scope granted
   * (loadBundle applies the manifest found next to the bundle). */
  oauthScopes?: readonly string[];
  /** The domain's Drive (Docs, Slides, images); pass one store to several workspaces to model two spreadsheets, or two people. */
  drive?: DriveStore;
}

/** What the local Workspace keeps of one user: their own properties and the scopes they declined. */
export interface UserState {
  userProperties: Record<string, string>;
  declinedScopes?: string[];
}

export interface WorkspaceState {
  /** The user properties of whoever the workspace acted as last (`users` holds everyone's). */
  userProperties: Record<string, string>;
  /** Every user who has state, by email. */
  users?: Record<string, UserState>;
  scriptProperties: Record<string, string>;
  /** By spreadsheet id. */
  documentProperties: Record<string, Record<string, string>>;
  /** Other services (Drive…) keep their state here, under their own key. */
  extra?: Record<string, unknown>;
}

export interface LocalWorkspace {
  /** Exactly the Apps Script globals the add-on may use. */
  readonly globals: Record<string, unknown>;
  readonly calls: CallLog;
  /** Every Docs, Slides and Drive Advanced Service call as the REST request Apps Script sends (listen to trace them). */
  readonly advancedCalls: AdvancedCallLog;
  registerGlobal(name: string, value: unknown): void;
  /** Who the next execution runs as. */
  readonly user: string;
  /** Acts as another user of the domain from the next call on: their user properties, Drive access and consent. */
  setUser(email: string): void;
  /** Models a user who unticked these scopes on the granular consent screen (default: the current user). */
  declineScopes(scopes: readonly string[], email?: string): void;
  /** The user went back to the consent screen and granted these scopes after all. */
  grantScopes(scopes: readonly string[], email?: string): void;
  /** Creates a spreadsheet, makes it the active (container) one and returns its id (stable for a given name). */
  createSpreadsheet(name: string): string;
  /**
   * Opens a spreadsheet kept in Drive (one made through the Sheets API) as the container, as the current user
   * opening it in the browser: they must be able to open it, and edits through SpreadsheetApp land in the file.
   */
  openSpreadsheet(id: string): void;
  setAuthMode(mode: AuthMode): void;
  readonly authMode: AuthMode;
  /** A project HTML file HtmlService.createHtmlOutputFromFile(name) can serve, e.g. 'Sidebar'. */
  addHtmlFile(name: string, content: string): void;
  readonly ui: UiRecord;
  exportState(): WorkspaceState;
  /** Lets another service keep state across sessions: returns what it saved last time under `key`. */
  registerStateExtension(key: string, exportState: () => unknown): unknown;
  /** Untracked views for tests, the CLI and the playground (these do not count as calls). */
  readonly inspect: WorkspaceInspector;
  /** The emulated user's Drive, shared by Drive, Docs and SlidesApp/Slides (renderers read it). */
  readonly drive: DriveStore;
}

/** Where exportState() keeps the Drive (Docs and decks included), so `--state` carries the learnings Doc across runs. */
const DRIVE_STATE_KEY = 'driveStore';

const isDriveSnapshot = (value: unknown): value is DriveSnapshot =>
  typeof value === 'object' && value !== null && Array.isArray((value as DriveSnapshot).files) && typeof (value as DriveSnapshot).nextId === 'number';

const contexts = new WeakMap<LocalWorkspace, WorkspaceContext>();


/** The shared internals behind a workspace, for the harness and for services added by other modules. */
export function workspaceContext(workspace: LocalWorkspace): WorkspaceContext {
  const ctx = contexts.get(workspace);
  if (!ctx) throw new Error('local Workspace: not a workspace made by createLocalWorkspace');
  return ctx;
}

/** A realistic 44-character id that stays the same for the n-th spreadsheet of a given name. */
function spreadsheetId(name: string, ordinal: number): string {
  return `1${createHash('sha256').update(`${name}#${ordinal}`).digest('base64url').slice(0, 43)}`;
}

export function createLocalWorkspace(options: LocalWorkspaceOptions = {}): LocalWorkspace {
  const timeZone = options.timeZone ?? 'Etc/UTC';
  assertTimeZone(timeZone);
  const firstUser = options.userEmail ?? SAMPLE_USER;
  const ctx = new WorkspaceContext(firstUser, timeZone, options.now ?? (() => new Date()));
  if (options.oauthScopes) ctx.grantedScopes = new Set(options.oauthScopes);
  for (const [email, user] of Object.entries(options.state?.users ?? {})) {
    if (user.declinedScopes?.length) ctx.declined.set(email, new Set(user.declinedScopes));
  }
  if (options.declinedScopes) ctx.declined.set(firstUser, new Set(options.declinedScopes));
  const properties = new PropertyStores(options.state, firstUser);
  const locks = new LockTable(ctx);
  const extensions = new Map<string, () => unknown>();
  const savedExtras = { ...options.state?.extra };

  const globals: Record<string, unknown> = {
    SpreadsheetApp: ctx.track('Spreadsheet.SpreadsheetApp', new FakeSpreadsheetApp(ctx)),
    PropertiesService: ctx.track('Properties.PropertiesService', new FakePropertiesService(ctx, properties)),
    LockService: ctx.track('Lock.LockService', new FakeLockService(ctx, locks)),
    CacheService: ctx.track('Cache.CacheService', new FakeCacheService(ctx)),
    HtmlService: ctx.track('HTML.HtmlService', new FakeHtmlService(ctx)),
    ScriptApp: ctx.track('Script.ScriptApp', new FakeScriptApp(ctx)),
    Session: ctx.track('Base.Session', new FakeSession(ctx)),
    Utilities: ctx.track('Utilities.Utilities', new FakeUtilities()),
    console: ctx.track('Console', new FakeConsole(ctx)),
    MimeType: ctx.track('Base.MimeType', { ...MIME_TYPES }),
    Charts: ctx.track('Charts.Charts', new FakeChartsService(ctx)),
  };

  // Drive, Docs and Slides share one store and see the context live (the harness sets the manifest's scopes later).
  const drive = options.drive ?? new DriveStore(ctx.now, firstUser);
  const services: ServiceContext = {
    calls: ctx.calls, advancedCalls: ctx.advancedCalls, drive, now: ctx.now, timeZone,
    authMode: () => ctx.authMode,
    get userEmail() {
      return ctx.userEmail;
    },
    get grantedScopes() {
      return ctx.grantedScopes;
    },
    get declinedScopes() {
      return ctx.declinedScopes;
    },
  };
  const documents = createDocumentServices(services); // registers the Doc codec before a snapshot is restored
  const slides = createSlidesServices(services);
  const sheets = createSheetsService(services); // registers the spreadsheet codec before a snapshot is restored
  const driveServices = createDriveServices(services, new Map([blankDocumentContent]));
  Object.assign(globals, {
    // Services the add-on doesn't use (unemulated.ts): a call fails as Google would without the scope, else loudly.
    ...Object.fromEntries(UNEMULATED_SERVICES.map(([name, qualified]) => [name, ctx.track(qualified, unemulatedService(services, name, qualified))])),
    Drive: driveServices.Drive,
    Docs: documents.Docs,
    SlidesApp: slides.SlidesApp, Slides: slides.Slides,
    Sheets: sheets,
  });
  ctx.onExecutionEnd(() => slides.endExecution());

  const workspace: LocalWorkspace = {
    globals,
    drive,
    calls: ctx.calls,
    advancedCalls: ctx.advancedCalls,
    registerGlobal(name, value) {
      if (name in globals) throw new Error(`local Workspace: global ${name} is already registered`);
      globals[name] = value;
    },
    get user() {
      return ctx.userEmail;
    },
    setUser(email) {
      if (!isEmail(email)) throw new Error(`local Workspace: “${email}” isn’t an email address`);
      ctx.userEmail = email;
    },
    declineScopes(scopes, email = ctx.userEmail) {
      const declined = ctx.declined.get(email) ?? new Set<string>();
      for (const scope of scopes) declined.add(scope);
      ctx.declined.set(email, declined);
    },
    grantScopes(scopes, email = ctx.userEmail) {
      for (const scope of scopes) ctx.declined.get(email)?.delete(scope);
    },
    createSpreadsheet(name) {
      const sameName = [...ctx.spreadsheets.values()].filter((s) => s.name === name).length;
      const model = new SpreadsheetModel(spreadsheetId(name, sameName), name, timeZone, ctx.now);
      if (options.locale) model.locale = options.locale;
      ctx.spreadsheets.set(model.id, model);
      ctx.activeSpreadsheet = model;
      return model.id;
    },
    openSpreadsheet(id) {
      const file = drive.find(id);
      if (!file || file.mimeType !== SPREADSHEET_MIME || file.trashed) throw new Error(`local Workspace: there is no spreadsheet ${id} in Drive`);
      if (!drive.roleOf(file, ctx.userEmail)) throw new Error(`local Workspace: ${ctx.userEmail} can’t open “${file.name}”: share it with them first`);
      const model = file.content as SpreadsheetModel;
      ctx.spreadsheets.set(model.id, model);
      ctx.activeSpreadsheet = model;
    },
    setAuthMode(mode) {
      ctx.authMode = mode;
    },
    get authMode() {
      return ctx.authMode;
    },
    addHtmlFile(name, content) {
      ctx.htmlFiles.set(name.replace(/\.html$/, ''), content);
    },
    ui: ctx.ui,
    exportState() {
      const extra = { ...savedExtras, ...Object.fromEntries([...extensions].map(([key, exporter]) => [key, exporter()])) };
      const emails = new Set([...properties.users.keys(), ...ctx.declined.keys()]);
      const users = Object.fromEntries([...emails].map((email) => {
        const declined = [...(ctx.declined.get(email) ?? [])];
        return [email, { userProperties: Object.fromEntries(properties.user(email)), ...(declined.length ? { declinedScopes: declined } : {}) }];
      }));
      return {
        userProperties: Object.fromEntries(properties.user(ctx.userEmail)),
        ...(emails.size ? { users } : {}),
        scriptProperties: Object.fromEntries(properties.script),
        documentProperties: Object.fromEntries([...properties.documents].map(([id, store]) => [id, Object.fromEntries(store)])),
        ...(Object.keys(extra).length > 0 ? { extra } : {}),
      };
    },
    registerStateExtension(key, exporter) {
      extensions.set(key, exporter);
      return savedExtras[key];
    },
    inspect: createInspector(ctx, locks),
  };
  contexts.set(workspace, ctx);
  const savedDrive = workspace.registerStateExtension(DRIVE_STATE_KEY, () => drive.snapshot());
  if (!options.drive && isDriveSnapshot(savedDrive)) drive.restore(savedDrive);
  return workspace;
}
