// What the benchmark measures in Chromium, one page load at a time: bytes transferred, time
// until every view has rendered, JS heap, frames per second with the flow animation on, and the
// latency of year changes. Driven by playwright-core over the Chrome DevTools Protocol.
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags of shared/TOOLING.md (headless as root on this machine). */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--hide-scrollbars',
];

/** The five views and how each says it has drawn (see tests/bench/README.md). */
export const VIEW_IDS = ['map', 'trend', 'timeline', 'radar', 'hub'];

/** The three views linked by the year, and the attribute where each shows the year it drew. */
export const YEAR_MARKERS = {
  map: ['[data-testid="map-chart"]', 'data-year'],
  trend: ['[data-testid="trend-chart"]', 'data-cursor-year'],
  timeline: ['[data-testid="timeline-cursor"]', 'data-year'],
};

export const launch = () =>
  chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });

/**
 * Runs in the page before any of its scripts: on every animation frame, notes the first frame
 * at which each view is drawn (or shows an error), until all have settled. Times are
 * performance.now(), i.e. milliseconds since navigation start.
 */
function readinessProbe(viewIds) {
  const probe = { views: {}, failed: {}, ready: null, settled: null, sections: 0 };
  window.__bench = probe;
  const drawn = (root) => {
    if (!root) return false;
    const c = root.querySelector('canvas');
    if (c) return c.width > 0 && c.height > 0;
    return !!root.querySelector('svg');
  };
  const checks = {
    map: () => drawn(document.querySelector('[data-testid="map-chart"]')),
    trend: () => drawn(document.querySelector('[data-testid="trend-chart"]')),
    timeline: () => !!document.querySelector('[data-testid="timeline-cursor"]'),
    radar: () => drawn(document.querySelector('[data-testid="radar-chart"]')),
    hub: () => !!document.querySelector('[data-testid="hub"]'),
  };
  const failedNow = (id) =>
    !!document.querySelector(
      `section[data-view="${id}"] :is(.dataset-error, .view-crashed, .map-geo-error)`,
    );
  const started = performance.now();
  const tick = () => {
    const now = performance.now();
    probe.sections = document.querySelectorAll('section[data-view]').length;
    for (const id of viewIds) {
      if (probe.views[id] == null && checks[id]()) probe.views[id] = now;
      if (probe.views[id] == null && probe.failed[id] == null && failedNow(id)) {
        probe.failed[id] = now;
      }
    }
    const done = viewIds.filter((id) => probe.views[id] != null);
    if (done.length === viewIds.length && probe.ready == null) probe.ready = now;
    if (viewIds.every((id) => probe.views[id] != null || probe.failed[id] != null)) {
      probe.settled ??= now;
      if (probe.ready != null || now - probe.settled > 2000) return;
    }
    if (now - started < 120_000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/**
 * Runs in the page: gzip body bytes of the document and of every same-origin resource
 * (Resource Timing's encodedBodySize, what the 360 KB budget counts; headers left out) with
 * their start times, the app's first-screen mark and the first contentful paint.
 */
function pageTiming() {
  const nav = performance.getEntriesByType('navigation')[0];
  const entries = [
    { name: location.href, startTime: 0, bytes: nav?.encodedBodySize ?? 0 },
    ...performance
      .getEntriesByType('resource')
      .filter((e) => e.name.startsWith(location.origin))
      .map((e) => ({ name: e.name, startTime: e.startTime, bytes: e.encodedBodySize })),
  ];
  return {
    entries,
    firstScreenMark: performance.getEntriesByName('atlas-first-screen')[0]?.startTime ?? null,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  };
}

/** Kind of a response for the byte breakdown. */
export function kindOf(url, mime = '') {
  const path = new URL(url).pathname;
  if (/\/data\/geo\//.test(path)) return 'geometry';
  if (/\/data\/.*\.json$/.test(path)) return 'data';
  if (/\.m?js$/.test(path) || mime.includes('javascript')) return 'js';
  if (/\.css$/.test(path) || mime.includes('css')) return 'css';
  if (/\.html$|\/$/.test(path) || mime.includes('html')) return 'html';
  return 'other';
}

/**
 * Opens `url` in a fresh context (empty cache) at the given CPU throttling and waits until every
 * view has rendered or settled (rendered or failed), then for the network to be idle.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ throttle: number; timeoutMs: number; viewport?: { width: number; height: number }; views?: string[] }} opts
 */
export async function openAndLoad(
  browser,
  url,
  { throttle, timeoutMs, viewport, views = VIEW_IDS },
) {
  const context = await browser.newContext({
    viewport: viewport ?? { width: 1366, height: 900 },
    locale: 'zh-CN',
    reducedMotion: 'no-preference',
  });
  await context.addInitScript(readinessProbe, views);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message.slice(0, 300)));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  // Resource Timing keeps 250 entries by default; a page load here makes about 30.
  await context.addInitScript(() => performance.setResourceTimingBufferSize(1000));
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });

  // CDP network events only tell when the network is quiet; bytes come from Resource Timing.
  /** @type {Map<string, boolean>} request id → finished */
  const requests = new Map();
  let lastActivity = Date.now();
  const finished = (e) => {
    requests.set(e.requestId, true);
    lastActivity = Date.now();
  };
  cdp.on('Network.requestWillBeSent', (e) => {
    requests.set(e.requestId, false);
    lastActivity = Date.now();
  });
  cdp.on('Network.loadingFinished', finished);
  cdp.on('Network.loadingFailed', finished);

  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  const start = Date.now();
  let probe = null;
  let crashed = false;
  while (Date.now() < start + timeoutMs) {
    probe = await page.evaluate(() => window.__bench).catch(() => null);
    if (probe && (probe.ready != null || probe.settled != null)) break;
    // An uncaught error and, seconds later, no panel and no view at all: the app did not start.
    crashed =
      errors.length > 0 &&
      Date.now() - start > 5000 &&
      !probe?.sections &&
      Object.keys(probe?.views ?? {}).length === 0;
    if (crashed) break;
    await page.waitForTimeout(100);
  }
  // The load's transfer: everything fetched until the views have settled and the network has
  // been quiet for half a second.
  const idleDeadline = Date.now() + 15_000;
  while (Date.now() < idleDeadline) {
    const pending = [...requests.values()].some((done) => !done);
    if (!pending && Date.now() - lastActivity > 500) break;
    await page.waitForTimeout(100);
  }
  probe = await page.evaluate(() => window.__bench).catch(() => probe);
  const timing = await page.evaluate(pageTiming).catch(() => null);
  // The first screen is done when the app marks it (its first chart has drawn), else when the
  // map has drawn.
  const firstScreenMs = timing?.firstScreenMark ?? probe?.views?.map ?? null;

  const byKind = {};
  const files = [];
  let total = 0;
  let firstScreenBytes = firstScreenMs == null ? null : 0;
  for (const e of timing?.entries ?? []) {
    const k = kindOf(e.name);
    const early = firstScreenMs != null && e.startTime < firstScreenMs;
    byKind[k] = (byKind[k] ?? 0) + e.bytes;
    total += e.bytes;
    if (early) firstScreenBytes += e.bytes;
    const path = new URL(e.name).pathname.split('/').slice(2).join('/') || 'index.html';
    files.push({ path, bytes: e.bytes, firstScreen: early });
  }
  files.sort((a, b) => b.bytes - a.bytes);
  const drawn = Object.fromEntries(views.map((id) => [id, probe?.views?.[id] ?? null]));
  return {
    context,
    page,
    cdp,
    errors,
    load: {
      allViewsMs: probe?.ready ?? null,
      settledMs: probe?.settled ?? null,
      fcpMs: timing?.fcp ?? null,
      firstScreenMs,
      firstScreenMarked: timing?.firstScreenMark != null,
      firstScreenBytes,
      views: drawn,
      rendered: views.filter((id) => drawn[id] != null),
      failed: views.filter((id) => drawn[id] == null && (crashed || probe?.failed?.[id] != null)),
      missing: views.filter((id) => drawn[id] == null && !crashed && probe?.failed?.[id] == null),
      crashed,
      bytes: total,
      byKind,
      files,
      requests: timing?.entries.length ?? 0,
    },
  };
}

/**
 * JS heap in use after a forced garbage collection (CDP Performance.getMetrics).
 * @param {import('playwright-core').CDPSession} cdp
 */
export async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
}

/**
 * Frames per second over `ms` with the map in view (its flow particles animate unless the
 * reader asked for reduced motion), counted with requestAnimationFrame.
 * @param {import('playwright-core').Page} page
 * @param {number} ms
 */
export function framesPerSecond(page, ms) {
  return page.evaluate(async (duration) => {
    const map = document.querySelector('[data-testid="map-chart"]');
    map?.scrollIntoView({ block: 'center' });
    await new Promise((r) => setTimeout(r, 300));
    const gaps = [];
    let frames = 0;
    const t0 = await new Promise((r) => requestAnimationFrame(r));
    let last = t0;
    await new Promise((done) => {
      const frame = (t) => {
        frames += 1;
        gaps.push(t - last);
        last = t;
        if (t - t0 < duration) requestAnimationFrame(frame);
        else done(undefined);
      };
      requestAnimationFrame(frame);
    });
    return {
      fps: (frames * 1000) / (last - t0),
      longestFrameMs: Math.max(...gaps),
      motion: map?.getAttribute('data-motion') ?? null,
    };
  }, ms);
}

/**
 * Changes the year through the public URL contract (pushState + popstate, as the back button
 * does) and times each change until every linked view shows the new year, then to the next
 * animation frame ("frame") and to the task after that frame, once it has painted ("paint").
 * Views missing from the page are left out of the wait.
 * @param {import('playwright-core').Page} page
 * @param {{ years: number[]; warmup: number; gapMs: number; timeoutMs: number }} opts
 */
export async function yearChanges(page, { years, warmup, gapMs, timeoutMs }) {
  const present = await page.evaluate(
    (markers) =>
      Object.keys(markers).filter((v) => {
        const el = document.querySelector(markers[v][0]);
        return el?.hasAttribute(markers[v][1]);
      }),
    YEAR_MARKERS,
  );
  if (present.length === 0) return { linked: present, samples: [] };
  const watched = Object.fromEntries(present.map((v) => [v, YEAR_MARKERS[v]]));
  const samples = await page.evaluate(
    async ({ years, gapMs, timeoutMs, watched }) => {
      const shows = (y) =>
        Object.values(watched).every(
          ([sel, attr]) => document.querySelector(sel)?.getAttribute(attr) === String(y),
        );
      const out = [];
      for (const year of years) {
        const t0 = performance.now();
        const url = new URL(location.href);
        url.searchParams.set('year', String(year));
        history.pushState(null, '', url);
        dispatchEvent(new PopStateEvent('popstate', { state: null }));
        const ok = await new Promise((resolve) => {
          if (shows(year)) return resolve(true);
          const mo = new MutationObserver(() => {
            if (!shows(year)) return;
            mo.disconnect();
            clearTimeout(timer);
            resolve(true);
          });
          mo.observe(document.body, {
            subtree: true,
            childList: true,
            attributes: true,
            attributeFilter: ['data-year', 'data-cursor-year'],
          });
          const timer = setTimeout(() => {
            mo.disconnect();
            resolve(false);
          }, timeoutMs);
        });
        const updated = performance.now();
        const frame = await new Promise((r) => requestAnimationFrame(() => r(performance.now())));
        const painted = await new Promise((r) => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => r(performance.now());
          ch.port2.postMessage(null);
        });
        out.push({ year, ok, updateMs: updated - t0, frameMs: frame - t0, paintMs: painted - t0 });
        await new Promise((r) => setTimeout(r, gapMs));
      }
      return out;
    },
    { years, gapMs, timeoutMs, watched },
  );
  return { linked: present, samples: samples.slice(warmup) };
}
