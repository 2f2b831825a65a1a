import { describe, expect, it } from 'vitest';
import { browserMissing, screenshotPath, useBrowser } from './harness';

const VIEWS = ['map', 'trend', 'timeline', 'radar', 'hub'] as const;

describe.skipIf(browserMissing)('dialogs', () => {
  const { open } = useBrowser();

  it.each([
    { lang: 'zh-CN', width: 1366, height: 768, embed: '嵌入', close: '关闭' },
    { lang: 'en', width: 390, height: 844, embed: 'Embed', close: 'Close' },
  ])(
    'opens the Embed dialog of every view ($lang, $width px) with that view’s snippet',
    async ({ lang, width, height, embed, close }) => {
      const { page, problems } = await open(`?lang=${lang}&year=2016`, { width, height });
      for (const view of VIEWS) {
        const panel = page.locator(`section[data-view=${view}]`);
        await panel.getByRole('button', { name: new RegExp(`^${embed}`) }).click();
        const dialog = page.getByRole('dialog');
        await dialog.waitFor();
        const snippet = await dialog.getByRole('textbox').inputValue();
        expect(snippet, view).toContain(`embed=${view}`);
        expect(snippet, view).toContain('year=2016');
        if (view === 'map' || view === 'hub') {
          await page.screenshot({ path: screenshotPath(`dialog-embed-${view}-${lang}-${width}`) });
        }
        await dialog.getByRole('button', { name: close, exact: true }).click();
        await expect(dialog.count()).resolves.toBe(0);
        // The page is still there: the header and the panel's title.
        await expect(page.locator('header').count()).resolves.toBe(1);
        await expect(panel.locator('.panel__title').isVisible()).resolves.toBe(true);
      }
      expect(problems.pageErrors).toEqual([]);
      expect(await problems.cspViolations()).toEqual([]);
    },
  );
});
