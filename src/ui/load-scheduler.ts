/**
 * When does a panel load? One rule, written once (`decide`), and a headless controller that
 * feeds it what has happened and the time (`createLoadScheduler`), with an injected clock so
 * both are tested without a DOM. In the page, `usePanelLoad` (use-panel-load.ts) drives it.
 *
 * The rule:
 * 1. Nothing loads before the page's first paint: the header and the panels' frames show first,
 *    and no chunk or dataset is parsed ahead of that paint.
 * 2. Then the first screen loads: the eager panels (the dashboard's map, an embedded view, the
 *    presenter's step).
 * 3. The first screen has settled once each eager panel has drawn (its first chart, or its first
 *    render for a view without one) — or cannot yet: a file it needs failed or is late
 *    (`LATE_MS` after it was asked for), it crashed, or it is itself late. A broken or slow file
 *    thus holds back only the views that need it.
 * 4. Once settled, a panel the reader comes near loads (on approach).
 * 5. Where the panels stand in more than one column, once settled and the browser has been idle,
 *    the other panels load one after the other in page order, each once the one before has
 *    shown itself (`STEP_GAP_MS` later), failed, waits on a failed or late file, or is late
 *    (`STEP_LATE_MS`): each panel's first draw is a task of its own. In one column (phones)
 *    they load only on approach: a phone's CPU and data plan are not spent on views that may
 *    never be scrolled to.
 * 6. Printing loads every panel at once; a browser that cannot tell where the reader is loads
 *    every panel at the first paint.
 */

/** How long a file (or a first-screen view) may take before what waits on it stops waiting. */
export const LATE_MS = 3000;
/** How long after the first screen has settled background loading waits for the browser to idle. */
export const IDLE_AFTER_MS = 250;
/** The longest that wait for an idle moment lasts (the map's particles leave few). */
export const IDLE_AT_THE_LATEST_MS = 500;
/** The pause between one panel showing itself and the next one loading in the background. */
export const STEP_GAP_MS = 100;
/** The longest a background panel may take to show itself before the next one loads anyway. */
export const STEP_LATE_MS = 1500;

/** A panel on the page, as the scheduler sees it. */
export interface PanelPlan {
  id: string;
  /** Loads with the first screen (the dashboard's first panel, an embedded view, a presenter step). */
  eager: boolean;
  /** Its first draw is a chart; the first screen counts once that has drawn, not at its render. */
  chart: boolean;
  /** The files (datasets) it cannot draw without. */
  needs: readonly string[];
}

/** A file that has arrived (ready) or failed, and when that was seen. */
export interface FileOutcome {
  ok: boolean;
  at: number;
}

/** What has happened so far; times are the injected clock's milliseconds. */
export interface LoadFacts {
  /** The panels on the page, in page order. */
  panels: readonly PanelPlan[];
  /** When the page first painted, or null. */
  paintedAt: number | null;
  /** The page is being printed: every panel loads. */
  printing: boolean;
  /**
   * Every panel loads at the first paint: the browser cannot tell which panels are near the
   * viewport (no IntersectionObserver), or the bench's naive peer asked (`releaseAll`).
   */
  allAtPaint: boolean;
  /** The panels stand in one column (read when the first screen settles). */
  oneColumn: boolean;
  /** When the first screen settled, once it has (it settles once: later panels do not unsettle it). */
  settledAt: number | null;
  /** When the browser was first idle after the first screen settled, or null. */
  idleAt: number | null;
  /** When each panel was first allowed to load (its files are asked for then). */
  loadedAt: ReadonlyMap<string, number>;
  /** When each panel's view first rendered. */
  shownAt: ReadonlyMap<string, number>;
  /** When each panel's first chart drew. */
  drawnAt: ReadonlyMap<string, number>;
  /** When each panel failed: its data, geometry or code, or a crash. */
  failedAt: ReadonlyMap<string, number>;
  /** The files that have arrived or failed. */
  files: ReadonlyMap<string, FileOutcome>;
  /** Panels that have come within reach of the viewport since the first screen settled. */
  near: ReadonlySet<string>;
}

export interface LoadDecision {
  /** The panels that may load their code and data now. */
  load: ReadonlySet<string>;
  /** When the first screen settled (drawn, failed or late), or null while it has not. */
  settledAt: number | null;
  /** True once what the views only use (fetched after they draw) may load: settled or printing. */
  extras: boolean;
  /** The next moment at which the decision changes by time alone (a lateness, a step), or null. */
  wakeAt: number | null;
}

/** The earliest of the known times, or null. */
const earliest = (...times: (number | undefined | null)[]) => {
  const known = times.filter((t): t is number => typeof t === 'number');
  return known.length ? Math.min(...known) : null;
};

/** When a file stopped holding back the panels that need it without arriving: failed or late. */
function fileBlockedAt(file: string, f: LoadFacts): number | null {
  const outcome = f.files.get(file);
  if (outcome) return outcome.ok ? null : outcome.at;
  // Asked for when the first panel needing it was let load.
  const asked = earliest(
    ...f.panels.filter((p) => p.needs.includes(file)).map((p) => f.loadedAt.get(p.id)),
  );
  return asked === null ? null : asked + LATE_MS;
}

/** When a panel stopped being able to draw soon: a file it needs failed or is late, or it failed. */
function blockedAt(p: PanelPlan, f: LoadFacts): number | null {
  return earliest(f.failedAt.get(p.id), ...p.needs.map((file) => fileBlockedAt(file, f)));
}

/** When an eager panel stopped holding the first screen: drawn, blocked, or itself late. */
function firstScreenDoneAt(p: PanelPlan, f: LoadFacts, now: number): number {
  return earliest(
    p.chart ? f.drawnAt.get(p.id) : f.shownAt.get(p.id),
    blockedAt(p, f),
    (f.loadedAt.get(p.id) ?? now) + LATE_MS,
  )!;
}

/** When the first screen settled, and when it will if it has not yet (null: it has). */
function firstScreen(f: LoadFacts, now: number): { at: number | null; wakeAt: number | null } {
  let last = f.paintedAt ?? now;
  let wakeAt: number | null = null;
  for (const p of f.panels) {
    if (!p.eager) continue;
    const done = firstScreenDoneAt(p, f, now);
    if (done > now) wakeAt = earliest(wakeAt, done);
    else last = Math.max(last, done);
  }
  return wakeAt === null ? { at: last, wakeAt: null } : { at: null, wakeAt };
}

/** The rule (see the top of this file): which panels may load at `now`. Pure. */
export function decide(f: LoadFacts, now: number): LoadDecision {
  const all = new Set(f.panels.map((p) => p.id));
  if (f.paintedAt === null && !f.printing) {
    return { load: new Set(), settledAt: null, extras: false, wakeAt: null };
  }
  const first =
    f.settledAt !== null
      ? { at: f.settledAt, wakeAt: null }
      : f.paintedAt === null
        ? { at: null, wakeAt: null }
        : firstScreen(f, now);
  if (f.printing || f.allAtPaint) {
    return { load: all, settledAt: first.at, extras: true, wakeAt: first.wakeAt };
  }
  // A panel that has loaded stays loaded (a presenter's step back on the dashboard).
  const load = new Set(f.panels.filter((p) => p.eager || f.loadedAt.has(p.id)).map((p) => p.id));
  if (first.at === null) return { load, settledAt: null, extras: false, wakeAt: first.wakeAt };

  for (const id of f.near) if (all.has(id)) load.add(id);
  let wakeAt: number | null = null;
  if (!f.oneColumn && f.idleAt !== null) {
    // One panel at a time: `t` is when the next one may go.
    let t = f.idleAt;
    for (const p of f.panels) {
      if (p.eager) continue;
      if (t > now) {
        wakeAt = t;
        break;
      }
      load.add(p.id);
      const shown = f.shownAt.get(p.id);
      const doneAt = earliest(shown === undefined ? null : shown + STEP_GAP_MS, blockedAt(p, f));
      const lateAt = (f.loadedAt.get(p.id) ?? now) + STEP_LATE_MS;
      const next = earliest(doneAt, lateAt)!;
      if (next > now) {
        wakeAt = next;
        break;
      }
      // A panel done before its turn (the reader scrolled to it) costs no wait.
      t = Math.max(t, next);
    }
  }
  return { load, settledAt: first.at, extras: true, wakeAt };
}

/** Time and the browser's moments, injected so the controller runs on a fake clock in tests. */
export interface SchedulerClock {
  now(): number;
  /** Runs `fn` after `ms` milliseconds; returns a cancel. */
  schedule(fn: () => void, ms: number): () => void;
  /** Runs `fn` at the browser's next idle moment, `timeout` ms at the latest; returns a cancel. */
  idle(fn: () => void, timeout: number): () => void;
  /** Runs `fn` once the page has first painted (at once after that); returns a cancel. */
  afterPaint(fn: () => void): () => void;
}

export interface LoadSchedulerOptions {
  clock: SchedulerClock;
  /** Whether the browser can tell which panels are near the viewport. */
  canWatch: boolean;
  /** Whether the panels stand in one column; asked once, when the first screen settles. */
  oneColumn: () => boolean;
  /** Called once when the first screen settles, and for each panel when it first renders. */
  mark?: (name: string) => void;
}

export interface LoadScheduler {
  /** Adds a panel (at its place in page order); returns its removal. */
  add(plan: PanelPlan, order: number): () => void;
  /** The panel's view has rendered. */
  shown(id: string): void;
  /** The panel's first chart has drawn. */
  drawn(id: string): void;
  /** The panel cannot draw: a dataset, its geometry or its code failed, or it crashed. */
  failed(id: string): void;
  /** A file has arrived (`ok`) or failed; the first word about a file counts. */
  file(name: string, ok: boolean): void;
  /** The panel has come within reach of the viewport. */
  near(id: string): void;
  /** The page is being printed. */
  print(): void;
  /** Lets every panel load at the first paint (the bench's naive peer). */
  releaseAll(): void;
  /** Runs `fn` at the idle moment after the first screen (at once if it has passed). */
  whenIdle(fn: () => void): void;
  getDecision(): LoadDecision;
  subscribe(listener: () => void): () => void;
  /** Cancels every timer (tests). */
  dispose(): void;
}

/** The controller: keeps the facts, asks `decide` after every event and at every wake time. */
export function createLoadScheduler(opts: LoadSchedulerOptions): LoadScheduler {
  const { clock } = opts;
  const plans = new Map<string, { plan: PanelPlan; order: number }>();
  const loadedAt = new Map<string, number>();
  const shownAt = new Map<string, number>();
  const drawnAt = new Map<string, number>();
  const failedAt = new Map<string, number>();
  const files = new Map<string, FileOutcome>();
  const near = new Set<string>();
  let facts: LoadFacts = {
    panels: [],
    paintedAt: null,
    printing: false,
    allAtPaint: !opts.canWatch,
    oneColumn: false,
    settledAt: null,
    idleAt: null,
    loadedAt,
    shownAt,
    drawnAt,
    failedAt,
    files,
    near,
  };
  let decision: LoadDecision = decide(facts, clock.now());
  const listeners = new Set<() => void>();
  const idleTasks: (() => void)[] = [];
  const cancels = new Set<() => void>();
  let wake: (() => void) | null = null;

  /** Starts something cancellable (a timer, an idle wait) that `dispose` can cancel. */
  const track = (start: (forget: () => void) => () => void) => {
    let cancel = () => {};
    const forget = () => void cancels.delete(cancel);
    cancel = start(forget);
    cancels.add(cancel);
  };

  const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
    a.size === b.size && [...a].every((x) => b.has(x));

  function update() {
    const now = clock.now();
    const next = decide(facts, now);
    for (const id of next.load) if (!loadedAt.has(id)) loadedAt.set(id, now);
    if (next.settledAt !== null && facts.settledAt === null) settle(next.settledAt);
    wake?.();
    wake = null;
    if (next.wakeAt !== null) wake = clock.schedule(update, Math.max(0, next.wakeAt - now));
    const changed =
      !sameSet(next.load, decision.load) ||
      next.extras !== decision.extras ||
      next.settledAt !== decision.settledAt;
    decision = changed ? next : { ...decision, wakeAt: next.wakeAt };
    if (changed) for (const l of listeners) l();
  }

  /** The first screen has settled: mark it, read the layout, and wait for the idle moment. */
  function settle(at: number) {
    opts.mark?.('atlas-first-screen');
    facts = { ...facts, settledAt: at, oneColumn: opts.oneColumn() };
    track((forget) =>
      clock.schedule(() => {
        forget();
        track((forgetIdle) =>
          clock.idle(() => {
            forgetIdle();
            facts = { ...facts, idleAt: clock.now() };
            for (const task of idleTasks.splice(0)) task();
            update();
          }, IDLE_AT_THE_LATEST_MS),
        );
      }, IDLE_AFTER_MS),
    );
  }

  const note = (times: Map<string, number>, id: string) => {
    if (times.has(id)) return;
    times.set(id, clock.now());
    update();
  };

  track((forget) =>
    clock.afterPaint(() => {
      forget();
      facts = { ...facts, paintedAt: clock.now() };
      update();
    }),
  );

  return {
    add(plan, order) {
      const entry = { plan, order };
      plans.set(plan.id, entry);
      const panels = () => [...plans.values()].sort((a, b) => a.order - b.order).map((e) => e.plan);
      facts = { ...facts, panels: panels() };
      update();
      return () => {
        if (plans.get(plan.id) !== entry) return;
        plans.delete(plan.id);
        facts = { ...facts, panels: panels() };
        update();
      };
    },
    shown(id) {
      opts.mark?.(`atlas-view-shown:${id}`);
      note(shownAt, id);
    },
    drawn: (id) => note(drawnAt, id),
    failed: (id) => note(failedAt, id),
    file(name, ok) {
      if (files.has(name)) return;
      files.set(name, { ok, at: clock.now() });
      update();
    },
    near(id) {
      // Where a panel stood before the first screen settled does not count: the first screen's
      // placeholders are not the size of what they become.
      if (near.has(id) || facts.settledAt === null) return;
      near.add(id);
      update();
    },
    print() {
      if (facts.printing) return;
      facts = { ...facts, printing: true };
      update();
    },
    releaseAll() {
      facts = { ...facts, allAtPaint: true };
      update();
    },
    whenIdle(fn) {
      if (facts.idleAt !== null) fn();
      else idleTasks.push(fn);
    },
    getDecision: () => decision,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      wake?.();
      wake = null;
      for (const c of cancels) c();
      cancels.clear();
      listeners.clear();
    },
  };
}
