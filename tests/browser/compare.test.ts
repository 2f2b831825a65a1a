import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { browserMissing, nextFrames, screenshotPath, useBrowser } from './harness';

// The expected change, from the bundled records' own years (the single map's rule: drawn from
// the start, or the first documented year when the start is unknown, to the end year).
const records = (
  JSON.parse(readFileSync(resolve(process.cwd(), 'data/pairings.json'), 'utf8')) as {
    pairings: {
      id: string;
      east: { adcode: string };
      west: { adcode: string };
      startYear: number | null;
      firstDocumented: { year: number };
      endYear: number | null;
    }[];
  }
).pairings;
const inYear = (p: (typeof records)[number], y: number) =>
  (p.startYear ?? p.firstDocumented.year) <= y && (p.endYear === null || p.endYear >= y);

/** A download saved to a temporary file (the browser runs as a separate server). */
async function saved(download: Download) {
  const path = join(mkdtempSync(join(tmpdir(), 'atlas-dl-')), download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

const grid = (page: Page) => page.locator('[data-testid="map-grid"]');
const smallMaps = (page: Page) => page.locator('[data-testid="map-small"]');

/** Every small map has drawn its chart. */
async function gridReady(page: Page, n: number) {
  await smallMaps(page)
    .nth(n - 1)
    .locator('canvas')
    .first()
    .waitFor();
  expect(await smallMaps(page).count()).toBe(n);
  await nextFrames(page);
}

const attrs = (page: Page, name: string) =>
  smallMaps(page).evaluateAll((els, a) => els.map((e) => e.getAttribute(a) ?? ''), name);

/** The single map's counts: relationships drawn and province pairs (from its summary). */
async function singleMapCounts(page: Page) {
  const chart = page.locator('[data-testid="map-chart"]');
  await chart.locator('.echarts-for-react canvas').nth(2).waitFor();
  const summary = await page.locator('[data-testid="map-summary"]').innerText();
  return {
    year: await chart.getAttribute('data-year'),
    arcs: await chart.getAttribute('data-arcs'),
    pairs: /(\d+) province pairs?/.exec(summary)?.[1],
  };
}

describe.skipIf(browserMissing)('comparing years on the map', () => {
  const { open } = useBrowser();

  it('draws the years side by side with the single map’s counts, lights a hovered province in every map, and opens a year in the full map', async () => {
    const { page, problems } = await open('?compare=2005,2016,2021&lang=en');
    await gridReady(page, 3);
    expect(await attrs(page, 'data-year')).toEqual(['2005', '2016', '2021']);
    const arcs = await attrs(page, 'data-arcs');
    const pairs = await attrs(page, 'data-pairs');
    await page.screenshot({ path: screenshotPath('compare-1366-en') });

    // The whole grid exports as one picture at twice its size.
    const gridBox = (await grid(page).boundingBox())!;
    const png = page.waitForEvent('download');
    await page
      .locator('[data-view="map"]')
      .getByRole('button', { name: 'Export PNG (2×)' })
      .click();
    const image = readFileSync(await saved(await png));
    expect(image.subarray(1, 4).toString()).toBe('PNG');
    expect(Math.abs(image.readUInt32BE(16) - 2 * gridBox.width)).toBeLessThanOrEqual(4);

    // Hover provinces of the first map until one lights: it lights in all three.
    const box = (await smallMaps(page).first().locator('canvas').first().boundingBox())!;
    let focus = '';
    for (let fy = 0.3; fy < 0.8 && !focus; fy += 0.1) {
      for (let fx = 0.15; fx < 0.85 && !focus; fx += 0.05) {
        await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
        focus = (await grid(page).getAttribute('data-focus')) ?? '';
      }
    }
    expect(focus).toMatch(/^\d{2}0000$/);
    await nextFrames(page);
    for (const lit of await attrs(page, 'data-highlighted')) {
      expect(lit.split(',')).toContain(focus);
    }
    await page.mouse.move(2, 2);
    await expect.poll(() => grid(page).getAttribute('data-focus')).toBe('');

    // Each small map opens its year in the full map, whose counts are the small map's.
    for (const [i, year] of ['2005', '2016', '2021'].entries()) {
      await page.getByRole('button', { name: `Open ${year} in the full map` }).click();
      expect(await singleMapCounts(page)).toEqual({ year, arcs: arcs[i], pairs: pairs[i] });
      expect(new URL(page.url()).searchParams.get('compare')).toBeNull();
      await page.goBack();
      await gridReady(page, 3);
    }
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('lists exactly the relationships that started and ended from 2016 to 2021, with sources, and exports them as CSV', async () => {
    const { page, problems } = await open('?diff=2016,2021&lang=en');
    const table = page.locator('[data-testid="map-diff-table"]');
    await page.locator('[data-testid="map-diff-chart"] canvas').first().waitFor();
    const rows = (change: string) =>
      table
        .locator(`tbody tr[data-change="${change}"]`)
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-pairing')));
    const started = records.filter((p) => !inYear(p, 2016) && inYear(p, 2021)).map((p) => p.id);
    const ended = records.filter((p) => inYear(p, 2016) && !inYear(p, 2021)).map((p) => p.id);
    const continued = records.filter((p) => inYear(p, 2016) && inYear(p, 2021));
    expect(started.length).toBeGreaterThan(0);
    expect(ended.length).toBeGreaterThan(0);
    expect(await rows('started')).toEqual(started);
    expect(await rows('ended')).toEqual(ended);
    // Every listed row names its sources once the bibliography is there.
    await expect
      .poll(() => table.locator('tbody tr .map-diff__sources li').count())
      .toBeGreaterThanOrEqual(started.length + ended.length);
    const counts = page.locator('[data-testid="map-diff-counts"] li');
    expect(
      await counts.evaluateAll((els) => els.map((e) => e.getAttribute('data-pairings'))),
    ).toEqual([started.length, ended.length, continued.length].map(String));
    await page.screenshot({ path: screenshotPath('diff-1366-en'), fullPage: true });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the change (CSV)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/map-diff-2016.*2021.*\.csv$/);
    const csv = readFileSync(await saved(file), 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toContain('Change');
    expect(lines).toHaveLength(1 + started.length + ended.length);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('loads the comparison code only when asked, offers the rounds in Compare years, refuses a bad list there and in the link', async () => {
    const { page, problems, requests } = await open('?lang=zh-CN', { width: 390, height: 844 });
    await page.locator('[data-testid="map-chart"] canvas').first().waitFor();
    expect(requests.filter((u) => /Comparison/.test(u))).toEqual([]);

    await page.getByRole('button', { name: '地图选项' }).click();
    await page.getByText('比较年份').click();
    const input = page.getByLabel('自选年份（2–6 个，从早到晚，逗号分隔）');
    await input.fill('2021, 2016');
    await page.getByRole('button', { name: '并排显示' }).click();
    await page.getByRole('alert').getByText('请填写 1990–2025 年间').waitFor();
    expect(new URL(page.url()).searchParams.get('compare')).toBeNull();

    await page.getByRole('button', { name: '四轮并排：1996、2010、2016、2021' }).click();
    await gridReady(page, 4);
    expect(new URL(page.url()).searchParams.get('compare')).toBe('1996,2010,2016,2021');
    // Phones: two maps a row.
    const tops = await smallMaps(page).evaluateAll((els) =>
      els.map((e) => Math.round(e.getBoundingClientRect().top)),
    );
    expect(tops[0]).toBe(tops[1]);
    expect(tops[2]).toBe(tops[3]);
    expect(tops[2]).toBeGreaterThan(tops[0]!);
    await page.screenshot({ path: screenshotPath('compare-390-zh') });
    // A year before the full map's range is shown, not offered to open.
    expect(await page.getByRole('button', { name: '在完整地图中打开 1996 年' }).count()).toBe(0);
    await page.getByRole('button', { name: '返回单年地图' }).click();
    await page.locator('[data-testid="map-chart"] canvas').first().waitFor();

    // A tampered link: both lists are reported in the reader's language, the single map stays.
    await page.goto(page.url().replace(/\?.*$/, '?lang=zh-CN&compare=2021,2016&diff=2016'));
    const notice = page.locator('.notice').filter({ hasText: '链接中的部分参数已忽略' });
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/compare[\s\S]*diff/);
    await page.locator('[data-testid="map-chart"] canvas').first().waitFor();
    expect(await smallMaps(page).count()).toBe(0);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('works in an embed: ?embed=map&compare=… draws its small maps', async () => {
    const { page, problems } = await open('?embed=map&compare=2010,2016,2021&lang=en', {
      width: 640,
      height: 800,
    });
    await gridReady(page, 3);
    expect(await attrs(page, 'data-year')).toEqual(['2010', '2016', '2021']);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });
});
