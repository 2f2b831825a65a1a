import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Frame,
  type Page,
} from 'playwright-core';

export const atlasUrl = inject('atlasUrl');
/** Browser tests are skipped only when Chromium is missing outside CI (the setup says so loudly). */
export const browserMissing = atlasUrl === '';

export interface PageProblems {
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** console.error messages. */
  consoleErrors: string[];
  /** Content-Security-Policy violations reported by the page. */
  cspViolations: () => Promise<string[]>;
}

/** Connects to the shared Chromium once per test file and closes contexts afterwards. */
export function useBrowser() {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    if (browserMissing) return;
    browser = await chromium.connect(inject('wsEndpoint'));
  });
  // Each test's pages close when it ends: a page left open keeps animating the map's flows
  // and slows every later test in the file.
  const closeAll = () =>
    Promise.all(contexts.splice(0).map((c) => c.close().catch(() => undefined)));
  afterEach(closeAll);
  afterAll(async () => {
    await closeAll();
    await browser?.close();
  });

  /** Opens a page at `search` (e.g. "?lang=en") with a fresh context and problem recorders. */
  async function open(
    search = '',
    opts: {
      width?: number;
      height?: number;
      locale?: string;
      reducedMotion?: boolean;
      /**
       * Installs Playwright's clock before the page loads: time runs as usual, and a test that
       * checks that nothing happens for a while moves it on with `page.clock.runFor(ms)`
       * instead of sleeping. The clock also stubs the performance timeline: the app's marks
       * (`atlas-first-screen`, …) cannot be read under it; wait on the page's state instead.
       */
      clock?: boolean;
    } = {},
  ): Promise<{ page: Page; problems: PageProblems; requests: string[] }> {
    const context = await browser!.newContext({
      viewport: { width: opts.width ?? 1366, height: opts.height ?? 900 },
      locale: opts.locale ?? 'zh-CN',
      reducedMotion: opts.reducedMotion ? 'reduce' : 'no-preference',
    });
    contexts.push(context);
    if (opts.clock) await context.clock.install();
    await context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const page = await context.newPage();
    const problems: PageProblems = {
      pageErrors: [],
      consoleErrors: [],
      cspViolations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
    };
    // Every URL the page asks for, from the start (the performance timeline is not readable
    // under Playwright's clock).
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => problems.pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.consoleErrors.push(m.text());
    });
    await page.goto(`${atlasUrl}${search}`);
    return { page, problems, requests };
  }
  return { open };
}

/** Where screenshots go; they are looked at by people, not compared by tests. */
export function screenshotPath(name: string) {
  const dir = resolve(process.cwd(), 'test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return resolve(dir, `${name}.png`);
}

/** The pixels of every canvas matching `selector`, as one string to compare. */
export const canvasPixels = (page: Page | Frame, selector = 'canvas') =>
  page.evaluate(
    (sel) =>
      [...document.querySelectorAll<HTMLCanvasElement>(sel)].map((c) => c.toDataURL()).join(),
    selector,
  );

/**
 * Resolves once the page has rendered `n` more animation frames: what was just set (a chart's
 * option, a cursor) has been drawn.
 */
export const nextFrames = (page: Page | Frame, n = 2) =>
  page.evaluate(
    (k) =>
      new Promise<void>((done) => {
        const step = (left: number) =>
          left ? requestAnimationFrame(() => step(left - 1)) : done();
        step(k);
      }),
    n,
  );

/**
 * Waits until every panel on the page that may load has shown its view (the app marks each
 * with `atlas-view-shown:<view>`; a panel waiting for the reader to come near is left out) and
 * what was shown has been drawn (two frames).
 */
export async function untilViewsShown(page: Page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('section[data-view]:not(:has(.panel__deferred))')].every(
      (s) =>
        performance.getEntriesByName(`atlas-view-shown:${s.getAttribute('data-view')}`).length > 0,
    ),
  );
  await nextFrames(page);
}

/**
 * Waits until the canvases matching `selector` stop changing between polls (an entry
 * animation has ended, every layer has drawn), for 5 s at most; returns their pixels.
 */
export async function untilCanvasesSettle(page: Page | Frame, selector = 'canvas') {
  let before = await canvasPixels(page, selector);
  for (let i = 0; i < 20; i++) {
    // A poll, not a wait for a moment: it ends as soon as two looks 250 ms apart agree (an
    // ECharts animation has no event for "the last frame has been painted").
    await page.waitForTimeout(250);
    const now = await canvasPixels(page, selector);
    if (now === before) break;
    before = now;
  }
  return before;
}
