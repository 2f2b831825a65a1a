import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Download } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  atlasUrl,
  browserMissing,
  nextFrames,
  screenshotPath,
  untilCanvasesSettle,
  untilViewsShown,
  useBrowser,
} from './harness';

type Story = { steps: { title: { zh: string; en: string } }[] };
const story = (): Story =>
  JSON.parse(readFileSync(resolve(process.cwd(), 'data/story.json'), 'utf8')) as Story;

describe.skipIf(browserMissing)('presenter mode', () => {
  const { open } = useBrowser();

  it('steps through the story with clicker keys and keeps the step in the URL', async () => {
    const steps = story().steps;
    const { page, problems } = await open('?present=1', { width: 1920, height: 1080 });
    const title = page.locator('.slide__title');
    await expect(title.textContent()).resolves.toBe(steps[0]!.title.zh);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.search.includes('present=2'));
    await expect(title.textContent()).resolves.toBe(steps[1]!.title.zh);
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => location.search.includes('present=3'));
    await page.keyboard.press('PageUp');
    await page.waitForFunction(() => location.search.includes('present=2'));
    await page.keyboard.press('End');
    await page.waitForFunction((n) => location.search.includes(`present=${n}`), steps.length);
    await expect(title.textContent()).resolves.toBe(steps[steps.length - 1]!.title.zh);
    await expect(page.getByRole('progressbar').getAttribute('aria-valuetext')).resolves.toBe(
      `${steps.length} / ${steps.length}`,
    );
    await page.keyboard.press('Home');
    await page.waitForFunction(() => location.search.includes('present=1'));
    await page.keyboard.press('b');
    await expect(page.getByTestId('blank').isVisible()).resolves.toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('blank').count()).resolves.toBe(0);
    expect(new URL(page.url()).searchParams.get('present')).toBe('1');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !location.search.includes('present'));
    await page.getByRole('heading', { name: '协作流向地图' }).waitFor();
    expect(problems.pageErrors).toEqual([]);
    expect(await problems.cspViolations()).toEqual([]);
  });

  it('shows the paper’s two representatives on the map of the step that introduces them, start unknown said', async () => {
    const steps = JSON.parse(readFileSync(resolve(process.cwd(), 'data/story.json'), 'utf8')) as {
      steps: { id: string }[];
    };
    const n = steps.steps.findIndex((s) => s.id === 'model-resource-complementary') + 1;
    const { page, problems } = await open(`?present=${n}`, { width: 1920, height: 1080 });
    const chart = page.getByTestId('map-chart');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="map-chart"]')?.getAttribute('data-year') === '2019',
    );
    const keys = (await chart.getAttribute('data-arc-keys'))!.split(' ');
    expect(keys).toContain('320000>610000>resource-complementary'); // 苏陕
    expect(keys).toContain('120000>650000>resource-complementary'); // 津新
    // Both are drawn from the year the paper places them in, not from a start: the map says so.
    await expect(page.getByTestId('map-summary').innerText()).resolves.toContain('起始年不详');
    expect(problems.pageErrors).toEqual([]);
  });

  it('resumes a talk from a linked step, in English and the projector theme', async () => {
    const steps = story().steps;
    for (const [w, h] of [
      [1920, 1080],
      [1280, 800],
      [1024, 768],
    ] as const) {
      const { page } = await open('?present=3&lang=en&theme=projector', { width: w, height: h });
      await expect(page.locator('.slide__title').textContent()).resolves.toBe(steps[2]!.title.en);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await untilViewsShown(page);
      await page.screenshot({ path: screenshotPath(`present-projector-${w}x${h}`) });
    }
  });
});

describe.skipIf(browserMissing)('embed mode', () => {
  const { open } = useBrowser();

  it('posts its height to the parent, obeys a valid message and ignores a malformed one', async () => {
    const { page, problems } = await open('', { width: 900, height: 900 });
    // A host page of its own (a 404 of the same server): the atlas page's CSP would survive
    // document.write, and Chromium blocks an about:blank page from framing a loopback address.
    await page.goto(new URL('/embed-host', atlasUrl).href);
    await page.setContent(`<!doctype html><html><body style="margin:0">
      <iframe id="f" src="${atlasUrl}?embed=hub&year=2016" style="width:600px;height:300px;border:0"></iframe>
      <script>
        window.heights = [];
        addEventListener('message', (e) => {
          if (e.data && e.data.type === 'atlas:height') window.heights.push(e.data.height);
        });
      </script></body></html>`);
    await page.waitForFunction(
      () => (window as unknown as { heights: number[] }).heights.length > 0,
    );
    const frame = page.frames().find((f) => f.url().includes('embed=hub'))!;
    await frame.waitForFunction(() => performance.getEntriesByName('atlas-view-shown:hub').length);
    // The last height posted is the content's (it is posted again whenever the content resizes).
    const mismatch = async () => {
      const posted = await page.evaluate(() => {
        const h = (window as unknown as { heights: number[] }).heights;
        return h[h.length - 1]!;
      });
      const content = await frame.evaluate(() => document.documentElement.scrollHeight);
      return Math.abs(posted - content);
    };
    await expect.poll(mismatch, { timeout: 5000 }).toBeLessThanOrEqual(2);
    // The embed shows one view, its credit and a link to the full atlas, and no header.
    await expect(frame.locator('header').count()).resolves.toBe(0);
    await expect(frame.getByRole('link', { name: '打开完整图谱' }).count()).resolves.toBe(1);

    await page.evaluate(() => {
      const w = (document.getElementById('f') as HTMLIFrameElement).contentWindow!;
      w.postMessage({ type: 'atlas:set', year: '<img src=x onerror=alert(1)>' }, '*');
      w.postMessage({ type: 'atlas:eval', code: 'alert(1)' }, '*');
      w.postMessage('year=2010', '*');
    });
    // Accepted messages are applied at the frame's next animation frame: two frames later,
    // these would have been.
    await nextFrames(frame);
    expect(new URL(frame.url()).searchParams.get('year')).toBe('2016');
    await page.evaluate(() => {
      const w = (document.getElementById('f') as HTMLIFrameElement).contentWindow!;
      w.postMessage({ type: 'atlas:set', year: 2010, lang: 'en' }, '*');
    });
    await frame.waitForFunction(() => location.search.includes('year=2010'));
    await frame.getByRole('heading', { name: 'Regional hub case: Zhengzhou' }).waitFor();
    expect(problems.pageErrors).toEqual([]);
  });

  it('fills a narrow iframe from 320 px without horizontal overflow', async () => {
    for (const view of ['map', 'trend', 'timeline', 'radar', 'hub']) {
      // Reduced motion, so the screenshot shows the drawn view rather than a frame of its entry.
      const { page, problems } = await open(`?embed=${view}&lang=en`, {
        width: 320,
        height: 700,
        reducedMotion: true,
      });
      await page.waitForFunction(
        (v) => performance.getEntriesByName(`atlas-view-shown:${v}`).length > 0,
        view,
      );
      await untilCanvasesSettle(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, view).toBeLessThanOrEqual(0);
      await page.screenshot({ path: screenshotPath(`embed-${view}-320`), fullPage: true });
      expect(await problems.cspViolations()).toEqual([]);
    }
  });
});

/** A download saved to a temporary file (the browser runs as a separate server). */
async function saved(download: Download) {
  const file = join(mkdtempSync(join(tmpdir(), 'atlas-dl-')), download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

describe.skipIf(browserMissing)('exports', () => {
  const { open } = useBrowser();

  it('downloads a 2× PNG and an SVG of the map with its legend drawn in, and a CSV of exactly the rows the table shows', async () => {
    const { page, problems } = await open('?year=2016', { width: 1366, height: 900 });
    const map = page.locator('[data-view=map]');
    const chart = map.getByTestId('map-chart');
    // The map has drawn its three layers at its final size.
    await chart.locator('.echarts-for-react canvas').nth(2).waitFor();
    await nextFrames(page);

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      map.getByRole('button', { name: '导出 PNG（2倍）' }).click(),
    ]);
    expect(png.suggestedFilename()).toBe('east-west-vet-atlas-map-2016-zh-CN.png');
    const image = readFileSync(await saved(png));
    expect([...image.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const box = (await chart.locator('canvas').first().boundingBox())!;
    // IHDR: width at bytes 16–19, twice the drawn width.
    expect(Math.abs(image.readUInt32BE(16) - 2 * box.width)).toBeLessThanOrEqual(4);
    // IHDR height: the chart, the legend drawn in under it (three rows of keys), the title and
    // caption above, the source and credit below.
    expect(image.readUInt32BE(20)).toBeGreaterThan(2 * (box.height + 3 * 20 + 4 * 16));
    expect(image.length).toBeGreaterThan(20_000);

    // The SVG carries the same legend, as text.
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      map.getByRole('button', { name: '导出 SVG' }).click(),
    ]);
    const svgText = readFileSync(await saved(svg), 'utf8');
    expect(svgText).toMatch(/^<svg[^>]*>/);
    for (const label of ['连线颜色与线型：协作模式', '政策驱动帮扶型', '东部']) {
      expect(svgText).toContain(`>${label}</text>`);
    }
    // Title, caption (the year), source and licence, as text, above and under the map.
    const texts = [...svgText.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
    expect(texts).toContain('协作流向地图');
    expect(texts.some((l) => l.includes('2016 年'))).toBe(true);
    expect(texts.some((l) => l.includes('天地图'))).toBe(true);
    expect(texts).toContain('东西部职教协作图谱 · 数据与引文归各发布者，代码采用 MIT 许可');

    await map.getByRole('button', { name: '数据与来源' }).click();
    const table = map.locator('.data-sources table');
    const headers = await table.locator('thead th').allInnerTexts();
    const rows = await table.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(10);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      map.getByRole('button', { name: '下载 CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('east-west-vet-atlas-map-2016-zh-CN.csv');
    const bytes = readFileSync(await saved(csv));
    // UTF-8 with a BOM, so Excel and WPS read the Chinese.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split(/\r?\n/);
    const head = lines[0]!.split(',');
    // One column per field, named in Chinese: each code beside the label it stands for.
    expect(head.slice(0, 2)).toEqual([`${headers[0]!.trim()}（代码）`, headers[0]!.trim()]);
    expect(head).toContain('起始年份');
    expect(lines).toHaveLength(rows + 1);
    const firstCells = await table.locator('tbody tr').first().locator('td, th').allInnerTexts();
    const first = lines[1]!.split(',');
    expect(first[0]).toMatch(/^\d{6}$/);
    expect(first[1]).toBe(firstCells[0]!.trim());
    // Years and counts are numbers, not formatted text.
    const at = (name: string) => first[head.indexOf(name)]!;
    expect(at('起始年份')).toMatch(/^\d{4}$/);
    expect(Number(at(headers.at(-1)!.trim()))).toBe(Number(firstCells.at(-1)!.trim()));

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      map.getByRole('button', { name: '下载 JSON' }).click(),
    ]);
    const data = JSON.parse(readFileSync(await saved(json), 'utf8')) as {
      year: number;
      rows: Record<string, unknown>[];
    };
    expect(data.year).toBe(2016);
    expect(data.rows).toHaveLength(rows);
    expect(typeof data.rows[0]!.pairings).toBe('number');
    expect(typeof data.rows[0]!.first_year).toBe('number');
    expect(data.rows[0]!.east_code).toBe(first[0]);
    expect(problems.pageErrors).toEqual([]);
  });

  it('writes the trend’s GDP as numbers and the timeline’s dates as ISO 8601, headed in English', async () => {
    const { page, problems } = await open('?lang=en&year=2016', { width: 1366, height: 900 });
    const file = async (view: string) => {
      const panel = page.locator(`[data-view=${view}]`);
      await panel.scrollIntoViewIfNeeded();
      await page.waitForFunction(
        (v) => performance.getEntriesByName(`atlas-view-shown:${v}`).length > 0,
        view,
      );
      await panel.getByRole('button', { name: 'Data & sources' }).click();
      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        panel.getByRole('button', { name: 'Download CSV' }).click(),
      ]);
      const lines = readFileSync(await saved(csv), 'utf8')
        .slice(1)
        .trim()
        .split(/\r?\n/);
      const head = lines[0]!.split(',');
      return { head, rows: lines.slice(1), col: (name: string) => head.indexOf(name) };
    };
    const trend = await file('trend');
    const east = trend.col('East (100 million yuan)');
    expect(east, trend.head.join(' | ')).toBeGreaterThan(-1);
    const values = trend.rows.map((r) => r.split(',')[east]!);
    expect(values.length).toBeGreaterThan(10);
    // A plain number (or empty where the data is missing): no unit, grouping or words.
    for (const v of values) expect(v).toMatch(/^(\d+(\.\d+)?)?$/);
    expect(values.filter(Boolean).length).toBeGreaterThan(10);

    const timeline = await file('timeline');
    const date = timeline.col('Date');
    expect(date, timeline.head.join(' | ')).toBeGreaterThan(-1);
    expect(timeline.head).toContain('Level (code)');
    for (const r of timeline.rows) expect(r.split(',')[date]).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    expect(problems.pageErrors).toEqual([]);
  });

  it('exports the timeline and the hub as framed PNG (2×) and SVG, like the charts', async () => {
    const { page, problems } = await open('?lang=en&year=2016&model=policy-driven', {
      width: 1366,
      height: 900,
    });
    const credit = 'East–West VET Atlas · Data and quotations: their publishers’; code: MIT';
    const textsOf = (svg: string) =>
      [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&#39;/g, "'"));
    for (const view of ['timeline', 'hub'] as const) {
      const panel = page.locator(`[data-view=${view}]`);
      await panel.scrollIntoViewIfNeeded();
      await page.waitForFunction(
        (v) => performance.getEntriesByName(`atlas-view-shown:${v}`).length > 0,
        view,
      );
      const [png] = await Promise.all([
        page.waitForEvent('download'),
        panel.getByRole('button', { name: 'Export PNG (2×)' }).click(),
      ]);
      expect(png.suggestedFilename()).toBe(`east-west-vet-atlas-${view}-2016-en.png`);
      const pngFile = await saved(png);
      copyFileSync(pngFile, screenshotPath(`export-${view}-en`));
      const image = readFileSync(pngFile);
      expect([...image.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      const [svgFile] = await Promise.all([
        page.waitForEvent('download'),
        panel.getByRole('button', { name: 'Export SVG' }).click(),
      ]);
      expect(svgFile.suggestedFilename()).toBe(`east-west-vet-atlas-${view}-2016-en.svg`);
      const svg = readFileSync(await saved(svgFile), 'utf8');
      const width = Number(/^<svg[^>]*\bwidth="(\d+)"/.exec(svg)![1]);
      const height = Number(/^<svg[^>]*\bheight="(\d+)"/.exec(svg)![1]);
      // The PNG is the SVG at twice its size.
      expect(image.readUInt32BE(16)).toBe(2 * width);
      expect(image.readUInt32BE(20)).toBe(2 * height);
      expect(image.length).toBeGreaterThan(20_000);
      const texts = textsOf(svg);
      expect(texts, view).toContain(
        view === 'timeline' ? 'Policy timeline' : 'Regional hub case: Zhengzhou',
      );
      expect(
        texts.some((l) => l.startsWith('Source: ')),
        view,
      ).toBe(true);
      expect(texts, view).toContain(credit);
      if (view === 'timeline') {
        // The year and the highlighted model are in the caption; the lanes are drawn.
        expect(texts.some((l) => l.includes('2016'))).toBe(true);
        expect(texts.some((l) => l.includes('Highlighted:'))).toBe(true);
        expect(texts).toContain('Central');
        expect(svg).toContain('class="timeline__doc');
      } else {
        // Every head of the matrix, and one dot per linked cell on screen.
        for (const head of await panel.locator('.hub__n').allInnerTexts())
          expect(texts).toContain(head.trim());
        const linked = await panel.locator('td[data-linked=true]').count();
        expect(linked).toBeGreaterThan(0);
        expect(svg.match(/<circle /g)?.length).toBe(linked);
      }
    }
    expect(problems.pageErrors).toEqual([]);
  });
});
