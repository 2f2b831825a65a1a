import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { atlasUrl, browserMissing, useBrowser } from './harness';

/** Everything the first screen needs, gzip-compressed, must fit this budget (issue: quality gates). */
const BUDGET_BYTES = 360 * 1024;
const dist = resolve(process.env.ATLAS_DIST ?? resolve(process.cwd(), 'dist'));

describe.skipIf(browserMissing)('byte budget', () => {
  const { open } = useBrowser();

  it(`ships at most ${BUDGET_BYTES / 1024} KB gzip for the first screen`, async () => {
    // The most common laptop screen; the README quotes the other sizes from the benchmark.
    const { page } = await open('', { width: 1366, height: 768 });
    await page.reload();
    // The app marks the moment its first chart has drawn; everything fetched before it is what
    // the first screen needed (what views fetch afterwards, e.g. the bibliography, is listed apart).
    await page.waitForFunction(() => performance.getEntriesByName('atlas-first-screen').length > 0);
    const { before, after } = await page.evaluate(() => {
      const mark = performance.getEntriesByName('atlas-first-screen')[0]!.startTime;
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      return {
        before: [location.href, ...entries.filter((e) => e.startTime < mark).map((e) => e.name)],
        after: entries.filter((e) => e.startTime >= mark).map((e) => e.name),
      };
    });
    const measure = (urls: string[]) =>
      [...new Set(urls)]
        .filter((u) => u.startsWith(atlasUrl))
        .map((u) => {
          const path =
            decodeURIComponent(new URL(u).pathname.slice(new URL(atlasUrl).pathname.length)) ||
            'index.html';
          const file = resolve(dist, path);
          const body = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
          return { path, raw: body.length, gzip: gzipSync(body).length };
        });
    const rows = measure(before);
    const later = measure(after);
    const total = rows.reduce((n, r) => n + r.gzip, 0);
    mkdirSync(resolve(process.cwd(), 'test-results'), { recursive: true });
    writeFileSync(
      resolve(process.cwd(), 'test-results/budget.json'),
      JSON.stringify(
        {
          budget: BUDGET_BYTES,
          total,
          rows: rows.sort((a, b) => b.gzip - a.gzip),
          afterFirstScreen: later.sort((a, b) => b.gzip - a.gzip),
        },
        null,
        2,
      ),
    );
    const laterTotal = later.reduce((n, r) => n + r.gzip, 0);
    console.log(
      `first screen: ${(total / 1024).toFixed(1)} KB gzip over ${rows.length} files; ` +
        `then ${(laterTotal / 1024).toFixed(1)} KB (${later.map((r) => r.path).join(', ')})`,
    );
    // The map is the first screen: its code, geometry and relationships are in the count.
    for (const needed of ['data/geo/china.json', 'data/pairings.json', 'data/provinces.json']) {
      expect(rows.map((r) => r.path)).toContain(needed);
    }
    expect(rows.some((r) => /assets\/map-.*\.js$/.test(r.path))).toBe(true);
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('fetches the map’s code, datasets and geometry side by side, not one after the other', async () => {
    const { page } = await open('', { width: 1366, height: 768 });
    // A slow network (100 ms a round trip) makes a waterfall plain to see.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 100,
      downloadThroughput: 400_000,
      uploadThroughput: 100_000,
    });
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('atlas-first-screen').length > 0);
    const timing = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const find = (re: RegExp) => {
        const e = entries.find((x) => re.test(new URL(x.name).pathname))!;
        return { start: e.startTime, end: e.responseEnd };
      };
      return {
        code: find(/\/assets\/map-[\w-]+\.js$/),
        data: find(/\/data\/pairings\.json$/),
        geometry: find(/\/data\/geo\/china\.json$/),
      };
    });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    // Each starts before the others have arrived: the view's code is not waiting for its data,
    // nor the geometry for the code that reads it.
    expect(timing.code.start).toBeLessThan(timing.data.end);
    expect(timing.geometry.start).toBeLessThan(timing.code.end);
    expect(timing.data.start).toBeLessThan(timing.code.end);
  });
});
