/**
 * The headless play controller: steps a year from `from` to `to` on an injected scheduler, so
 * play / pause / speed / stop-at-end are tested without a DOM or a real clock. It reads the
 * current year through `getYear` at every tick, so a reader who drags the cursor while it plays
 * moves the playhead too.
 */

/** Schedules `fn` after `ms` milliseconds and returns a function that cancels it. */
export type Schedule = (fn: () => void, ms: number) => () => void;

/** Playback speeds offered to the reader (multiples of one year per second). */
export const PLAY_SPEEDS = [0.5, 1, 2] as const;
export type PlaySpeed = (typeof PLAY_SPEEDS)[number];

/** Milliseconds one year stays on screen at 1×. */
export const BASE_STEP_MS = 1000;

export interface PlayState {
  playing: boolean;
  speed: PlaySpeed;
}

export interface PlayControllerOptions {
  /** First year of the range (played from here when the cursor is at or next to the end). */
  from: number;
  /** Last year of the range: playing stops here. */
  to: number;
  /** The current shared year. */
  getYear: () => number;
  /**
   * Called with each new year; `first` is true for the first step after Play was pressed (a
   * new history entry: the later steps of the run replace it).
   */
  onStep: (year: number, first: boolean) => void;
  schedule: Schedule;
  speed?: PlaySpeed;
}

export interface PlayController {
  getState(): PlayState;
  /**
   * Starts playing; from the start of the range when at most one step is left (at the end, or one
   * year before it, where the atlas opens: a play of one step would show next to nothing).
   */
  play(): void;
  pause(): void;
  toggle(): void;
  setSpeed(speed: PlaySpeed): void;
  /** Listens to play/pause/speed changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Cancels any pending step (component unmount). */
  dispose(): void;
}

export function createPlayController(opts: PlayControllerOptions): PlayController {
  const { from, to, getYear, onStep, schedule } = opts;
  let state: PlayState = { playing: false, speed: opts.speed ?? 1 };
  let cancel: (() => void) | null = null;
  /** Whether the current run has stepped yet. */
  let stepped = false;
  const step = (year: number) => {
    onStep(year, !stepped);
    stepped = true;
  };
  const listeners = new Set<() => void>();

  const update = (patch: Partial<PlayState>) => {
    state = { ...state, ...patch };
    for (const l of listeners) l();
  };
  const clear = () => {
    cancel?.();
    cancel = null;
  };
  const interval = () => BASE_STEP_MS / state.speed;

  const tick = () => {
    cancel = null;
    if (!state.playing) return;
    const next = Math.min(to, Math.max(from, Math.floor(getYear()) + 1));
    step(next);
    if (next >= to) update({ playing: false });
    else cancel = schedule(tick, interval());
  };

  const play = () => {
    if (state.playing) return;
    clear();
    update({ playing: true });
    stepped = false;
    // From the last two years Play starts over (a run of one step would look like nothing).
    if (getYear() >= to - 1 || getYear() < from) step(from);
    cancel = schedule(tick, interval());
  };
  const pause = () => {
    if (!state.playing) return;
    clear();
    update({ playing: false });
  };

  // Plain closures (no `this`): the methods can be passed as event handlers as they are.
  return {
    getState: () => state,
    play,
    pause,
    toggle: () => (state.playing ? pause() : play()),
    setSpeed(speed) {
      if (speed === state.speed) return;
      update({ speed });
      if (state.playing) {
        clear();
        cancel = schedule(tick, interval());
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      clear();
      listeners.clear();
      state = { ...state, playing: false };
    },
  };
}
