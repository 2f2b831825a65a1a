import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
  type RefObject,
} from 'react';
import { DATASET_NAMES } from '../data/datasets';
import { warmNumberFormats } from '../lib/format';
import { useAtlas } from '../state/store';
import { createLoadScheduler, type LoadScheduler, type PanelPlan } from './load-scheduler';

/*
 * The page's side of the load scheduler (load-scheduler.ts holds the rule): the browser's clock,
 * paint and idle moments, the one scheduler of the page, and the hook each panel asks.
 */

/** The longest `afterFirstPaint` waits (a page opened in a background tab paints nothing). */
const PAINT_AT_THE_LATEST_MS = 500;
let painted = false;

/**
 * Runs `fn` once the page has first painted something (at once after that). The paint is the
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
 * Whether the dashboard's panels stand in one column (phones; app.css's grid below 900 px).
 * Read from the grid itself, so that the stylesheet is the one place the breakpoint is written.
 */
export function inOneColumn(grid: Element | null): boolean {
  if (!grid) return false;
  return getComputedStyle(grid).gridTemplateColumns.trim().split(/\s+/).length === 1;
}

function whenIdle(fn: () => void, timeout: number): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(fn, { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(fn, 0);
  return () => window.clearTimeout(id);
}

let page: LoadScheduler | null = null;

/** The page's one scheduler, made on first use. */
export function pageScheduler(): LoadScheduler {
  if (page) return page;
  page = createLoadScheduler({
    clock: {
      now: () => performance.now(),
      schedule(fn, ms) {
        const id = window.setTimeout(fn, ms);
        return () => window.clearTimeout(id);
      },
      idle: whenIdle,
      afterPaint: afterFirstPaint,
    },
    canWatch: typeof IntersectionObserver !== 'undefined',
    oneColumn: () => inOneColumn(document.querySelector('.grid')),
    mark: (name) => performance.mark(name),
  });
  const s = page;
  window.addEventListener('beforeprint', () => s.print());
  // The idle moment after the first screen builds the number formats, before the trend loads:
  // the first one built loads locale data (some 40 ms on a phone), better then than mid-draw.
  s.whenIdle(warmNumberFormats);
  // Which datasets have arrived or failed: a panel waiting on a failed or late one does not
  // hold the others back.
  const tell = (datasets: ReturnType<typeof useAtlas.getState>['datasets']) => {
    for (const name of DATASET_NAMES) {
      const d = datasets[name];
      if (d.status !== 'loading') s.file(name, d.status === 'ready');
    }
  };
  tell(useAtlas.getState().datasets);
  useAtlas.subscribe((state, prev) => {
    if (state.datasets !== prev.datasets) tell(state.datasets);
  });
  return s;
}

/** What a panel tells the scheduler about its view. */
export interface PanelReport {
  /** Its first chart has drawn. */
  drawn(): void;
  /** It cannot draw: its data, geometry or code failed, or it crashed. */
  failed(): void;
}
const noReport: PanelReport = { drawn: () => {}, failed: () => {} };
const PanelReportContext = createContext<PanelReport>(noReport);
/** Provided by each panel around its view; charts and views report through it. */
export const PanelReportProvider = PanelReportContext.Provider;
/** The report of the panel around (a no-op outside one). */
export const usePanelReport = () => useContext(PanelReportContext);

/**
 * A panel's place in the load order: whether it may load its code and data now (`load`),
 * whether what it only uses may load (`extras`), and the report it hands its view. Watches the
 * panel's element for the reader's approach once the first screen has settled.
 */
export function usePanelLoad(
  plan: PanelPlan,
  order: number,
  ref: RefObject<Element | null>,
): { load: boolean; extras: boolean; report: PanelReport & { shown(): void } } {
  const s = pageScheduler();
  useEffect(() => s.add(plan, order), [s, plan, order]);
  const { id } = plan;
  const subscribe = s.subscribe;
  const load = useSyncExternalStore(subscribe, () => s.getDecision().load.has(id));
  const extras = useSyncExternalStore(subscribe, () => s.getDecision().extras);
  const watching = useSyncExternalStore(
    subscribe,
    () => s.getDecision().settledAt !== null && !s.getDecision().load.has(id),
  );
  useEffect(() => {
    const el = ref.current;
    if (!watching || !el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) s.near(id);
      },
      // Half a screen ahead, so a panel is usually ready by the time it is scrolled to.
      { rootMargin: '50% 0px' },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [s, id, ref, watching]);
  const report = useMemo(
    () => ({ drawn: () => s.drawn(id), failed: () => s.failed(id), shown: () => s.shown(id) }),
    [s, id],
  );
  return { load, extras, report };
}
