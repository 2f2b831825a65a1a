import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  browserMissing,
  canvasPixels,
  nextFrames,
  screenshotPath,
  untilCanvasesSettle,
  useBrowser,
  type PageProblems,
} from './harness';

const urlParam = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

async function expectClean(problems: PageProblems) {
  expect(await problems.cspViolations()).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
}

/** Waits until the trend chart and the timeline SVG are on screen. */
async function ready(page: Page) {
  // On a phone the panels below the map load as the reader scrolls to them.
  await page.locator('section[data-view=timeline]').scrollIntoViewIfNeeded();
  await page.locator('section[data-view=trend]').scrollIntoViewIfNeeded();
  await page.locator('[data-testid=trend-chart] canvas').first().waitFor();
  await page.locator('[data-testid=timeline-svg]').waitFor();
}

/** The cursor year each view shows: trend (the cursor it drew), timeline slider and column. */
const cursors = (page: Page) =>
  page.evaluate(() => ({
    url: new URL(location.href).searchParams.get('year'),
    trend: document.querySelector('[data-testid=trend-chart]')?.getAttribute('data-cursor-year'),
    slider: document.querySelector('[data-testid=timeline-slider]')?.getAttribute('aria-valuenow'),
    column: document.querySelector('[data-testid=timeline-cursor]')?.getAttribute('data-year'),
  }));

describe.skipIf(browserMissing)('GDP-ratio trend and policy timeline in Chromium', () => {
  const { open } = useBrowser();

  it('plays the shared year forward: URL, trend cursor, timeline cursor and map arcs move together', async () => {
    // From 2009 across 2010, when the new round of aid to Xinjiang adds relationships.
    // Playwright's clock, so that "the paused year stays put" is checked without a sleep.
    const { page, problems } = await open('?year=2009', { clock: true });
    await ready(page);
    const map = page.locator('[data-testid=map-chart]');
    const arcTable = page.locator('[data-view=map] .data-sources table');
    const arcsBefore = await map.getAttribute('data-arcs');
    await page.locator('[data-view=map] .data-sources > button').click();
    const rowsBefore = await arcTable.locator('tbody tr').allTextContents();

    const timeline = page.locator('[data-view=timeline]');
    await timeline.getByRole('button', { name: '2×' }).click();
    await timeline.getByTestId('timeline-play').click();
    await expect(timeline.getByTestId('timeline-play').innerText()).resolves.toContain('暂停');
    await page.waitForFunction(
      () => Number(new URL(location.href).searchParams.get('year')) >= 2011,
      null,
      {
        timeout: 8000,
      },
    );
    await timeline.getByTestId('timeline-play').click(); // pause
    await expect
      .poll(() => timeline.getByTestId('timeline-play').innerText(), { timeout: 5000 })
      .not.toContain('暂停');
    await nextFrames(page);
    const c = await cursors(page);
    expect(Number(c.url)).toBeGreaterThanOrEqual(2011);
    expect(c.trend).toBe(c.url);
    expect(c.slider).toBe(c.url);
    expect(c.column).toBe(c.url);
    // The paused year stays put: longer than a step at 2× passes, without a step.
    await page.clock.runFor(2000);
    await nextFrames(page);
    expect((await cursors(page)).url).toBe(c.url);
    expect(await map.getAttribute('data-year')).toBe(c.url);
    expect(await map.getAttribute('data-arcs')).not.toBe(arcsBefore);
    expect(await arcTable.locator('tbody tr').allTextContents()).not.toEqual(rowsBefore);
    // A played run is one history entry (its later years replace its first), and it does not
    // replace the entry the reader arrived on: one Back returns to 2009, still in the atlas.
    const entries = await page.evaluate(() => history.length);
    await page.goBack();
    expect(new URL(page.url()).searchParams.get('year')).toBe('2009');
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await page.waitForFunction(
      () => document.querySelector('[data-testid=map-chart]')?.getAttribute('data-year') === '2009',
    );
    await expectClean(problems);
  });

  it('plays to the end and stops; with reduced motion the steps still advance', async () => {
    const { page, problems } = await open('?year=2023', { reducedMotion: true });
    await ready(page);
    const play = page.getByTestId('timeline-play');
    await page.locator('[data-view=timeline]').getByRole('button', { name: '2×' }).click();
    await play.click();
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('year') === '2025',
      null,
      {
        timeout: 5000,
      },
    );
    await expect.poll(() => play.innerText()).toContain('从 2000 年重新播放');
    expect((await cursors(page)).slider).toBe('2025');
    await expectClean(problems);
  });

  it('walks documents with the keyboard from a single tab stop and selects with Enter', async () => {
    const { page, problems } = await open('?lang=en');
    await ready(page);
    const options = page.locator('[data-view=timeline] [role=option]');
    const n = await options.count();
    expect(n).toBeGreaterThan(2);
    expect(await page.locator('[data-view=timeline] [role=option][tabindex="0"]').count()).toBe(1);

    await page.getByTestId('timeline-slider').focus();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-policy'));
    await page.keyboard.press('Home');
    const first = await focused();
    expect(first).toBe(await options.nth(0).getAttribute('data-policy'));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const third = await focused();
    expect(third).toBe(await options.nth(2).getAttribute('data-policy'));
    expect(urlParam(page, 'policy')).toBeNull(); // moving is not selecting
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (id) => new URL(location.href).searchParams.get('policy') === id,
      third,
    );

    const policies = (await page.evaluate(async () =>
      (await fetch('data/policies.json')).json(),
    )) as {
      policies: { id: string; date: string; title: { en: string } }[];
    };
    const doc = policies.policies.find((p) => p.id === third)!;
    expect(urlParam(page, 'year')).toBe(doc.date.slice(0, 4));
    await expect(page.getByTestId('timeline-detail').innerText()).resolves.toContain(doc.title.en);
    expect(
      await page
        .locator(`[data-view=timeline] [role=option][data-policy="${third}"]`)
        .getAttribute('aria-selected'),
    ).toBe('true');

    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    const last = await options.nth(n - 1).getAttribute('data-policy');
    await page.waitForFunction(
      (id) => new URL(location.href).searchParams.get('policy') === id,
      last,
    );
    // The selection (document and its year) is one discrete step: Back returns to the previous one.
    await page.goBack();
    await page.waitForFunction(
      (id) => new URL(location.href).searchParams.get('policy') === id,
      third,
    );
    await expectClean(problems);
  });

  it('moves the year cursor by keyboard and by dragging', async () => {
    const { page, problems } = await open('?year=2010');
    await ready(page);
    const slider = page.getByTestId('timeline-slider');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('year') === '2011');
    await page.keyboard.press('End');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('year') === '2025');
    await page.keyboard.press('Home');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('year') === '2000');
    expect((await cursors(page)).trend).toBe('2000');

    const track = page.locator('.timeline__track');
    await track.scrollIntoViewIfNeeded();
    const box = (await track.boundingBox())!;
    const y = box.y + box.height / 2;
    const historyBefore = await page.evaluate(() => history.length);
    await page.mouse.move(box.x + box.width * 0.3, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, y, { steps: 8 });
    await page.mouse.move(box.x + box.width * 0.62, y, { steps: 8 });
    await page.mouse.up();
    const year = Number(urlParam(page, 'year'));
    expect(year).toBeGreaterThanOrEqual(2014);
    expect(year).toBeLessThanOrEqual(2018);
    // One history entry for the whole drag.
    expect(await page.evaluate(() => history.length)).toBe(historyBefore + 1);
    expect((await cursors(page)).trend).toBe(String(year));
    await expectClean(problems);
  });

  it('moves the trend cursor without redrawing the chart, at the x the chart reads as that year', async () => {
    const { page, problems } = await open('?year=2015');
    await ready(page);
    const chart = page.getByTestId('trend-chart');
    await chart.scrollIntoViewIfNeeded();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid=trend-chart]')?.getAttribute('data-cursor-year') ===
        '2015',
    );
    const chartCanvas = '[data-testid=trend-chart] canvas';
    const canvas = () => canvasPixels(page, chartCanvas);
    // Wait out the chart's entry animation.
    const before = await untilCanvasesSettle(page, chartCanvas);
    const lineX = async () => {
      const b = (await page.locator('.trend__cursor-line').first().boundingBox())!;
      return b.x + b.width / 2;
    };
    const x2015 = await lineX();
    const label = page.locator('.trend__cursor-label');
    expect(await label.textContent()).toBe('2015');

    await chart.focus();
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('year') === '2014');
    expect((await cursors(page)).trend).toBe('2014');
    expect(await label.textContent()).toBe('2014');
    const x2014 = await lineX();
    expect(x2014).toBeLessThan(x2015 - 5);
    // The chart's pixels did not change: the cursor is not part of its drawing.
    expect(await canvas()).toBe(before);

    // A click on the chart at the 2015 cursor's x picks 2015 (the chart's own axis reading).
    const grid = (await page.locator('.trend__cursor-line').first().boundingBox())!;
    await page.mouse.click(x2015, grid.y + grid.height / 2);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('year') === '2015');
    expect(Math.abs((await lineX()) - x2015)).toBeLessThan(1);

    // In the years of the new GDP base the label carries the base change's dagger, which it
    // covers on the chart when it stands near it (the latest year, where readers start).
    await chart.focus();
    for (let y = 2016; y <= 2024; y++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(
        (want) =>
          document.querySelector('[data-testid=trend-chart]')?.getAttribute('data-cursor-year') ===
          want,
        String(y),
      );
    }
    expect(await label.textContent()).toBe('2024 †');
    await expectClean(problems);
  });

  it('shows beside each claim the value computed from the province data', async () => {
    const { page, problems } = await open('');
    await ready(page);
    const { gdp, provinces } = (await page.evaluate(async () => ({
      gdp: await (await fetch('data/gdp.json')).json(),
      provinces: await (await fetch('data/provinces.json')).json(),
    }))) as {
      gdp: {
        values: { adcode: string; year: number; value: number | null }[];
        claims: { id: string; years: [number, number] }[];
      };
      provinces: { provinces: { adcode: string; region: string }[] };
    };
    const region = new Map(provinces.provinces.map((p) => [p.adcode, p.region]));
    const ratio = (year: number) => {
      let east = 0;
      let west = 0;
      const codes = [...region].filter(([, r]) => r === 'east' || r === 'west').map(([c]) => c);
      for (const code of codes) {
        const v = gdp.values.find((x) => x.adcode === code && x.year === year)?.value;
        if (v === null || v === undefined) return null;
        if (region.get(code) === 'east') east += v;
        else west += v;
      }
      return west / east;
    };
    expect(gdp.claims.length).toBeGreaterThan(0);
    for (const claim of gdp.claims) {
      const rs: (number | null)[] = [];
      for (let y = claim.years[0]; y <= claim.years[1]; y++) rs.push(ratio(y));
      const text = await page
        .locator(`[data-claim="${claim.id}"] [data-testid=claim-computed]`)
        .innerText();
      if (rs.some((r) => r === null)) expect(text).toContain('无数据');
      else {
        const mean = (rs as number[]).reduce((a, b) => a + b, 0) / rs.length;
        expect(text).toContain(mean.toFixed(3));
      }
    }
    await expectClean(problems);
  });

  it('highlights the phase bands of the selected models', async () => {
    const { page } = await open('?model=industry-education');
    await ready(page);
    const hi = page.locator('[data-view=timeline] [data-highlighted="true"]');
    await expect(hi.count()).resolves.toBe(1);
    expect(await hi.getAttribute('data-model')).toBe('industry-education');
  });

  it('keeps timeline labels apart and whole on 360 and 390 px phones (real glyph boxes), with no sideways scroll', async () => {
    for (const [width, search] of [
      [360, ''],
      [390, '?lang=en'],
    ] as const) {
      const { page, problems } = await open(search, { width, height: 780 });
      await ready(page);
      await phoneLabelsWhole(page, problems);
      if (width === 390)
        await page
          .locator('section[data-view=timeline]')
          .screenshot({ path: screenshotPath('timeline-phone-390-en') });
    }
  });

  async function phoneLabelsWhole(page: Page, problems: PageProblems) {
    // The timeline fits its box: nothing is scrolled out of sight, so nothing can be cut.
    const box = await page.evaluate(() => {
      const el = document.querySelector('.timeline__scroll')!;
      const r = el.getBoundingClientRect();
      return { scrolls: el.scrollWidth > el.clientWidth, left: r.left, right: r.right };
    });
    expect(box.scrolls).toBe(false);
    const lanes = await page
      .locator('.timeline__lane-label')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
    const boxes = await page
      .locator('.timeline__doc-label, .timeline__band-label')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes.length).toBeGreaterThan(0);
    for (const b of boxes) {
      expect(b.left, 'cut at the left edge').toBeGreaterThanOrEqual(box.left);
      expect(b.right, 'cut at the right edge').toBeLessThanOrEqual(box.right + 0.5);
    }
    // Titles start right of the (upright) lane names.
    const docs = await page
      .locator('.timeline__doc-label')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
    for (const left of docs) expect(left).toBeGreaterThanOrEqual(Math.max(...lanes));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlap =
          a.left < b.right - 0.5 &&
          b.left < a.right - 0.5 &&
          a.top < b.bottom - 0.5 &&
          b.top < a.bottom - 0.5;
        expect(overlap, `labels ${i} and ${j} overlap`).toBe(false);
      }
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectClean(problems);
  }

  it('keeps the cursor year in view as it moves along a timeline wider than its box', async () => {
    // Below its minimum width (240 px: the box on a 300 px screen) the timeline scrolls sideways.
    const { page, problems } = await open('?year=2001', { width: 300, height: 780 });
    await page.locator('section[data-view=timeline]').scrollIntoViewIfNeeded();
    const slider = page.getByTestId('timeline-slider');
    await slider.waitFor();
    const visible = () =>
      page.evaluate(() => {
        const box = document.querySelector('.timeline__scroll')!;
        const cursor = document.querySelector('[data-testid=timeline-cursor]')!;
        const b = box.getBoundingClientRect();
        const c = cursor.getBoundingClientRect();
        return {
          scrolls: box.scrollWidth > box.clientWidth,
          inView: c.left >= b.left - 0.5 && c.right <= b.right + 0.5,
          scrollLeft: box.scrollLeft,
        };
      });
    expect(await visible()).toMatchObject({ scrolls: true, inView: true, scrollLeft: 0 });
    await slider.focus();
    await page.keyboard.press('End');
    // Scrolled (smoothly) until the 2025 column is inside the box.
    await expect
      .poll(
        async () => {
          const v = await visible();
          return v.inView && v.scrollLeft > 0;
        },
        { timeout: 5000 },
      )
      .toBe(true);
    await expectClean(problems);
  });

  it('draws the West’s share in a panel of its own: the ratio panel keeps its size, the cursor runs down both', async () => {
    const { page, problems } = await open('?lang=en', { width: 1366, height: 900 });
    await ready(page);
    const trend = page.locator('section[data-view=trend]');
    const lines = () =>
      trend
        .locator('.trend__cursor-line')
        .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().height)));
    const chartHeight = () =>
      trend
        .locator('[data-testid=trend-chart] canvas')
        .first()
        .evaluate((c) => c.clientHeight);
    const before = { lines: await lines(), height: await chartHeight() };
    expect(before.lines).toHaveLength(2);
    await trend.getByRole('button', { name: "West's share of the 31-province total" }).click();
    await expect.poll(() => urlParam(page, 'series')).toBe('west-share');
    await expect.poll(lines).toHaveLength(3);
    const after = { lines: await lines(), height: await chartHeight() };
    // The ratio panel (the first span) is as tall as before; the chart grew by the new panel.
    expect(after.lines[0]).toBe(before.lines[0]);
    expect(after.lines[2]).toBeGreaterThan(40);
    expect(after.height).toBeGreaterThan(before.height + 40);
    await trend.screenshot({ path: screenshotPath('trend-share-panel-1366-en') });
    await expectClean(problems);
  });

  it('keeps the year’s data point visible through the trend cursor drawn over it', async () => {
    // Reduced motion: the series is drawn at once rather than growing in from the left.
    const { page, problems } = await open('?embed=trend&year=2016', {
      width: 800,
      height: 700,
      reducedMotion: true,
    });
    const chart = page.getByTestId('trend-chart');
    await chart.locator('canvas').first().waitFor();
    await expect.poll(() => chart.getAttribute('data-cursor-year')).toBe('2016');
    await untilCanvasesSettle(page, '[data-testid=trend-chart] canvas');
    // One pixel wide, down the middle of the cursor line over the plot: the series (black) must
    // show through where it crosses the line, not be painted over in blue.
    const line = (await page.locator('.trend__cursor-line').first().boundingBox())!;
    const png = await page.screenshot({
      clip: { x: Math.floor(line.x + line.width / 2), y: line.y, width: 1, height: line.height },
    });
    const dark = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i]! < 60 && d[i + 1]! < 60 && d[i + 2]! < 60) n++;
      return n;
    }, png.toString('base64'));
    expect(dark).toBeGreaterThan(2);
    await expectClean(problems);
  });

  const shots = [
    { name: 'desktop-1920', width: 1920, height: 1080, search: '?year=2016' },
    { name: 'laptop-1366', width: 1366, height: 768, search: '?lang=en&year=2016' },
    { name: 'phone-375', width: 375, height: 812, search: '?year=2016' },
    { name: 'phone-360', width: 360, height: 780, search: '?lang=en' },
    { name: 'projector-1920', width: 1920, height: 1080, search: '?theme=projector&year=2019' },
    { name: 'embed-trend', width: 800, height: 700, search: '?embed=trend&year=2012' },
    {
      name: 'embed-timeline',
      width: 1000,
      height: 700,
      search: '?embed=timeline&year=2017&model=resource-complementary',
    },
    { name: 'embed-timeline-phone', width: 360, height: 780, search: '?embed=timeline&lang=en' },
  ];
  for (const s of shots) {
    it(`screenshots ${s.name}`, async () => {
      const { page, problems } = await open(s.search, { width: s.width, height: s.height });
      if (s.search.includes('embed=trend'))
        await page.locator('[data-testid=trend-chart] canvas').first().waitFor();
      else if (s.search.includes('embed=timeline'))
        await page.locator('[data-testid=timeline-svg]').waitFor();
      else await ready(page);
      if (s.name === 'laptop-1366') {
        await page.locator('[data-view=timeline] [role=option]').nth(5).click();
      }
      // The trend's entry animation has finished (the map's particles never do).
      await untilCanvasesSettle(page, '[data-testid=trend-chart] canvas');
      if (s.search.includes('embed'))
        await page.screenshot({ path: screenshotPath(`trend-timeline-${s.name}`), fullPage: true });
      else {
        await page
          .locator('[data-view=trend]')
          .screenshot({ path: screenshotPath(`trend-${s.name}`) });
        await page
          .locator('[data-view=timeline]')
          .screenshot({ path: screenshotPath(`timeline-${s.name}`) });
      }
      await expectClean(problems);
    });
  }
});
