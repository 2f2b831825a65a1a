import { describe, expect, it } from 'vitest';
import {
  createLoadScheduler,
  decide,
  LATE_MS,
  IDLE_AFTER_MS,
  STEP_GAP_MS,
  STEP_LATE_MS,
  type LoadFacts,
  type PanelPlan,
} from '../../../src/ui/load-scheduler';

/** The dashboard: the map first (eager), the others after it. */
const DASHBOARD: PanelPlan[] = [
  { id: 'map', eager: true, chart: true, needs: ['provinces', 'pairings'] },
  { id: 'trend', eager: false, chart: true, needs: ['provinces', 'gdp'] },
  { id: 'timeline', eager: false, chart: false, needs: ['policies', 'models', 'sources'] },
  {
    id: 'radar',
    eager: false,
    chart: true,
    needs: ['models', 'pairings', 'policies', 'provinces', 'sources'],
  },
  { id: 'hub', eager: false, chart: false, needs: ['hub', 'sources'] },
];

function facts(patch: Partial<LoadFacts> = {}): LoadFacts {
  return {
    panels: DASHBOARD,
    paintedAt: 0,
    printing: false,
    allAtPaint: false,
    oneColumn: false,
    settledAt: null,
    idleAt: null,
    loadedAt: new Map([['map', 0]]),
    shownAt: new Map(),
    drawnAt: new Map(),
    failedAt: new Map(),
    files: new Map(),
    near: new Set(),
    ...patch,
  };
}
const loaded = (f: LoadFacts, now: number) => [...decide(f, now).load];

describe('decide (the load rule, pure)', () => {
  it('loads nothing before the first paint', () => {
    expect(decide(facts({ paintedAt: null, loadedAt: new Map() }), 100)).toEqual({
      load: new Set(),
      settledAt: null,
      extras: false,
      wakeAt: null,
    });
  });

  it('loads the first screen at the first paint, and wakes when it would be late', () => {
    const d = decide(facts(), 10);
    expect([...d.load]).toEqual(['map']);
    expect(d.settledAt).toBeNull();
    expect(d.extras).toBe(false);
    expect(d.wakeAt).toBe(LATE_MS);
  });

  it('settles the first screen when its chart draws, not when its view renders', () => {
    const shown = facts({ shownAt: new Map([['map', 300]]) });
    expect(decide(shown, 400).settledAt).toBeNull();
    const drawn = facts({ shownAt: new Map([['map', 300]]), drawnAt: new Map([['map', 800]]) });
    expect(decide(drawn, 900)).toMatchObject({ settledAt: 800, extras: true });
  });

  it('counts a view without a chart as drawn when it renders (an embedded timeline)', () => {
    const f = facts({
      panels: [{ id: 'timeline', eager: true, chart: false, needs: [] }],
      loadedAt: new Map([['timeline', 0]]),
      shownAt: new Map([['timeline', 200]]),
    });
    expect(decide(f, 250).settledAt).toBe(200);
  });

  it('does not let a failed first screen hold the others back', () => {
    const f = facts({ failedAt: new Map([['map', 150]]), near: new Set(['trend']) });
    const d = decide(f, 200);
    expect(d.settledAt).toBe(150);
    expect([...d.load]).toEqual(['map', 'trend']);
  });

  it('does not let a late first screen (a slow file) hold the others back past its lateness', () => {
    const f = facts({ near: new Set(['hub']) });
    expect(loaded(f, LATE_MS - 1)).toEqual(['map']);
    expect(decide(f, LATE_MS).settledAt).toBe(LATE_MS);
    expect(loaded(f, LATE_MS)).toEqual(['map', 'hub']);
  });

  it('settles the first screen as soon as a file it needs fails', () => {
    const f = facts({ files: new Map([['pairings', { ok: false, at: 120 }]]) });
    expect(decide(f, 130).settledAt).toBe(120);
  });

  it('lets background panels that do not need a slow file go without waiting on one that does', () => {
    // pairings.json, asked for with the map at 0, has not come: late at LATE_MS. The map and the
    // radar need it; the trend, timeline and hub do not.
    const arrived = (...names: string[]) =>
      new Map(names.map((n) => [n, { ok: true, at: 100 }] as const));
    const base = {
      files: arrived('provinces', 'gdp', 'policies', 'models', 'sources', 'hub'),
      idleAt: LATE_MS + 400,
    };
    expect(decide(facts(base), LATE_MS).settledAt).toBe(LATE_MS);
    const f = facts({
      ...base,
      loadedAt: new Map([
        ['map', 0],
        ['trend', LATE_MS + 400],
        ['timeline', LATE_MS + 600],
        ['radar', LATE_MS + 800],
      ]),
      shownAt: new Map([
        ['trend', LATE_MS + 500],
        ['timeline', LATE_MS + 700],
      ]),
    });
    // The radar waits on the late file: the hub goes with it, not STEP_LATE_MS later.
    expect(loaded(f, LATE_MS + 800)).toEqual(['map', 'trend', 'timeline', 'radar', 'hub']);
  });

  it('ignores the reader’s approach until the first screen has settled', () => {
    expect(loaded(facts({ near: new Set(['trend']) }), 100)).toEqual(['map']);
  });

  it('on one column, loads only what the reader comes near, even when idle', () => {
    const f = facts({
      drawnAt: new Map([['map', 500]]),
      oneColumn: true,
      idleAt: 900,
      near: new Set(['radar']),
    });
    expect(loaded(f, 10_000)).toEqual(['map', 'radar']);
  });

  it('on a wider screen, loads the rest one at a time from the idle moment, each once the one before has shown', () => {
    const base = { drawnAt: new Map([['map', 500]]), idleAt: 1000 };
    expect(loaded(facts(base), 999)).toEqual(['map']);
    expect(decide(facts(base), 999).wakeAt).toBe(1000);
    const first = facts({
      ...base,
      loadedAt: new Map([
        ['map', 0],
        ['trend', 1000],
      ]),
    });
    expect(loaded(first, 1000)).toEqual(['map', 'trend']);
    expect(decide(first, 1000).wakeAt).toBe(1000 + STEP_LATE_MS);
    const trendShown = facts({
      ...base,
      loadedAt: new Map([
        ['map', 0],
        ['trend', 1000],
      ]),
      shownAt: new Map([['trend', 1200]]),
    });
    expect(loaded(trendShown, 1200 + STEP_GAP_MS - 1)).toEqual(['map', 'trend']);
    expect(decide(trendShown, 1200).wakeAt).toBe(1200 + STEP_GAP_MS);
    expect(loaded(trendShown, 1200 + STEP_GAP_MS)).toEqual(['map', 'trend', 'timeline']);
  });

  it('moves on from a background panel that fails at once, or is late', () => {
    const base = { drawnAt: new Map([['map', 500]]), idleAt: 1000 };
    const failed = facts({
      ...base,
      loadedAt: new Map([
        ['map', 0],
        ['trend', 1000],
      ]),
      failedAt: new Map([['trend', 1010]]),
    });
    expect(loaded(failed, 1010)).toEqual(['map', 'trend', 'timeline']);
    const late = facts({
      ...base,
      loadedAt: new Map([
        ['map', 0],
        ['trend', 1000],
      ]),
    });
    expect(loaded(late, 1000 + STEP_LATE_MS - 1)).toEqual(['map', 'trend']);
    expect(loaded(late, 1000 + STEP_LATE_MS)).toEqual(['map', 'trend', 'timeline']);
  });

  it('skips, without waiting, panels the reader already brought in', () => {
    const f = facts({
      drawnAt: new Map([['map', 500]]),
      idleAt: 1000,
      loadedAt: new Map([
        ['map', 0],
        ['trend', 600],
        ['timeline', 600],
      ]),
      shownAt: new Map([
        ['trend', 700],
        ['timeline', 800],
      ]),
      near: new Set(['trend', 'timeline']),
    });
    expect(loaded(f, 1000)).toEqual(['map', 'trend', 'timeline', 'radar']);
  });

  it('loads everything when printing, or at the paint where the browser cannot watch the viewport', () => {
    const all = DASHBOARD.map((p) => p.id);
    expect(loaded(facts({ printing: true }), 10)).toEqual(all);
    expect(loaded(facts({ printing: true, paintedAt: null }), 10)).toEqual(all);
    expect(decide(facts({ printing: true }), 10).extras).toBe(true);
    expect(loaded(facts({ allAtPaint: true }), 10)).toEqual(all);
    expect(loaded(facts({ allAtPaint: true, paintedAt: null }), 10)).toEqual([]);
  });
});

/** A fake clock: pending callbacks run when the test advances time. */
function fakeClock() {
  let now = 0;
  let queue: { at: number; fn: () => void; id: number }[] = [];
  let nextId = 0;
  const schedule = (fn: () => void, ms: number) => {
    const id = nextId++;
    queue.push({ at: now + ms, fn, id });
    return () => {
      queue = queue.filter((q) => q.id !== id);
    };
  };
  let paint: (() => void)[] = [];
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      queue.sort((a, b) => a.at - b.at || a.id - b.id);
      const first = queue[0];
      if (!first || first.at > end) break;
      queue.shift();
      now = first.at;
      first.fn();
    }
    now = end;
  };
  return {
    clock: {
      now: () => now,
      schedule,
      // Idle at once (after a task): the tests advance past it.
      idle: (fn: () => void) => schedule(fn, 0),
      afterPaint(fn: () => void) {
        paint.push(fn);
        return () => {
          paint = paint.filter((f) => f !== fn);
        };
      },
    },
    advance,
    paint: () => paint.splice(0).forEach((f) => f()),
    pending: () => queue.length,
  };
}

function setup(opts: { oneColumn?: boolean; panels?: PanelPlan[] } = {}) {
  const c = fakeClock();
  const marks: string[] = [];
  const s = createLoadScheduler({
    clock: c.clock,
    canWatch: true,
    oneColumn: () => opts.oneColumn ?? false,
    mark: (m) => marks.push(m),
  });
  (opts.panels ?? DASHBOARD).forEach((p, i) => s.add(p, i));
  const loading = () => [...s.getDecision().load];
  return { s, c, marks, loading };
}

describe('load scheduler (the controller, on a fake clock)', () => {
  it('loads the map at the first paint and the rest one after the other once it has drawn', () => {
    const { s, c, marks, loading } = setup();
    expect(loading()).toEqual([]);
    c.paint();
    expect(loading()).toEqual(['map']);
    c.advance(400);
    s.shown('map');
    s.drawn('map');
    expect(marks).toEqual(['atlas-view-shown:map', 'atlas-first-screen']);
    c.advance(IDLE_AFTER_MS - 1);
    expect(loading()).toEqual(['map']);
    c.advance(1);
    expect(loading()).toEqual(['map', 'trend']);
    c.advance(300);
    s.shown('trend');
    c.advance(STEP_GAP_MS);
    expect(loading()).toEqual(['map', 'trend', 'timeline']);
    // The timeline never shows (broken data): the radar goes when it is late.
    c.advance(STEP_LATE_MS);
    expect(loading()).toEqual(['map', 'trend', 'timeline', 'radar']);
    s.failed('radar');
    expect(loading()).toEqual(['map', 'trend', 'timeline', 'radar', 'hub']);
    s.dispose();
    expect(c.pending()).toBe(0);
  });

  it('on a phone, loads a panel only when the reader comes near it', () => {
    const { s, c, loading } = setup({ oneColumn: true });
    c.paint();
    s.near('hub'); // before the first screen: not yet
    s.drawn('map');
    c.advance(10_000);
    expect(loading()).toEqual(['map']);
    s.near('radar');
    expect(loading()).toEqual(['map', 'radar']);
  });

  it('lets the others go when the first screen fails or is late', () => {
    const late = setup({ oneColumn: true });
    late.c.paint();
    late.c.advance(LATE_MS - 1);
    expect(late.s.getDecision().settledAt).toBeNull();
    late.c.advance(1);
    expect(late.s.getDecision().settledAt).toBe(LATE_MS);
    expect(late.marks).toContain('atlas-first-screen');
    late.s.near('hub');
    expect(late.loading()).toEqual(['map', 'hub']);

    const failed = setup();
    failed.c.paint();
    failed.c.advance(100);
    failed.s.failed('map');
    failed.c.advance(IDLE_AFTER_MS);
    expect(failed.loading()).toEqual(['map', 'trend']);

    const brokenFile = setup();
    brokenFile.c.paint();
    brokenFile.c.advance(100);
    brokenFile.s.file('provinces', true);
    expect(brokenFile.s.getDecision().settledAt).toBeNull();
    brokenFile.s.file('pairings', false);
    expect(brokenFile.s.getDecision().settledAt).toBe(100);
  });

  it('loads everything when the page is printed', () => {
    const { s, c, loading } = setup({ oneColumn: true });
    s.print();
    expect(loading()).toEqual(DASHBOARD.map((p) => p.id));
    c.paint();
    expect(loading()).toEqual(DASHBOARD.map((p) => p.id));
  });

  it('runs the idle tasks once, at the idle moment after the first screen, before the next panel loads', () => {
    const { s, c, loading } = setup();
    const ran: number[] = [];
    s.whenIdle(() => {
      ran.push(c.clock.now());
      // The number formats are built here: the trend, which uses them, has not loaded yet.
      expect(loading()).toEqual(['map']);
    });
    c.paint();
    c.advance(500);
    expect(ran).toEqual([]);
    s.drawn('map');
    c.advance(IDLE_AFTER_MS);
    expect(ran).toEqual([500 + IDLE_AFTER_MS]);
    s.whenIdle(() => ran.push(-1));
    expect(ran).toEqual([500 + IDLE_AFTER_MS, -1]);
  });

  it('tells its listeners only when the decision changes', () => {
    const { s, c } = setup();
    let calls = 0;
    s.subscribe(() => calls++);
    c.paint();
    expect(calls).toBe(1);
    s.shown('map');
    expect(calls).toBe(1);
    s.near('trend');
    expect(calls).toBe(1);
  });

  it('keeps a panel loaded when it comes back, and settles the first screen once (presenter steps)', () => {
    const { s, c, marks, loading } = setup({ panels: [] });
    c.paint();
    const remove = s.add({ id: 'radar', eager: true, chart: true, needs: [] }, 0);
    expect(loading()).toEqual(['radar']);
    s.drawn('radar');
    expect(s.getDecision().settledAt).toBe(0);
    remove();
    expect(loading()).toEqual([]);
    // The next step shows a view that has not drawn yet: the first screen stays settled.
    s.add({ id: 'hub', eager: true, chart: false, needs: [] }, 0);
    expect(s.getDecision()).toMatchObject({ settledAt: 0, extras: true });
    // Back on the dashboard, the radar is no longer eager, and still loaded.
    s.add({ id: 'radar', eager: false, chart: true, needs: [] }, 1);
    expect(loading()).toEqual(['hub', 'radar']);
    expect(marks.filter((m) => m === 'atlas-first-screen')).toHaveLength(1);
  });
});
