import { useEffect, useState, type RefObject } from 'react';
import { markFirstScreen, releaseViews, releaseViewsUpTo } from '../state/actions';
import { useAtlas } from '../state/store';

/**
 * How long after the first chart has drawn the out-of-view panels start loading (then at the
 * browser's next idle moment, or half a second at most: the map's particles leave few). Only
 * screens wider than a phone's load them in the background, so they need not hold back long.
 */
const RELEASE_AFTER_MS = 250;
/** The pause between one released panel showing itself and the next one being released. */
const STEP_GAP_MS = 100;
/** The longest a released panel may take to show itself before the next one goes anyway. */
const STEP_AT_THE_LATEST_MS = 1500;
/** The latest the out-of-view panels wait, even if no chart ever draws (e.g. all data broken). */
const RELEASE_AT_THE_LATEST_MS = 6000;

/**
 * Whether the dashboard's panels stand in one column (phones; app.css's grid below 900 px). There
 * the panels below the map load only as the reader approaches them: loading them all in the
 * background would keep a phone's CPU busy (and its data plan paying) for views that may never
 * be scrolled to, and taps on the map would wait behind their first renders. Read from the grid
 * itself, so that the stylesheet is the one place the breakpoint is written.
 */
export function inOneColumn(grid: Element | null): boolean {
  if (!grid) return false;
  return getComputedStyle(grid).gridTemplateColumns.trim().split(/\s+/).length === 1;
}

/** The longest `afterFirstPaint` waits (a page opened in a background tab paints nothing). */
const PAINT_AT_THE_LATEST_MS = 500;
let painted = false;

/**
 * Runs `fn` once the page has first painted something (at once after that): the panels' data
 * and code requests wait for it, so the header and the panels' frames show first, and a chunk or
 * dataset arriving from the cache is not parsed ahead of the first paint. The paint is the
 * browser's own first-contentful-paint entry where it reports one, else two frames. Returns a
 * cancel.
 */
export function afterFirstPaint(fn: () => void): () => void {
  if (painted) {
    fn();
    return () => {};
  }
  let done = false;
  let frame = 0;
  let observer: PerformanceObserver | undefined;
  const stop = () => {
    done = true;
    observer?.disconnect();
    window.cancelAnimationFrame(frame);
    window.clearTimeout(latest);
  };
  const go = () => {
    if (done) return;
    stop();
    painted = true;
    fn();
  };
  if (typeof PerformanceObserver !== 'undefined' && reportsPaints()) {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) window.setTimeout(go, 0);
    });
    observer.observe({ type: 'paint', buffered: true });
  } else {
    frame = window.requestAnimationFrame(() => {
      frame = window.requestAnimationFrame(() => window.setTimeout(go, 0));
    });
  }
  const latest = window.setTimeout(go, PAINT_AT_THE_LATEST_MS);
  return stop;
}

const reportsPaints = () => PerformanceObserver.supportedEntryTypes?.includes('paint') ?? false;

/**
 * True once the element has come within reach of the viewport (and stays true), looking only
 * from when `armed`: the panels are watched once the first screen has drawn, so that where they
 * stood while the map was still loading (its placeholder is shorter than the drawn map, and the
 * panel below it used to count as in reach on phones) does not count.
 */
export function useInView(ref: RefObject<Element | null>, armed = true): boolean {
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (seen || !armed || !el) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setSeen(true);
      },
      // Half a screen ahead, so a panel is usually ready by the time it is scrolled to.
      { rootMargin: '50% 0px' },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [ref, seen, armed]);
  return seen;
}

/**
 * Called whenever a chart has drawn. The first time, the first screen is done: the store says
 * so (views then fetch the datasets they only use, such as the bibliography), the moment is
 * marked for the byte-budget test (`performance.mark('atlas-first-screen')`), and, once the
 * browser is idle, the out-of-view panels start loading one after the other (unless the panels
 * stand in one column; see inOneColumn).
 */
export function noteChartDrawn() {
  if (useAtlas.getState().firstScreen) return;
  performance.mark('atlas-first-screen');
  markFirstScreen();
  if (inOneColumn(document.querySelector('.grid'))) return;
  window.setTimeout(
    () =>
      whenIdle(() => {
        releasing = true;
        releaseStep();
      }),
    RELEASE_AFTER_MS,
  );
}

/**
 * Called when a panel's view has mounted. While panels are being released, the next one goes
 * once this one has shown itself, so each panel's first draw is a task of its own rather than
 * one long freeze for all of them.
 */
export function noteViewShown(view: string) {
  performance.mark(`atlas-view-shown:${view}`);
  shown.add(view);
  if (!releasing) return;
  window.clearTimeout(stepTimer);
  stepTimer = window.setTimeout(releaseStep, STEP_GAP_MS);
}

/** Deferred dashboard panels in page order, and the views that have mounted so far. */
let deferredViews: readonly string[] = [];
const shown = new Set<string>();
let releasing = false;
let stepTimer = 0;

/** How far the release has to go to let the next panel that has not shown itself load. */
export function nextRelease(order: readonly string[], seen: ReadonlySet<string>, released: number) {
  let next = released;
  while (next < order.length && seen.has(order[next]!)) next++;
  return next < order.length ? next + 1 : null;
}

function releaseStep() {
  window.clearTimeout(stepTimer);
  const upTo = nextRelease(deferredViews, shown, useAtlas.getState().viewsReleased);
  if (upTo === null) {
    releasing = false;
    return;
  }
  releaseViewsUpTo(upTo);
  // A panel whose view never mounts (broken data, a crash) must not hold the rest back.
  stepTimer = window.setTimeout(releaseStep, STEP_AT_THE_LATEST_MS);
}

function whenIdle(fn: () => void) {
  if ('requestIdleCallback' in window) window.requestIdleCallback(fn, { timeout: 500 });
  else fn();
}

/**
 * Printing and a slow first screen both release every panel at once.
 * @param deferred the ids of the dashboard panels that wait for the first screen, in page order
 */
export function startFirstScreen(deferred: readonly string[]) {
  deferredViews = deferred;
  window.addEventListener('beforeprint', releaseViews);
  window.setTimeout(() => {
    if (!useAtlas.getState().firstScreen) releaseViews();
  }, RELEASE_AT_THE_LATEST_MS);
}
