// Prints the local renderings in Chromium (Debian's, driven by playwright-core) and measures them as a person
// would see them on Google: a Doc's pages in its PDF and any text wider than its table cell or column; a deck's
// slides and any text that doesn't fit its box. One browser serves many measurements: open it once per suite.
// Reusable for any Doc or deck (kickoff pack, meeting notes): render it with doc-html.ts or deck.ts, then measure.
import type { Browser, BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export interface DocMeasure {
  pages: number;
  /** What sticks out: "td: “a very long word…”" (empty when everything fits). */
  overflows: string[];
}

export interface DeckMeasure {
  slides: number;
  /** Boxes whose text runs past them, and boxes past the slide's edge: "slide 2: “What we learned…”". */
  overflows: string[];
}

export interface Printer {
  /** Prints a Doc rendering (doc-html.ts, whose CSS sets the page size) to PDF and counts its pages. */
  measureDoc(html: string): Promise<DocMeasure>;
  /** Lays out a deck rendering (deck.ts) and finds what overflows. */
  measureDeck(html: string): Promise<DeckMeasure>;
  /** A PNG of the rendering (a Doc's first page, or the whole deck), for the eyes. */
  screenshot(html: string, path: string, options?: { fullPage?: boolean; clip?: { x: number; y: number; width: number; height: number } }): Promise<void>;
  close(): Promise<void>;
}

/** PDF page objects: "/Type /Page" (not "/Pages", the tree above them). */
export function pdfPageCount(pdf: Uint8Array): number {
  return (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** Runs in the page: every cell, paragraph, list item, heading and image wider than the box it sits in. */
const DOC_OVERFLOWS = `(() => {
  const out = [];
  const label = (el) => el.tagName.toLowerCase() + ': “' + (el.textContent || el.getAttribute('alt') || '').trim().slice(0, 70) + '”';
  const main = document.querySelector('main');
  for (const el of main.querySelectorAll('td, p, li, h1, h2, h3, img, table')) {
    if (el.scrollWidth > el.clientWidth + 1) out.push(label(el));
    const box = el.getBoundingClientRect();
    if (box.right > main.getBoundingClientRect().right + 1) out.push(label(el) + ' (past the text column)');
  }
  return [...new Set(out)];
})()`;

/** Runs in the page: each element whose content is taller or wider than its box, or that leaves its slide. */
const DECK_OVERFLOWS = `(() => {
  const out = [];
  document.querySelectorAll('section.slide').forEach((slide, i) => {
    const frame = slide.getBoundingClientRect();
    for (const el of slide.querySelectorAll('.el')) {
      const box = el.getBoundingClientRect();
      const wanted = Number(el.dataset.height || 0);
      const text = (el.textContent || el.getAttribute('alt') || '').trim().slice(0, 70);
      const tall = el.tagName === 'TABLE' ? box.height > wanted + 1 : el.scrollHeight > el.clientHeight + 1;
      if (tall || el.scrollWidth > el.clientWidth + 1) out.push('slide ' + (i + 1) + ': “' + text + '”');
      if (box.right > frame.right + 1 || box.bottom > frame.bottom + 1) out.push('slide ' + (i + 1) + ': “' + text + '” (past the slide)');
    }
  });
  return out;
})()`;

export async function openPrinter(options: { executablePath?: string } = {}): Promise<Printer> {
  const { chromium } = await import('playwright-core');
  const browser: Browser = await chromium.launch({
    executablePath: options.executablePath ?? CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--font-render-hinting=none'],
  });
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  // Renderings are standalone: nothing they hold may reach the network.
  await context.route(/^https?:/, (route) => route.abort());
  const withPage = async <T>(html: string, use: (page: Awaited<ReturnType<BrowserContext['newPage']>>) => Promise<T>): Promise<T> => {
    const page = await context.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      return await use(page);
    } finally {
      await page.close();
    }
  };
  return {
    measureDoc: (html) => withPage(html, async (page) => {
      await page.emulateMedia({ media: 'print' });
      const overflows = await page.evaluate(DOC_OVERFLOWS) as string[];
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      return { pages: pdfPageCount(pdf), overflows };
    }),
    measureDeck: (html) => withPage(html, async (page) => ({
      slides: await page.locator('section.slide').count(),
      overflows: await page.evaluate(DECK_OVERFLOWS) as string[],
    })),
    screenshot: (html, path, shot = {}) => withPage(html, async (page) => {
      await page.screenshot({ path, fullPage: shot.fullPage ?? true, ...(shot.clip ? { clip: shot.clip } : {}) });
    }),
    close: async () => {
      await context.close();
      await browser.close();
    },
  };
}
