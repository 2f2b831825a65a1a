import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  atlasUrl,
  browserMissing,
  nextFrames,
  screenshotPath,
  untilCanvasesSettle,
  useBrowser,
} from './harness';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core violations inside the map panel, as "rule: targets" lines. */
async function axeMap(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (c: unknown, o: object) => Promise<unknown> } }).axe.run(
      document.querySelector('[data-view="map"]'),
      { resultTypes: ['violations'] },
    ),
  )) as { violations: { id: string; nodes: { target: string[] }[] }[] };
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

const chart = (page: Page) => page.locator('[data-testid="map-chart"]');
const arcsDrawn = async (page: Page) => Number(await chart(page).getAttribute('data-arcs'));

/** The map has drawn: its three layers (base, flows, names) are up and have painted. */
async function mapReady(page: Page) {
  await chart(page).locator('.echarts-for-react canvas').nth(2).waitFor();
  await nextFrames(page);
}

/** Moves the mouse over the map until a province is under it; returns its adcode and point. */
async function findProvince(page: Page) {
  const box = (await chart(page).locator('canvas').first().boundingBox())!;
  for (const fy of [0.35, 0.45, 0.55, 0.3, 0.65]) {
    for (let fx = 0.1; fx < 0.9; fx += 0.05) {
      const x = box.x + box.width * fx;
      const y = box.y + box.height * fy;
      await page.mouse.move(x, y);
      const focus = await chart(page).getAttribute('data-focus');
      if (focus && /^\d{6}$/.test(focus)) return { adcode: focus, x, y };
    }
  }
  throw new Error('no province found under the mouse');
}

describe.skipIf(browserMissing)('collaboration-flow map in Chromium', () => {
  const { open } = useBrowser();

  it('stops the flow animation while the map is scrolled out of view, and resumes it', async () => {
    const { page, problems } = await open('', { width: 1366, height: 900 });
    await mapReady(page);
    // Whether any of the map's canvases changes within 400 ms (the particles move every frame).
    const moving = () =>
      chart(page).evaluate(async (el) => {
        const shot = () => [...el.querySelectorAll('canvas')].map((c) => c.toDataURL());
        const a = shot();
        await new Promise((r) => setTimeout(r, 400));
        return shot().some((b, i) => b !== a[i]);
      });
    await expect.poll(moving, { timeout: 5000 }).toBe(true);
    await page.locator('section[data-view=hub]').scrollIntoViewIfNeeded();
    await expect.poll(moving, { timeout: 5000 }).toBe(false);
    expect(await moving()).toBe(false);
    await chart(page).scrollIntoViewIfNeeded();
    await expect.poll(moving, { timeout: 5000 }).toBe(true);
    expect(problems.pageErrors).toEqual([]);
  });

  it('draws its three layers in three tasks, and does not redraw when the data it only uses arrives', async () => {
    const { page, problems } = await open('', { reducedMotion: true });
    // Count each map layer's canvas clears (ECharts clears a canvas before it repaints it). At a
    // layer's first paint, log it and queue a timer: the timer's entry lands between two
    // paints only if they happened in different tasks.
    await page.context().addInitScript(() => {
      const log: string[] = [];
      (window as unknown as { __paints: string[] }).__paints = log;
      const clear = CanvasRenderingContext2D.prototype.clearRect;
      CanvasRenderingContext2D.prototype.clearRect = function (...args) {
        const layer = (this.canvas as HTMLCanvasElement).closest?.(
          '[data-testid=map-chart] .echarts-for-react',
        ) as (Element & { __clears?: number }) | null;
        if (layer) {
          if (!layer.__clears) {
            log.push('paint');
            setTimeout(() => log.push('next task'));
          }
          layer.__clears = (layer.__clears ?? 0) + 1;
        }
        return clear.apply(this, args);
      };
    });
    // What the map uses but does not need is held back until the map has drawn.
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/data\/(hub|gdp|sources)\.json$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.reload();
    const clears = () =>
      chart(page).evaluate((el) =>
        [...el.querySelectorAll('.echarts-for-react')].map(
          (c) => (c as Element & { __clears?: number }).__clears ?? 0,
        ),
      );
    const paints = () =>
      page.evaluate(() => (window as unknown as { __paints: string[] }).__paints.length);
    await expect.poll(paints, { timeout: 10_000 }).toBe(6);
    await nextFrames(page, 3);
    const drawn = await clears();
    expect(drawn.filter((n) => n > 0)).toHaveLength(3);
    expect(
      await page.evaluate(() => (window as unknown as { __paints: string[] }).__paints),
    ).toEqual(['paint', 'next task', 'paint', 'next task', 'paint', 'next task']);
    release();
    // All three files have arrived and the map has taken them: the hub toggle and the GDP
    // shading are usable and the geometry is credited. Then a few frames for any redraw.
    await page.locator('.map-toggle input:not([disabled])').waitFor();
    await page.locator('[data-view=map] button:has-text("GDP"):not([disabled])').waitFor();
    await page.waitForFunction(() => !!document.querySelector('.map-credit')?.textContent);
    await nextFrames(page, 3);
    expect(await clears()).toEqual(drawn);
    expect(problems.pageErrors).toEqual([]);
  });

  it('draws the map with arcs and a live summary, with zero CSP violations or page errors', async () => {
    const { page, problems } = await open('');
    await mapReady(page);
    const n = await arcsDrawn(page);
    expect(n).toBeGreaterThan(0);
    expect(await chart(page).getAttribute('data-motion')).toBe('on');
    const summary = await page.getByTestId('map-summary').innerText();
    expect(summary).toContain(`${n} 条协作关系`);
    // The takeaway above it is the live region (one announcement per change, not two).
    expect(await page.getByTestId('takeaway-map').getAttribute('aria-live')).toBe('polite');
    // A drawn map has many distinct colours on its canvas (fills, arcs, labels).
    const colours = await chart(page)
      .locator('canvas')
      .first()
      .evaluate((c: HTMLCanvasElement) => {
        const ctx = c.getContext('2d')!;
        const { data } = ctx.getImageData(0, 0, c.width, c.height);
        const seen = new Set<number>();
        for (let i = 0; i < data.length; i += 4 * 97)
          seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
        return seen.size;
      });
    expect(colours).toBeGreaterThan(20);
    expect(await problems.cspViolations()).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });

  it('lists exactly the arcs drawn in the data table, and follows the shared year', async () => {
    const { page } = await open('?lang=en');
    await mapReady(page);
    const panel = page.locator('[data-view="map"]');
    await panel.getByRole('button', { name: 'Data & sources' }).click();
    const rows = panel.locator('.data-sources table tbody tr');
    expect(await rows.count()).toBe(await arcsDrawn(page));

    const early = await open('?lang=en&year=2000');
    await mapReady(early.page);
    const summary = await early.page.getByTestId('map-summary').innerText();
    expect(summary).toContain('2000');
    const p2 = early.page.locator('[data-view="map"]');
    await p2.getByRole('button', { name: 'Data & sources' }).click();
    const n2 = await arcsDrawn(early.page);
    const rows2 = await p2.locator('.data-sources table tbody tr').count();
    expect(rows2).toBe(Math.max(1, n2)); // an empty table says "no data" in one row
  });

  it('lights up the partners of a hovered or keyboard-focused province and dims the rest', async () => {
    const { page } = await open('');
    await mapReady(page);
    expect(await chart(page).getAttribute('data-focus')).toBe('');
    const found = await findProvince(page);
    const lit = (await chart(page).getAttribute('data-highlighted'))!.split(',');
    expect(lit).toContain(found.adcode);
    // The provinces are drawn under the flows layer, which takes the pointer: the province's
    // tooltip is still shown, with this year's count of its pairings.
    const tip = chart(page).locator('div[style*="z-index: 9999999"]', { hasText: '点击查看详情' });
    await tip.waitFor({ state: 'visible' });
    expect(await tip.innerText()).toMatch(/该年结对：\d+ 项/);
    await page.mouse.move(1, 1);
    await page.waitForFunction(
      () => document.querySelector('[data-testid="map-chart"]')?.getAttribute('data-focus') === '',
    );

    // Keyboard: the province list buttons focus the same highlight.
    const panel = page.locator('[data-view="map"]');
    await panel.locator('.map-provinces summary').click();
    const button = panel.locator('.map-provinces button').first();
    await button.focus();
    const focus = await chart(page).getAttribute('data-focus');
    expect(focus).toMatch(/^\d{6}$/);
  });

  it('selects a clicked province: URL province= and a detail panel listing its pairings', async () => {
    const { page, problems } = await open('');
    await mapReady(page);
    const { adcode, x, y } = await findProvince(page);
    await page.mouse.click(x, y);
    await page.waitForFunction((code) => location.search.includes(`province=${code}`), adcode);
    const detail = page.getByTestId('map-detail');
    await expect(detail.getByRole('button', { name: '取消选择' }).isVisible()).resolves.toBe(true);
    const heading = await detail.locator('h3').innerText();
    expect(heading).not.toBe('详情');
    await detail.getByRole('button', { name: '取消选择' }).click();
    await page.waitForFunction(() => !location.search.includes('province='));
    expect(problems.pageErrors).toEqual([]);
  });

  it('selects a relationship from the table: URL pairing= and the pairing in the detail panel', async () => {
    const { page } = await open('');
    await mapReady(page);
    const panel = page.locator('[data-view="map"]');
    await panel.getByRole('button', { name: '数据与来源' }).click();
    await panel.locator('.data-sources table tbody tr').first().locator('button').click();
    await page.waitForFunction(() => location.search.includes('pairing='));
    const detail = page.getByTestId('map-detail');
    await detail.locator('.map-pairing--selected').waitFor();
    const text = await detail.innerText();
    expect(text).toMatch(/年份/);
    expect(text).toMatch(/来源/);
    expect(await chart(page).getAttribute('data-focus')).toContain('>');
    // The detail list and the open table are accessible too.
    expect(await axeMap(page)).toEqual([]);
  });

  it('drills into Guizhou prefectures and back to China', async () => {
    const { page, problems } = await open('', { reducedMotion: true });
    await mapReady(page);
    const panel = page.locator('[data-view="map"]');
    await panel.getByRole('button', { name: /查看贵州/ }).click();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="map-chart"]')?.getAttribute('data-drill') ===
        '520000',
    );
    expect(await page.getByTestId('map-summary').innerText()).toContain('贵州');
    // The drilled map answers the pointer too: a region under it is focused.
    await findProvince(page);
    await page.mouse.move(1, 1);
    // Still (reduced motion): the screenshot waits for the map to stop changing.
    await untilCanvasesSettle(page, '[data-testid=map-chart] canvas');
    await page.screenshot({ path: screenshotPath('map-drill-guizhou-1366'), fullPage: false });
    await panel.getByRole('button', { name: /返回全国地图/ }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="map-chart"]')?.getAttribute('data-drill') === '',
    );
    expect(await arcsDrawn(page)).toBeGreaterThan(0);
    await untilCanvasesSettle(page, '[data-testid=map-chart] canvas');
    await page.screenshot({ path: screenshotPath('map-drill-back-1366'), fullPage: false });
    expect(problems.pageErrors).toEqual([]);
    expect(await problems.cspViolations()).toEqual([]);
  });

  it('shades by GDP with missing values said, and marks the hub places on request', async () => {
    const { page, problems } = await open('', { width: 1920, height: 1080, reducedMotion: true });
    await mapReady(page);
    const panel = page.locator('[data-view="map"]');
    await panel.getByRole('button', { name: /GDP/ }).click();
    expect(await chart(page).getAttribute('data-shade')).toBe('gdp');
    await expect(panel.locator('.map-legend').innerText()).resolves.toContain('无数据');
    await panel.getByRole('checkbox', { name: /郑州/ }).check();
    expect(Number(await chart(page).getAttribute('data-hub'))).toBeGreaterThan(0);
    await untilCanvasesSettle(page, '[data-testid=map-chart] canvas');
    await panel.screenshot({ path: screenshotPath('map-gdp-hub-1920') });
    expect(problems.pageErrors).toEqual([]);
  });

  it('keeps the shading, the hub places and the drill-down in the link, and Back walks them back without leaving the atlas', async () => {
    const { page, problems } = await open('', { reducedMotion: true });
    await mapReady(page);
    const panel = page.locator('[data-view="map"]');
    const attr = (name: string) => chart(page).getAttribute(name);
    await panel.getByRole('button', { name: /GDP/ }).click();
    await panel.getByRole('checkbox', { name: /郑州/ }).check();
    await panel.getByRole('button', { name: /查看贵州/ }).click();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="map-chart"]')?.getAttribute('data-drill') ===
        '520000',
    );
    const search = new URL(page.url()).search;
    expect(search).toBe('?shade=gdp&overlay=hub&drill=520000');

    // The link, opened by someone else with an English browser, shows the same map.
    const shared = await open(search, { locale: 'en-US', reducedMotion: true });
    await shared.page.waitForFunction(() => {
      const el = document.querySelector('[data-testid="map-chart"]');
      return el?.getAttribute('data-drill') === '520000' && el.getAttribute('data-hub') !== '0';
    });
    const theirs = chart(shared.page);
    expect(await theirs.getAttribute('data-shade')).toBe('gdp');
    const theirPanel = shared.page.locator('[data-view="map"]');
    expect(await theirPanel.locator('.map-toggle input').isChecked()).toBe(true);
    expect(
      await theirPanel.locator('.map-segmented button[aria-pressed="true"]').innerText(),
    ).toMatch(/GDP/);
    expect(shared.problems.pageErrors).toEqual([]);

    // Back: out of the drill-down to the whole map, then the overlay, then the shading; each
    // step stays in the atlas.
    const steps = [
      { drill: '', hub: true, shade: 'gdp', search: '?shade=gdp&overlay=hub' },
      { drill: '', hub: false, shade: 'gdp', search: '?shade=gdp' },
      { drill: '', hub: false, shade: 'region', search: '' },
    ];
    for (const step of steps) {
      await page.goBack();
      await page.waitForFunction((s) => {
        const el = document.querySelector('[data-testid="map-chart"]');
        return (
          el?.getAttribute('data-drill') === s.drill &&
          (el.getAttribute('data-hub') !== '0') === s.hub &&
          el.getAttribute('data-shade') === s.shade
        );
      }, step);
      expect(page.url()).toBe(`${atlasUrl}${step.search}`);
    }
    expect(await arcsDrawn(page)).toBeGreaterThan(0);
    await page.goForward();
    expect(await attr('data-shade')).toBe('gdp');
    expect(problems.pageErrors).toEqual([]);
  });

  it('explains a corrupted geometry file by file and JSON path, in the reader’s language, and the rest keeps working', async () => {
    const geo = JSON.parse(readFileSync(resolve(process.cwd(), 'data/geo/china.json'), 'utf8'));
    const guizhou = geo.features.findIndex(
      (f: { properties: { adcode?: string } }) => f.properties.adcode === '520000',
    );
    // A point far off the globe after the first of a ring (ECharts threw a TypeError on it), and
    // an island nested 10,000 deep (a RangeError inside ECharts).
    geo.features[guizhou].geometry.coordinates[0][0][3] = [1e308, -1e308];
    geo.features.push({
      type: 'Feature',
      properties: { kind: 'inset-land' },
      geometry: { type: 'MultiPolygon', coordinates: 'DEEP' },
    });
    // Written as text: JSON.stringify itself recurses.
    const body = JSON.stringify(geo).replace(
      '"DEEP"',
      `${'['.repeat(10_000)}[112,16]${']'.repeat(10_000)}`,
    );
    for (const [search, expected] of [
      [
        '',
        /文件 data\/geo\/china\.json，记录 520000，字段 geometry\.coordinates\.0\.0\.3\.0: 超出范围（-180 至 180）/,
      ],
      [
        '?lang=en',
        /file data\/geo\/china\.json, record 520000, field geometry\.coordinates\.0\.0\.3\.0: is out of range \(-180 to 180\)/,
      ],
    ] as const) {
      const { page, problems } = await open('', { width: 1366, height: 900 });
      await page.route('**/data/geo/china.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body }),
      );
      await page.goto(`${atlasUrl}${search}`);
      const panel = page.locator('[data-view="map"]');
      const alert = panel.locator('.dataset-error');
      await alert.waitFor();
      // File and JSON path are under the panel's closed "details" (textContent reads them).
      const text = (await alert.textContent()) ?? '';
      expect(text).toMatch(expected);
      // The nested island is named too, by its place in the file.
      expect(text).toMatch(/#47/);
      expect(problems.pageErrors).toEqual([]);
      await panel.screenshot({ path: screenshotPath(`map-geo-error${search ? '-en' : ''}`) });
      if (search) continue; // the rest is the same in either language
      // The map's summary and table still work, and so does every other view.
      expect(await panel.getByTestId('map-summary').innerText()).toMatch(/\d/);
      for (const view of ['trend', 'timeline', 'radar', 'hub']) {
        const section = page.locator(`[data-view="${view}"]`);
        await section.scrollIntoViewIfNeeded();
        await page.waitForFunction(
          (v) =>
            !document.querySelector(
              `[data-view="${v}"] .panel__loading, [data-view="${v}"] .panel__deferred`,
            ),
          view,
        );
        expect(await section.locator('.dataset-error').count(), view).toBe(0);
      }
      expect(await page.locator('[data-testid="trend-chart"] canvas').count()).toBeGreaterThan(0);
      expect(problems.pageErrors).toEqual([]);
      await page.context().close();
    }
  });

  const shots = [
    { name: 'map-1920', width: 1920, height: 1080, search: '' },
    { name: 'map-1920-en', width: 1920, height: 1080, search: '?lang=en' },
    { name: 'map-1366', width: 1366, height: 768, search: '?lang=en' },
    { name: 'map-375', width: 375, height: 812, search: '' },
    { name: 'map-projector-1920', width: 1920, height: 1080, search: '?theme=projector' },
    { name: 'map-embed', width: 900, height: 700, search: '?embed=map&lang=en' },
  ];
  for (const s of shots) {
    it(`looks right at ${s.name}`, async () => {
      const { page, problems } = await open(s.search, {
        width: s.width,
        height: s.height,
        reducedMotion: true,
      });
      await mapReady(page);
      // Reduced motion: no particles, no transitions.
      expect(await chart(page).getAttribute('data-motion')).toBe('off');
      await untilCanvasesSettle(page, '[data-testid=map-chart] canvas');
      await page.locator('[data-view="map"]').screenshot({ path: screenshotPath(s.name) });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(problems.pageErrors).toEqual([]);
    });
  }
});
