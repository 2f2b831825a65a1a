import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserMissing, screenshotPath, useBrowser, type PageProblems } from './harness';

/**
 * Every control, every mode: presses every visible, enabled button, checkbox, radio, tab,
 * switch and summary in turn — and the controls of each dialog one opens, then Escape — and
 * after each checks that nothing broke: no uncaught error, the page still has its content, no
 * CSP violation. A control that blanks the page (React error #185 from the Embed button, once)
 * fails here, whichever control it is.
 */

const CONTROLS = [
  'button',
  'summary',
  'input[type=checkbox]',
  'input[type=radio]',
  '[role=tab]',
  '[role=switch]',
  '[role=checkbox]',
  '[role=radio]',
].join(',');

/** What a press found and left: its key (null when every control was pressed), and the page. */
interface Pressed {
  key: string | null;
  /** The page still shows something (a blank #root is what React error #185 leaves). */
  content: boolean;
  /**
   * Parts showing their failure message: an error boundary keeps a crash inside its part (a
   * dialog, a panel), so the page lives on, but the control still broke that part.
   */
  crashed: string[];
  csp: string[];
}

/**
 * Runs in the page: finds the first visible, enabled control not pressed yet (in document
 * order; in the open dialog when `inDialog`), scrolls it to the middle of the screen as a
 * reader would (panels below load on approach), clicks it, and reports two frames later. One
 * round trip per control keeps the whole walk within a minute or two.
 */
async function pressNext(args: {
  selector: string;
  pressed: string[];
  inDialog: boolean;
}): Promise<Pressed> {
  const report = (key: string | null) => ({
    key,
    content: (document.getElementById('root')?.innerText.trim().length ?? 0) > 0,
    crashed: [...document.querySelectorAll('.view-crashed')].map(
      (el) =>
        (el.closest('[data-view]') as HTMLElement | null)?.dataset.view ??
        (el.closest('dialog') ? 'a dialog' : 'a part'),
    ),
    csp: (window as unknown as { __csp: string[] }).__csp,
  });
  const dialog = document.querySelector('dialog[open], [role=dialog]');
  const scope = args.inDialog ? dialog : document;
  if (!scope) return report(null);
  const pressed = new Set(args.pressed);
  const seen = new Map<string, number>();
  for (const el of scope.querySelectorAll<HTMLElement>(args.selector)) {
    if (!args.inDialog && el.closest('dialog, [role=dialog]')) continue;
    const box = el.getBoundingClientRect();
    const visible =
      box.width > 0 && box.height > 0 && el.checkVisibility({ visibilityProperty: true });
    const enabled =
      !(el as HTMLButtonElement).disabled && el.getAttribute('aria-disabled') !== 'true';
    if (!visible || !enabled || el.closest('[inert]')) continue;
    const where = args.inDialog
      ? 'dialog'
      : ((el.closest('[data-view]') as HTMLElement | null)?.dataset.view ??
        (el.closest('header') ? 'header' : 'page'));
    const name = (el.getAttribute('aria-label') || el.textContent || el.title || '')
      .trim()
      .replace(/\s+/g, ' ')
      .slice(0, 60);
    const base = `${where} ${el.tagName.toLowerCase()} ${name}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const key = `${base} #${n}`;
    if (pressed.has(key)) continue;
    // A dialog's own Close button: Escape closes it instead, once the rest is pressed.
    if (args.inDialog && el.closest('.drawer__head')) continue;
    el.scrollIntoView({ block: 'center' });
    el.click();
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    return report(key);
  }
  return report(null);
}

/** What must hold after every press. */
function expectWhole(state: Pressed, problems: PageProblems, after: string) {
  expect(problems.pageErrors, `after ${after}`).toEqual([]);
  expect(state.content, `the page still has its content after ${after}`).toBe(true);
  expect(state.crashed, `parts showing their failure after ${after}`).toEqual([]);
  expect(state.csp, `after ${after}`).toEqual([]);
}

interface Mode {
  name: string;
  search: string;
  hash?: string;
  size: { width: number; height: number };
  /** Resolves once the mode's page is ready to be pressed. */
  ready: (page: Page) => Promise<unknown>;
  /** Waits for parts still loading (panels below load as the reader comes near them). */
  settle?: (page: Page) => Promise<unknown>;
  /** At least this many controls exist in the mode (the test cannot pass by pressing none). */
  atLeast: number;
}

const viewShown = (view: string) => (page: Page) =>
  page.waitForFunction(
    (v) => performance.getEntriesByName(`atlas-view-shown:${v}`).length > 0,
    view,
  );

const allViewsShown = (page: Page) =>
  page.waitForFunction(
    () =>
      ['map', 'trend', 'timeline', 'radar', 'hub'].every(
        (v) => performance.getEntriesByName(`atlas-view-shown:${v}`).length > 0,
      ) && document.querySelectorAll('.panel__loading, .panel__deferred').length === 0,
  );

/**
 * At least this many controls in each embed with controls=1 (10, 6, 6, 28 and 21 were pressed
 * when this was written: the view's toggles and exports, and what the chart offers to press),
 * so an embed that lost its controls fails here.
 */
const EMBED_CONTROLS = { map: 9, trend: 6, timeline: 6, radar: 24, hub: 18 };

const MODES: Mode[] = [
  {
    name: 'dashboard, zh-CN, 1366×768',
    search: '?lang=zh-CN',
    size: { width: 1366, height: 768 },
    ready: allViewsShown,
    atLeast: 60,
  },
  {
    name: 'dashboard, English phone 390×844',
    search: '?lang=en',
    size: { width: 390, height: 844 },
    ready: viewShown('map'),
    settle: allViewsShown,
    atLeast: 60,
  },
  // Embeds with their controls (controls=1): everything a chart-only embed offers (the hub's
  // matrix, the timeline's markers, the details once something is chosen) and the view's own
  // toggles and exports besides.
  ...(['map', 'trend', 'timeline', 'radar', 'hub'] as const).map((view): Mode => ({
    name: `embed ${view} with controls, 640 px`,
    search: `?embed=${view}&controls=1&lang=en`,
    size: { width: 640, height: 700 },
    ready: viewShown(view),
    atLeast: EMBED_CONTROLS[view],
  })),
  {
    name: 'presenter, projector theme, 1024×768',
    search: '?present=1&theme=projector',
    size: { width: 1024, height: 768 },
    ready: (page) => page.locator('.present__title').waitFor(),
    atLeast: 3,
  },
  {
    name: 'speaker window, 1366×768',
    search: '?present=1&lang=en',
    hash: '#speaker',
    size: { width: 1366, height: 768 },
    ready: (page) => page.locator('.speaker').waitFor(),
    atLeast: 2,
  },
];

describe.skipIf(browserMissing)('every control, every mode', () => {
  const { open } = useBrowser();

  it.each(MODES)(
    'presses every control: $name',
    async (mode) => {
      const start = `${mode.search}${mode.hash ?? ''}`;
      const { page, problems } = await open(start, mode.size);
      // A page that crashes while loading never gets ready: fail at once, with its error.
      const crash = new Promise<never>((_, fail) => page.on('pageerror', fail));
      const ready = () => Promise.race([mode.ready(page), crash]);
      await ready();
      const startLang = await page.getAttribute('html', 'lang');
      const startMode = await page.getAttribute('html', 'data-mode');
      /** Back to the mode's own page when a control took it elsewhere (Present, Exit). */
      const backToMode = async () => {
        await page.goto(new URL(start, page.url()).href);
        await ready();
      };
      const pressed: string[] = [];
      /** Controls pressed inside the dialogs the mode's controls opened. */
      const inDialogs: string[] = [];
      const press = (inDialog: boolean, done: string[]) =>
        page.evaluate(pressNext, { selector: CONTROLS, pressed: done, inDialog });
      /** The page's state without pressing anything (a selector that matches nothing). */
      const look = () =>
        page.evaluate(pressNext, { selector: ':not(*)', pressed: [], inDialog: false });

      /** What was pressed last, to name in a failure (what breaks may show a press later). */
      const last = () => pressed.at(-1) ?? 'loading';
      for (;;) {
        let state = await press(false, pressed);
        if (!state.key && mode.settle) {
          expectWhole(state, problems, last());
          await Promise.race([mode.settle(page), crash]);
          state = await press(false, pressed);
        }
        const key = state.key;
        expectWhole(state, problems, key ? `${last()}, or ${key}` : last());
        if (!key) break;
        pressed.push(key);

        // A dialog it opened: once its content has loaded, press its own controls, then Escape.
        if (await page.locator('dialog[open], [role=dialog]').count()) {
          await page.waitForFunction(() => {
            const dialog = document.querySelector('dialog[open], [role=dialog]');
            const body = dialog?.querySelector('.dialog__body') ?? dialog;
            return [...(body?.children ?? [])].some(
              (c) => !c.matches('.drawer__head, [role=status]'),
            );
          });
          expectWhole(await look(), problems, `${key}, its dialog loaded`);
          const done: string[] = [];
          for (;;) {
            const inner = await press(true, done);
            if (!inner.key) break;
            done.push(inner.key);
            inDialogs.push(`${key} → ${inner.key}`);
            expectWhole(inner, problems, `${key} → ${inner.key}`);
          }
          await page.keyboard.press('Escape');
          await page.locator('dialog[open], [role=dialog]').waitFor({ state: 'detached' });
        }

        // A control that changes the language changes every name: change it back, so each
        // control is pressed once. One that leaves the mode: back to the mode's page.
        const now = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          mode: document.documentElement.dataset.mode,
          hash: location.hash,
        }));
        if (
          now.mode !== startMode ||
          now.hash !== (mode.hash ?? '') ||
          !page.url().includes('/atlas/')
        ) {
          await backToMode();
        } else if (now.lang !== startLang) {
          await page.locator(`header button[lang="${startLang}"]`).click();
        }
      }
      await page.screenshot({
        path: screenshotPath(`every-control-${mode.name.replace(/\W+/g, '-')}`),
      });
      console.log(
        `${mode.name}: pressed ${pressed.length} controls, ${inDialogs.length} in dialogs`,
      );
      expect(pressed.length, pressed.join('\n')).toBeGreaterThanOrEqual(mode.atLeast);
    },
    // A walk through a hundred controls or more, each a redraw: minutes on a busy machine.
    300_000,
  );
});
