import { useEffect, useSyncExternalStore } from 'react';
import { setYear } from '../state/actions';
import { useAtlas } from '../state/store';
import { YEAR_MAX, YEAR_MIN } from '../state/url-codec';
import { createPlayController, type PlayController, type PlayState } from './play-controller';

/**
 * The one playhead of the shared year. Every Play button (the slider under the map, the
 * timeline's) drives this controller, so they show the same state and never play against each
 * other.
 */
let shared: PlayController | null = null;
let users = 0;

const timeoutSchedule = (fn: () => void, ms: number) => {
  const id = window.setTimeout(fn, ms);
  return () => window.clearTimeout(id);
};

export function yearPlay(): PlayController {
  shared ??= createPlayController({
    from: YEAR_MIN,
    to: YEAR_MAX,
    getYear: () => useAtlas.getState().year,
    // A run's first step adds one history entry, its later steps replace it: Back after playing
    // returns to the year before the run.
    onStep: (y, first) => setYear(y, { continuous: !first }),
    schedule: timeoutSchedule,
  });
  return shared;
}

/**
 * The shared playhead and its state, for a component with a Play button. Playing stops when the
 * last such component unmounts (leaving the dashboard for the presenter, say).
 */
export function useYearPlay(): { controller: PlayController; state: PlayState } {
  const controller = yearPlay();
  useEffect(() => {
    users++;
    return () => {
      users--;
      if (users === 0) controller.pause();
    };
  }, [controller]);
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  return { controller, state };
}

/** Whether the shared year is playing (live regions stay quiet while it steps). */
export function useYearPlaying(): boolean {
  const controller = yearPlay();
  return useSyncExternalStore(controller.subscribe, () => controller.getState().playing);
}

/** What Play says: pause while playing; "from 2000" when it will start over (see play()). */
export function playLabelKey(
  playing: boolean,
  year: number,
  to: number,
): 'year.pause' | 'year.play' | 'year.playFrom' | 'year.replay' {
  if (playing) return 'year.pause';
  if (year >= to) return 'year.replay';
  return year >= to - 1 ? 'year.playFrom' : 'year.play';
}
