// Browser-test support: Debian's Chromium driven by playwright-core against an in-process playground on a free
// port. The suite is skipped (with a message) only when Chromium is absent on a developer machine, never in CI.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Dialog, FrameLocator, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect } from 'vitest';
import { createPlayground, type Playground, type PlaygroundOptions } from '../../src/local/playground/server.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = 'test-artifacts/playground';
const inCi = !!process.env.CI && process.env.CI !== 'false';
export const browserAvailable = existsSync(CHROMIUM) || inCi;

if (!browserAvailable) {
  console.warn(`Skipping the playground browser tests: ${CHROMIUM} is not installed (apt-get install -y chromium). In CI (CI=true) they always run.`);
}

/** describe() when the browser suite can run, describe.skip() otherwise. */
export const describeInBrowser = browserAvailable ? describe : describe.skip;

export interface BrowserSession {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<BrowserSession> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'debrief-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 860 },
  });
  // Nothing leaves this machine: Sidebar.html's link to Google's add-on stylesheet is refused, as offline.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface OpenPlayground {
  playground: Playground;
  page: Page;
  sidebar: FrameLocator;
  /** Dialogs (alert, confirm…) any frame opened: none may appear. */
  dialogs: string[];
  /** Uncaught exceptions in the page or the sidebar. */
  errors: string[];
  close(): Promise<void>;
}

/** A fresh playground and a page on it, with the sidebar loaded. */
export async function openPlayground(browser: BrowserSession, options: Partial<PlaygroundOptions> = {}): Promise<OpenPlayground> {
  const playground = await createPlayground({ port: 0, ...options });
  const page = await browser.context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog: Dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  // Console errors too (a refused inline style or script says so there), less the stylesheet we refuse on purpose.
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) errors.push(message.text());
  });
  await page.goto(playground.url);
  const sidebar = page.frameLocator('[data-testid=sidebar-frame]');
  await expect.poll(() => sidebar.getByTestId('status').getAttribute('data-state'), { timeout: 15_000 }).toBe('done');
  return {
    playground, page, sidebar, dialogs, errors,
    close: async () => {
      await page.close();
      await playground.close();
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/** Writes a temporary file for the page's file picker. */
export function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-upload-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/**
 * Web-first assertions over playwright-core (which has no `expect` of its own): each retries until it holds or
 * `timeout` passes, as a person waits for the screen to catch up.
 */
export function see(locator: Locator, timeout = 15_000) {
  const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout, interval: 50 });
  const matches = (actual: string | null, expected: string | RegExp) =>
    typeof expected === 'string' ? actual === expected : expected.test(actual ?? '');
  return {
    text: (expected: string | RegExp) => poll(() => locator.textContent()).toSatisfy((t: string | null) => matches(t, expected)),
    notText: (unexpected: string | RegExp) => poll(() => locator.textContent()).toSatisfy((t: string | null) => !matches(t, unexpected)),
    contains: (part: string) => poll(async () => (await locator.textContent()) ?? '').toContain(part),
    texts: (expected: string[]) => poll(() => locator.allTextContents()).toEqual(expected),
    attr: (name: string, value: string) => poll(() => locator.getAttribute(name)).toBe(value),
    value: (expected: RegExp) => poll(() => locator.inputValue()).toMatch(expected),
    count: (n: number) => poll(() => locator.count()).toBe(n),
    visible: () => locator.waitFor({ state: 'visible', timeout }),
    hidden: () => locator.waitFor({ state: 'hidden', timeout }),
    enabled: () => poll(() => locator.isEnabled()).toBe(true),
    disabled: () => poll(() => locator.isDisabled()).toBe(true),
  };
}

/** Waits until the sidebar's status line settles after a call, and returns its state and text. */
export async function settled(sidebar: FrameLocator): Promise<{ state: string; text: string }> {
  const status = sidebar.getByTestId('status');
  await expect.poll(() => status.getAttribute('data-state'), { timeout: 20_000, interval: 50 }).not.toBe('working');
  return { state: (await status.getAttribute('data-state')) ?? '', text: (await status.textContent()) ?? '' };
}

/**
 * Does what reopens the sidebar (another person from the user switcher, a campaign file opened as a new spreadsheet)
 * and waits for the new sidebar to load and settle: reading the sidebar before then reads the one being replaced.
 */
export async function reopensSidebar(page: Page, sidebar: FrameLocator, act: () => Promise<unknown>): Promise<void> {
  const loads = async () => Number((await page.getByTestId('sidebar-frame').getAttribute('data-loads')) ?? '0');
  const before = await loads();
  await act();
  await expect.poll(loads, { timeout: 15_000, interval: 50 }).toBeGreaterThan(before);
  await expect.poll(() => sidebar.getByTestId('status').getAttribute('data-state'), { timeout: 20_000, interval: 50 }).toBe('done');
}

/** Acts as another person of the domain from the user switcher, once their sidebar has opened. */
export function switchUser(page: Page, sidebar: FrameLocator, email: string): Promise<void> {
  return reopensSidebar(page, sidebar, () => page.getByTestId('user-switch').selectOption(email));
}

/**
 * Opens a sidebar section (a <details>) unless it is open already, as a person would. A sidebar that reloads
 * meanwhile comes back with its sections closed, so it opens it again until it stays open.
 */
export async function openSection(sidebar: FrameLocator, name: string): Promise<void> {
  const section = sidebar.getByTestId(`section-${name}`);
  const isOpen = async () => (await section.getAttribute('open')) !== null;
  await expect.poll(async () => {
    if (!(await isOpen())) await section.locator(':scope > summary').click({ timeout: 5_000 });
    return isOpen();
  }, { timeout: 15_000, interval: 100 }).toBe(true);
}

/** The grid's column letter under a header text in row 1. */
export async function columnOf(page: Page, header: string): Promise<string> {
  const cell = page.locator('[data-testid=grid] td[data-row="0"]').filter({ hasText: new RegExp(`^${header.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).first();
  const ref = await cell.getAttribute('data-cell');
  if (!ref) throw new Error(`no column headed "${header}"`);
  return ref.replace(/\d+$/, '');
}

export async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.locator(`[data-testid=sheet-tab][data-sheet="${name}"]`);
  await tab.click();
  await see(tab).attr('aria-pressed', 'true');
  await see(page.getByTestId('grid')).attr('data-sheet', name);
}

/**
 * One Chromium per test file and one playground per test: closed after each test, which fails if the page raised
 * an error or (unless allowed) showed a dialog.
 */
export function usePlaygrounds(options: { allowDialogs?: boolean } = {}) {
  let browser: BrowserSession | undefined;
  let current: OpenPlayground | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    if (!current) return;
    const { dialogs, errors } = current;
    await current.close();
    current = undefined;
    if (!options.allowDialogs) expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
  return {
    get browser(): BrowserSession {
      if (!browser) throw new Error('the browser is not running yet');
      return browser;
    },
    async open(playgroundOptions: Partial<PlaygroundOptions> = {}): Promise<OpenPlayground> {
      current = await openPlayground(this.browser, playgroundOptions);
      return current;
    },
  };
}

