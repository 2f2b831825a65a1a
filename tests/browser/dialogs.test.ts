import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { browserMissing, screenshotPath, useBrowser } from './harness';

const UI = {
  'zh-CN': {
    share: '分享',
    own: '载入数据',
    sources: '资料来源',
    embed: '嵌入',
    close: '关闭',
    crashed: '这一部分出错了',
    reload: '重新加载这一部分',
  },
  en: {
    share: 'Share',
    own: 'Load data',
    sources: 'Sources',
    embed: 'Embed',
    close: 'Close',
    crashed: 'This part failed',
    reload: 'Reload this part',
  },
} as const;

/** The element that has focus, described well enough to compare. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      text: el?.textContent?.trim() ?? '',
      label: el?.getAttribute('aria-label') ?? '',
      inDialog: Boolean(el?.closest('dialog[open]')),
      nowhere: !el || el === document.body,
    };
  });

/** On phones the header's controls fold behind Menu: unfold it when the opener is hidden. */
async function reveal(page: Page, opener: Locator) {
  if (await opener.isVisible()) return;
  await page
    .locator('header')
    .getByRole('button', { name: /Menu|菜单/ })
    .click();
  await opener.waitFor();
}

/**
 * Opens a dialog from the keyboard (its opener focused, Enter), checks that focus is inside and
 * stays inside while tabbing, takes a screenshot, closes it with Escape and checks that focus is
 * back on the opener; then opens it again and closes it with its Close button, the same.
 */
async function walkDialog(
  page: Page,
  opener: Locator,
  shot: string,
  ready: (d: Locator) => Locator,
) {
  await reveal(page, opener);
  await opener.focus();
  const before = await focused(page);
  await page.keyboard.press('Enter');
  const dialog = page.locator('dialog[open]');
  await dialog.waitFor();
  await ready(dialog).first().waitFor();
  expect((await focused(page)).inDialog, `${shot}: focus moves into the dialog`).toBe(true);
  await page.screenshot({ path: screenshotPath(shot) });
  // The page behind is inert: tabbing never reaches it (Chromium may pass focus to its own UI,
  // which leaves the document without a focused element).
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    expect(now.inDialog || now.nowhere, `${shot}: tab ${i + 1} stays in the dialog`).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog.count()).resolves.toBe(0);
  expect(await focused(page), `${shot}: focus returns to the opener`).toEqual(before);
  // Its own Close button, pressed from the keyboard, returns focus there too.
  await page.keyboard.press('Enter');
  await ready(dialog).first().waitFor();
  await dialog.locator('.drawer__head button').focus();
  await page.keyboard.press('Enter');
  await expect(dialog.count()).resolves.toBe(0);
  expect(await focused(page), `${shot}: Close returns focus to the opener`).toEqual(before);
  return dialog;
}

describe.skipIf(browserMissing)('dialogs', () => {
  const { open } = useBrowser();

  it.each([
    { lang: 'zh-CN', width: 1366, height: 768 },
    { lang: 'en', width: 1366, height: 768 },
    { lang: 'zh-CN', width: 390, height: 844 },
    { lang: 'en', width: 390, height: 844 },
  ] as const)(
    'opens every dialog by keyboard, keeps focus inside, and returns it on Escape and on Close ($lang, $width px)',
    async ({ lang, width, height }) => {
      const ui = UI[lang];
      const { page, problems } = await open(`?lang=${lang}&year=2016`, { width, height });
      const size = `${lang}-${width}`;
      const header = page.locator('header');
      await walkDialog(
        page,
        header.getByRole('button', { name: ui.share, exact: true }),
        `dialog-share-${size}`,
        (d) => d.locator('svg.qr'),
      );
      await walkDialog(
        page,
        header.getByRole('button', { name: ui.own, exact: true }),
        `dialog-own-data-${size}`,
        (d) => d.locator('input[type=file]'),
      );
      await walkDialog(
        page,
        header.getByRole('button', { name: ui.sources, exact: true }),
        `dialog-sources-${size}`,
        (d) => d.locator('.sources-list li'),
      );
      // One Embed dialog here; every view's is opened by every-control.test.ts.
      await walkDialog(
        page,
        page
          .locator('section[data-view=map]')
          .getByRole('button', { name: new RegExp(`^${ui.embed}`) }),
        `dialog-embed-map-${size}`,
        (d) => d.getByRole('textbox'),
      );
      // The Embed snippet is for that view and the state shown.
      await page
        .locator('section[data-view=hub]')
        .getByRole('button', { name: new RegExp(`^${ui.embed}`) })
        .click();
      const snippet = await page.locator('dialog[open]').getByRole('textbox').first().inputValue();
      expect(snippet).toContain('embed=hub');
      expect(snippet).toContain('year=2016');
      // A click on the backdrop closes it too.
      await page.mouse.click(2, 2);
      await expect(page.locator('dialog[open]').count()).resolves.toBe(0);
      await expect(page.getByRole('heading', { level: 2 }).first().isVisible()).resolves.toBe(true);
      expect(problems.pageErrors).toEqual([]);
      expect(await problems.cspViolations()).toEqual([]);
    },
  );

  it('keeps a failure inside its part: a dialog or a panel whose code does not load says so, the rest works, and "Reload this part" brings it back', async () => {
    const ui = UI['zh-CN'];
    const { page } = await open('', { width: 1366, height: 768 });
    // The network drops the Share dialog's code and the trend's (as venue Wi-Fi does).
    let offline = true;
    await page.route(/\/assets\/(ShareDialog|trend)-[\w-]+\.js$/, (route) =>
      offline ? route.fulfill({ status: 503, body: '' }) : route.continue(),
    );
    await page.reload();
    const trend = page.locator('section[data-view=trend]');
    await trend.getByRole('alert').filter({ hasText: ui.crashed }).waitFor();
    await page.locator('header').getByRole('button', { name: ui.share, exact: true }).click();
    const dialog = page.locator('dialog[open]');
    await dialog.getByRole('alert').filter({ hasText: ui.crashed }).waitFor();
    // The header still works (the language changes everywhere), and so do the other views.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('heading', { name: 'Policy timeline' }).waitFor();
    await page
      .locator('section[data-view=timeline]')
      .getByRole('button', { name: /^Play/ })
      .waitFor();
    await page.getByTestId('hub-matrix').waitFor();
    // Back online: each part reloads in place, without reloading the page.
    offline = false;
    await trend.getByRole('button', { name: UI.en.reload }).click();
    await trend.locator('canvas').first().waitFor();
    await page.locator('header').getByRole('button', { name: UI.en.share, exact: true }).click();
    await page.locator('dialog[open] svg.qr').waitFor();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
  });
});
