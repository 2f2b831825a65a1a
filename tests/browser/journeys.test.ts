import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserMissing, useBrowser } from './harness';

const VIEWS = ['map', 'trend', 'timeline', 'radar', 'hub'] as const;
const storySteps = () =>
  (
    JSON.parse(readFileSync(resolve(process.cwd(), 'data/story.json'), 'utf8')) as {
      steps: unknown[];
    }
  ).steps.length;

/** Waits until every panel has drawn its view (the marks the app emits), nothing loading. */
async function allViewsShown(page: Page) {
  await page.waitForFunction(
    (views) =>
      views.every((v) => performance.getEntriesByName(`atlas-view-shown:${v}`).length > 0) &&
      document.querySelectorAll('.panel__loading, .panel__deferred').length === 0,
    [...VIEWS],
  );
}

/**
 * What the page shows, as text to compare: the language and theme, every pressed, selected
 * and checked control and every slider's value by name, and the text of the whole page. A
 * control whose state is in the URL shows up here by itself.
 */
const shown = (page: Page) =>
  page.evaluate(() => {
    const name = (el: Element) =>
      (el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\s+/g, ' ');
    const all = (selector: string) => [...document.querySelectorAll(selector)].map(name);
    return {
      lang: document.documentElement.lang,
      theme: document.documentElement.dataset.theme,
      pressed: all('[aria-pressed=true]'),
      selected: all('[aria-selected=true]'),
      checked: [...document.querySelectorAll('input:checked')].map((i) =>
        name(i.closest('label') ?? i),
      ),
      sliders: [...document.querySelectorAll('[role=slider]')].map(
        (e) => e.getAttribute('aria-valuetext') ?? e.getAttribute('aria-valuenow'),
      ),
      text: document.querySelector('main')!.innerText,
    };
  });

/**
 * Sets the state a reader can set through the atlas's controls, one change at a time, and
 * returns the address after each. Each step says which URL parameter it sets; the map's own
 * controls join this list as their state joins the URL.
 */
async function setThroughTheUi(page: Page) {
  const steps: { param: string; act: () => Promise<void> }[] = [
    {
      // Choosing the default language still names it: an English reader must see Chinese.
      param: 'lang',
      act: () => page.getByRole('button', { name: '中文', exact: true }).click(),
    },
    {
      param: 'shade',
      act: () =>
        page
          .locator('[data-view=map]')
          .getByRole('button', { name: /年结对数$/ })
          .click(),
    },
    {
      param: 'overlay',
      act: () => page.locator('[data-view=map] .map-toggle input').check(),
    },
    {
      param: 'drill',
      act: () =>
        page.locator('[data-view=map]').getByRole('button', { name: '查看贵州各地州' }).click(),
    },
    {
      param: 'model',
      act: () =>
        page
          .locator('[data-view=radar]')
          .getByRole('button', { name: /产教融合共建型/ })
          .first()
          .click(),
    },
    {
      param: 'series',
      act: () =>
        page.locator('[data-view=trend]').getByRole('button', { name: '中部/东部' }).click(),
    },
    {
      param: 'hub',
      act: () => page.locator('[data-view=hub] .hub__dot').nth(1).click(),
    },
    {
      param: 'year',
      act: async () => {
        await page.locator('[data-view=timeline] [role=slider]').focus();
        await page.keyboard.press('ArrowLeft');
      },
    },
    {
      param: 'policy',
      act: () => page.locator('[data-view=timeline] [role=option]').nth(2).click(),
    },
  ];
  const addresses: string[] = [];
  for (const step of steps) {
    const before = page.url();
    await step.act();
    await page.waitForFunction((b) => location.href !== b, before);
    expect(new URL(page.url()).searchParams.has(step.param), step.param).toBe(true);
    addresses.push(new URL(page.url()).search);
  }
  return addresses;
}

describe.skipIf(browserMissing)('journeys', () => {
  const { open } = useBrowser();

  it('shares exactly what was seen: the Share link opens the same atlas for a reader whose browser speaks English', async () => {
    const { page, problems } = await open('', { width: 1366, height: 768, locale: 'zh-CN' });
    await allViewsShown(page);
    const landing = new URL(page.url()).search;
    const addresses = await setThroughTheUi(page);
    const seen = await shown(page);

    await page.getByRole('button', { name: '分享', exact: true }).click();
    const link = await page.getByRole('textbox', { name: '当前状态的链接' }).inputValue();
    expect(new URL(link).searchParams.get('lang')).toBe('zh-CN');
    await page.keyboard.press('Escape');

    const reader = await open(new URL(link).search, {
      width: 1366,
      height: 768,
      locale: 'en-US',
    });
    await allViewsShown(reader.page);
    expect(await shown(reader.page)).toEqual(seen);
    expect(reader.problems.pageErrors).toEqual([]);

    // Back walks the same states in reverse, down to the address the reader arrived at, and
    // never out of the atlas; forward walks them again.
    for (let i = addresses.length - 2; i >= -1; i--) {
      await page.goBack();
      expect(new URL(page.url()).search).toBe(i >= 0 ? addresses[i] : landing);
    }
    expect(page.url().startsWith(new URL(link).origin)).toBe(true);
    await page.getByRole('heading', { name: '协作流向地图' }).waitFor();
    for (const address of addresses) {
      await page.goForward();
      expect(new URL(page.url()).search).toBe(address);
    }
    await allViewsShown(page);
    expect(await shown(page)).toEqual(seen);
    expect(problems.pageErrors).toEqual([]);
    expect(await problems.cspViolations()).toEqual([]);
  });

  it('leaves presenter mode (Esc) for the dashboard as it was before presenting', async () => {
    const { page, problems } = await open('?lang=en&year=2010&series=west-share', {
      width: 1366,
      height: 768,
    });
    await allViewsShown(page);
    const before = await shown(page);
    const address = new URL(page.url()).search;
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.locator('.slide__title').waitFor();
    for (const step of [2, 3]) {
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((n) => location.search.includes(`present=${n}`), step);
    }
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Collaboration-flow map' }).waitFor();
    expect(new URL(page.url()).search).toBe(address);
    await allViewsShown(page);
    expect(await shown(page)).toEqual(before);
    expect(problems.pageErrors).toEqual([]);
  });

  it('moves the talk from the speaker window with the clicker’s keys', async () => {
    const total = storySteps();
    const { page: audience, problems } = await open('?present=1&lang=en', {
      width: 1024,
      height: 768,
    });
    await audience.locator('.slide__title').waitFor();
    const speaker = await audience.context().newPage();
    await speaker.goto(`${audience.url().replace(/#.*$/, '')}#speaker`);
    const heading = speaker.getByRole('heading', { level: 1 });
    await heading.filter({ hasText: `1 / ${total}` }).waitFor();
    for (const [key, step] of [
      ['ArrowRight', 2],
      ['PageDown', 3],
      ['PageUp', 2],
      ['ArrowLeft', 1],
      ['End', total],
      ['Home', 1],
    ] as const) {
      await speaker.keyboard.press(key);
      await audience.waitForFunction((n) => location.search.includes(`present=${n}`), step);
      await heading.filter({ hasText: `${step} / ${total}` }).waitFor();
    }
    expect(problems.pageErrors).toEqual([]);
  });
});
