import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserMissing, screenshotPath, useBrowser } from './harness';

const csp = (page: Page) =>
  page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);

const single = resolve(process.cwd(), 'dist-single/east-west-vet-atlas.html');

describe.skipIf(browserMissing)('offline single file', () => {
  const { open } = useBrowser();

  it('opens from file:// and renders every view with zero network requests', async () => {
    expect(existsSync(single), 'run npm run build:single first').toBe(true);
    const { page: served } = await open('', { width: 1366, height: 900 });
    // A page of its own: the served atlas opened by the harness may still be fetching chunks.
    const page = await served.context().newPage();
    const problems = { pageErrors: [] as string[], cspViolations: () => csp(page) };
    page.on('pageerror', (e) => problems.pageErrors.push(e.message));
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!/^(file|data|blob):/.test(r.url())) requests.push(r.url());
    });
    await page.goto(pathToFileURL(single).toString());
    for (const view of ['map', 'trend', 'timeline', 'radar', 'hub']) {
      await page.locator(`[data-view="${view}"]`).waitFor();
    }
    await page.waitForFunction(
      () => document.querySelectorAll('.panel__loading, .panel__deferred').length === 0,
    );
    await expect(page.locator('.dataset-error').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Policy timeline' }).waitFor();
    expect(requests).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(await problems.cspViolations()).toEqual([]);
    await page.screenshot({ path: screenshotPath('single-file'), fullPage: false });
  });
});
