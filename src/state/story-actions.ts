import type { StoryStep } from '../data/schema/story';
import { useAtlas, type SelectionSlice } from './store';
import { setHistoryMode } from './actions';

/**
 * Applies a presenter step: the step number and the selection it asks for. Anything the step
 * does not set returns to its default, so a step always looks the same however it was reached.
 * A move through the talk pushes a history entry; the state a linked step implies replaces the
 * entry it was reached by (`'replace'`), so Back does not land on the step without its state.
 */
export function applyStoryStep(
  stepNumber: number,
  step: StoryStep | undefined,
  history: 'push' | 'replace' = 'push',
) {
  setHistoryMode(history);
  const s = step?.state ?? {};
  useAtlas.setState({
    mode: 'present',
    storyStep: stepNumber,
    ...(s.year !== undefined ? { year: s.year } : {}),
    models: s.models ?? [],
    programme: s.programme ?? null,
    province: s.province ?? null,
    pairing: s.pairing ?? null,
    policy: s.policy ?? null,
    // What the step does not set is the default: the bundled talk's steps set none of these,
    // so its map is the story's author's (no shading, overlay or drill-down of the reader's);
    // a reader's own step records them.
    series: s.series ?? [],
    hub: s.hub ?? null,
    shade: s.shade ?? 'region',
    overlay: s.overlay ?? null,
    drill: s.drill ?? null,
    // A single map: no comparison of years (a step records none).
    compare: [],
    diff: null,
  });
}

/**
 * The reader's selection, which the talk's steps change. (Every field of SelectionSlice: the
 * compiler asks for a new one here.)
 */
const selectionOf = (s: SelectionSlice): SelectionSlice => ({
  year: s.year,
  models: s.models,
  programme: s.programme,
  province: s.province,
  pairing: s.pairing,
  policy: s.policy,
  series: s.series,
  hub: s.hub,
  shade: s.shade,
  overlay: s.overlay,
  drill: s.drill,
  compare: s.compare,
  diff: s.diff,
});

/**
 * Starts a talk — the bundled story, or the reader's own (`own`) — at `step`, remembering the
 * dashboard it was started from.
 */
export function startPresenting(talk: { own?: boolean; step?: number } = {}) {
  setHistoryMode('push');
  useAtlas.setState((s) => ({
    mode: 'present',
    storyStep: talk.step ?? 1,
    ownTalk: talk.own ?? false,
    beforePresenting: selectionOf(s),
  }));
}

/**
 * Ends the talk: back to the dashboard as it was before presenting, not left with the last
 * step's filters. A talk opened from a link had no dashboard before it: the default one.
 */
export function stopPresenting() {
  setHistoryMode('push');
  useAtlas.setState((s) => ({
    mode: 'dashboard',
    ownTalk: false,
    ...(s.beforePresenting ?? selectionOf(useAtlas.getInitialState())),
    beforePresenting: null,
  }));
}
