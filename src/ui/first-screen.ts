import { useEffect, useState, type RefObject } from 'react';
import { markFirstScreen, releaseViews } from '../state/actions';
import { useAtlas } from '../state/store';

/** How long after the first chart has drawn the out-of-view panels start loading. */
const RELEASE_AFTER_MS = 2000;
/** The latest the out-of-view panels wait, even if no chart ever draws (e.g. all data broken). */
const RELEASE_AT_THE_LATEST_MS = 6000;

/** True once the element has come within reach of the viewport (and stays true). */
export function useInView(ref: RefObject<Element | null>): boolean {
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (seen || !el) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setSeen(true);
      },
      { rootMargin: '0px' },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [ref, seen]);
  return seen;
}

/**
 * Called whenever a chart has drawn. The first time, the first screen is done: the store says
 * so (views then fetch the datasets they only use, such as the bibliography), the moment is
 * marked for the byte-budget test (`performance.mark('atlas-first-screen')`), and, once the
 * browser is idle, the out-of-view panels may load.
 */
export function noteChartDrawn() {
  if (useAtlas.getState().firstScreen) return;
  performance.mark('atlas-first-screen');
  markFirstScreen();
  window.setTimeout(() => whenIdle(releaseViews), RELEASE_AFTER_MS);
}

function whenIdle(fn: () => void) {
  if ('requestIdleCallback' in window) window.requestIdleCallback(fn, { timeout: 1000 });
  else fn();
}

/** Printing and a slow first screen both release every panel. */
export function startFirstScreen() {
  window.addEventListener('beforeprint', releaseViews);
  window.setTimeout(() => {
    if (!useAtlas.getState().viewsReleased) releaseViews();
  }, RELEASE_AT_THE_LATEST_MS);
}
