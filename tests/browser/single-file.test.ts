import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readZip } from '../fixtures/read-zip';
import { atlasUrl, browserMissing, screenshotPath, useBrowser } from './harness';

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

  it('downloads one view in one state as an offline file that opens from file:// with no requests, and as a SCORM 1.2 package', async () => {
    const { page: site, problems: siteProblems } = await open('?lang=en&year=2016', {
      width: 1366,
      height: 900,
    });
    // The site publishes the single file beside itself (npm run build, then build:single).
    expect((await fetch(new URL('east-west-vet-atlas.html', atlasUrl))).status).toBe(200);
    const panel = site.locator('section[data-view=trend]');
    await panel.scrollIntoViewIfNeeded();
    await panel.getByRole('button', { name: /^Embed/ }).click();
    const dialog = site.locator('dialog[open]');
    await dialog.getByRole('combobox', { name: 'Year' }).selectOption('2010');
    const save = async (button: string) => {
      const [download] = await Promise.all([
        site.waitForEvent('download'),
        dialog.getByRole('button', { name: button }).click(),
      ]);
      const file = join(
        mkdtempSync(join(tmpdir(), 'atlas-offline-')),
        download.suggestedFilename(),
      );
      await download.saveAs(file);
      return { file, name: download.suggestedFilename() };
    };
    const html = await save('Download offline file (.html)');
    expect(html.name).toBe('east-west-vet-atlas-trend-2010-en.html');
    const scorm = await save('Download SCORM 1.2 package (.zip)');
    expect(scorm.name).toBe('east-west-vet-atlas-trend-scorm-2010-en.zip');

    // The file alone, from a disk: the trend embed in 2010, in English, no request made.
    const page = await site.context().newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!/^(file|data|blob):/.test(r.url())) requests.push(r.url());
    });
    await page.goto(pathToFileURL(html.file).toString());
    await page.getByRole('heading', { level: 1, name: 'West/East GDP ratio' }).waitFor();
    await page.waitForFunction(
      () => performance.getEntriesByName('atlas-view-shown:trend').length > 0,
    );
    await expect(page.locator('.takeaway').textContent()).resolves.toContain('2010');
    await expect(page.locator('.embed__credit').textContent()).resolves.toContain(
      'Data and quotations',
    );
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(await csp(page)).toEqual([]);

    // The package: its manifest at the root launches exactly that file.
    const zip = readZip(readFileSync(scorm.file));
    const manifest = new TextDecoder().decode(zip.get('imsmanifest.xml'));
    expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
    const href = /<resource [^>]*href="([^"]+)"/.exec(manifest)![1]!;
    expect(href).toBe('east-west-vet-atlas-trend-2010-en.html');
    expect(Buffer.from(zip.get(href)!).equals(readFileSync(html.file))).toBe(true);
    expect(siteProblems.pageErrors).toEqual([]);
  });
});
