import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserMissing, screenshotPath, useBrowser } from './harness';

const VIEWS = ['map', 'trend', 'timeline', 'radar', 'hub'] as const;
const urlYear = (page: Page) => new URL(page.url()).searchParams.get('year');

/** Waits until every view has mounted (wide screens load the lower panels in the background). */
async function allShown(page: Page) {
  await page.waitForFunction(
    (views) => views.every((v) => performance.getEntriesByName(`atlas-view-shown:${v}`).length),
    VIEWS,
    { timeout: 30_000 },
  );
  // The views draw in the frames after mounting; let layout settle.
  await page.evaluate(
    () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))),
  );
}

/**
 * How much of the dashboard grid the panels cover: the sum of the panels' border-box areas
 * divided by the area of the grid's border box (main.grid, padding included). Gaps, the grid's
 * padding and any cell left empty beside a shorter panel are what is not covered. Also, per
 * panel, the share of its height its content fills (the bottom of its last piece of content),
 * since a panel stretched beside a taller one is covered but can still be a hole.
 */
const coverage = (page: Page) =>
  page.evaluate(() => {
    const grid = document.querySelector('main.grid')!.getBoundingClientRect();
    const panels = [...document.querySelectorAll<HTMLElement>('main.grid > section.panel')];
    let covered = 0;
    const content: Record<string, number> = {};
    for (const p of panels) {
      const r = p.getBoundingClientRect();
      covered += r.width * r.height;
      const pieces = [...p.querySelectorAll(':scope > .panel__head, :scope > .panel__body > *')];
      const bottom = Math.max(...pieces.map((el) => el.getBoundingClientRect().bottom));
      content[p.dataset.view!] = (bottom - r.top) / r.height;
    }
    return { fill: covered / (grid.width * grid.height), content };
  });

describe.skipIf(browserMissing)('the dashboard as a data story', () => {
  const { open } = useBrowser();

  it('shows the year slider under the map on the first screen at 1366×768; it moves the year in the URL, the caption and the takeaway', async () => {
    const { page, problems } = await open('', { width: 1366, height: 768 });
    const slider = page.getByTestId('map-year-slider');
    await slider.waitFor();
    const input = slider.getByRole('slider');
    const map = page.getByTestId('map-chart').locator('canvas').first();
    const [sliderBox, mapBox] = [await slider.boundingBox(), await map.boundingBox()];
    // Entirely on the first screen, without scrolling, and under the map.
    expect(await page.evaluate(() => scrollY)).toBe(0);
    expect(sliderBox!.y + sliderBox!.height).toBeLessThanOrEqual(768);
    expect(sliderBox!.y).toBeGreaterThanOrEqual(mapBox!.y + mapBox!.height - 1);
    expect(await input.inputValue()).toBe('2024');

    const caption = page.getByTestId('map-summary');
    const takeaway = page.getByTestId('takeaway-map');
    expect(await takeaway.getAttribute('aria-live')).toBe('polite');
    await input.focus();
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('year') === '2023');
    await expect.poll(() => caption.innerText()).toContain('2023');
    await expect.poll(() => takeaway.innerText()).toMatch(/^2023/);
    await page.keyboard.press('PageDown');
    await expect.poll(() => urlYear(page)).toBe('2018');
    await page.keyboard.press('Home');
    await expect.poll(() => urlYear(page)).toBe('2000');
    await expect.poll(() => caption.innerText()).toContain('2000');
    await page.keyboard.press('PageUp');
    await expect.poll(() => urlYear(page)).toBe('2005');
    await page.keyboard.press('End');
    await expect.poll(() => urlYear(page)).toBe('2025');
    expect(await input.getAttribute('aria-valuetext')).toBe('2025 年');

    // Play at the end starts from the first year; while it plays the map stays in view and the
    // takeaway stops announcing every step.
    await slider.getByRole('button', { name: '从 2000 年重新播放' }).click();
    await expect.poll(() => Number(urlYear(page))).toBeGreaterThanOrEqual(2000);
    await expect.poll(() => Number(urlYear(page)), { timeout: 5000 }).toBeGreaterThan(2000);
    expect(await takeaway.getAttribute('aria-live')).toBe('off');
    const playing = await map.boundingBox();
    expect(playing!.y).toBeGreaterThanOrEqual(0);
    expect(playing!.y + playing!.height).toBeLessThanOrEqual(768);
    await slider.getByRole('button', { name: '暂停' }).click();
    await expect.poll(() => takeaway.getAttribute('aria-live')).toBe('polite');
    await page.screenshot({ path: screenshotPath('story-slider-1366') });
    expect(problems.pageErrors).toEqual([]);
    expect(await problems.cspViolations()).toEqual([]);
  });

  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
    [2560, 1440],
  ] as const) {
    it(`leaves no holes at ${width}×${height}: panels cover at least 85% of the grid, in both languages`, async () => {
      const { page, problems } = await open('', { width, height, reducedMotion: true });
      for (const lang of ['zh-CN', 'en']) {
        if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
        await page.waitForFunction((l) => document.documentElement.lang === l, lang);
        await allShown(page);
        const { fill, content } = await coverage(page);
        expect(fill, `${lang} at ${width}`).toBeGreaterThanOrEqual(0.85);
        for (const [view, share] of Object.entries(content)) {
          expect(share, `${view}'s content in ${lang} at ${width}`).toBeGreaterThanOrEqual(0.7);
        }
      }
      expect(problems.pageErrors).toEqual([]);
    });
  }

  it('puts the map on a phone’s first screen: a one-row header, the controls folded', async () => {
    const { page, problems } = await open('?lang=en', { width: 390, height: 844 });
    const map = page.getByTestId('map-chart').locator('canvas').first();
    await map.waitFor();
    const box = await map.boundingBox();
    expect(box!.y).toBeLessThan(844);
    // Most of the map, not just its top edge, is on the first screen.
    expect(box!.y + box!.height * 0.75).toBeLessThan(844);
    const header = await page.locator('header.header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(64);
    // The header's other controls are behind Menu; the map's behind Map options.
    await expect(page.getByRole('button', { name: 'Share' }).isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(page.getByRole('button', { name: 'Share' }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Share' }).isVisible()).resolves.toBe(false);
    const shading = page.getByRole('button', { name: 'Four regions' });
    await expect(shading.isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Map options' }).click();
    await expect(shading.isVisible()).resolves.toBe(true);
    await page.screenshot({ path: screenshotPath('story-phone-390') });
    expect(problems.pageErrors).toEqual([]);
  });

  it('never lets two place names on the map overlap on a 390 px phone, in either language', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const { page, problems } = await open(`?lang=${lang}`, { width: 390, height: 844 });
      // The names' boxes (name and halo) as the names layer placed and drew them.
      const boxes = page.locator('section[data-view=map] [data-name-boxes]');
      await boxes.waitFor({ state: 'attached' });
      const placed = JSON.parse((await boxes.getAttribute('data-name-boxes'))!) as number[][];
      // On a phone only the places with arcs are named: most of them still are.
      expect(placed.length, lang).toBeGreaterThan(15);
      for (let i = 0; i < placed.length; i++)
        for (let j = i + 1; j < placed.length; j++) {
          const [ax, ay, aw, ah] = placed[i]!;
          const [bx, by, bw, bh] = placed[j]!;
          const touch = ax! < bx! + bw! && bx! < ax! + aw! && ay! < by! + bh! && by! < ay! + ah!;
          expect(touch, `${lang}: names ${i} and ${j}`).toBe(false);
        }
      await page
        .getByTestId('map-chart')
        .screenshot({ path: screenshotPath(`story-map-names-390-${lang}`) });
      expect(problems.pageErrors).toEqual([]);
    }
  });

  it('writes every policy title in full on the timeline at 1920, in both languages, with no two labels touching', async () => {
    const { policies } = JSON.parse(
      readFileSync(resolve(process.cwd(), 'data/policies.json'), 'utf8'),
    ) as { policies: { id: string; title: { zh: string; en: string } }[] };
    const { page, problems } = await open('', { width: 1920, height: 1080, reducedMotion: true });
    const timeline = page.locator('section[data-view=timeline]');
    for (const lang of ['zh-CN', 'en'] as const) {
      if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
      await timeline.scrollIntoViewIfNeeded();
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      await page.locator('[data-testid=timeline-svg]').waitFor();
      const labels = await timeline.locator('[role=option]').evaluateAll((options) =>
        options.map((o) => {
          const text = o.querySelector('.timeline__doc-label')!;
          const b = text.getBoundingClientRect();
          return {
            id: o.getAttribute('data-policy')!,
            text: text.textContent ?? '',
            box: { x0: b.left, x1: b.right, y0: b.top, y1: b.bottom },
          };
        }),
      );
      const svg = (await timeline.locator('[data-testid=timeline-svg]').boundingBox())!;
      expect(labels.length).toBe(policies.length);
      const bare = (t: string) => t.replace(/^《(.*)》$/u, '$1').replace(/\s+/g, '');
      for (const l of labels) {
        const title = policies.find((p) => p.id === l.id)!.title[lang === 'en' ? 'en' : 'zh'];
        expect(l.text.endsWith('…'), l.text).toBe(false);
        expect(l.text.replace(/\s+/g, ''), l.id).toBe(bare(title));
        expect(l.box.x0, `${l.id} cut at the left`).toBeGreaterThanOrEqual(svg.x);
        expect(l.box.x1, `${l.id} cut at the right`).toBeLessThanOrEqual(svg.x + svg.width);
      }
      for (let i = 0; i < labels.length; i++)
        for (let j = i + 1; j < labels.length; j++) {
          const [a, b] = [labels[i]!.box, labels[j]!.box];
          const touch = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
          expect(touch, `${labels[i]!.id} on ${labels[j]!.id}`).toBe(false);
        }
    }
    await timeline.screenshot({ path: screenshotPath('story-timeline-1920-en') });
    expect(problems.pageErrors).toEqual([]);
  });

  it('prints legend swatches and whole source lines', async () => {
    const { page, problems } = await open('?lang=en&model=policy-driven', {
      width: 1366,
      height: 900,
    });
    await allShown(page);
    await page.emulateMedia({ media: 'print' });
    const legend = page.locator('.map-legend');
    // Each model's swatch (its line) is printed, the pressed one too.
    const swatches = await legend.locator('.map-legend__model svg line').evaluateAll((lines) =>
      lines.map((l) => {
        const r = l.getBoundingClientRect();
        const svg = l.closest('svg')!.getBoundingClientRect();
        return {
          w: r.width,
          visible: svg.width > 0 && svg.height > 0,
          stroke: l.getAttribute('stroke'),
        };
      }),
    );
    expect(swatches).toHaveLength(3);
    for (const s of swatches) {
      expect(s.visible).toBe(true);
      expect(s.w).toBeGreaterThan(10);
    }
    for (const panel of await page.locator('.data-sources__print').all()) {
      const cut = await panel.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
      expect(cut).toBe(false);
      expect(await panel.isVisible()).toBe(true);
    }
    await legend.screenshot({ path: screenshotPath('story-print-legend') });
    // The footer prints with its credit, licence and version.
    expect(await page.locator('footer.footer').innerText()).toMatch(/MIT[\s\S]*Version \d/);
    expect(problems.pageErrors).toEqual([]);
  });
});
