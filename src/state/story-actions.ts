import type { StoryStep } from '../data/schema/story';
import { useAtlas } from './store';
import { setHistoryMode } from './actions';

/**
 * Applies a presenter step: the step number and the selection it asks for. Anything the step
 * does not set returns to its default, so a step always looks the same however it was reached.
 */
export function applyStoryStep(stepNumber: number, step: StoryStep | undefined) {
  setHistoryMode('push');
  const s = step?.state ?? {};
  useAtlas.setState({
    mode: 'present',
    storyStep: stepNumber,
    ...(s.year !== undefined ? { year: s.year } : {}),
    models: s.models ?? [],
    programme: s.programme ?? null,
    province: s.province ?? null,
    pairing: s.pairing ?? null,
    policy: null,
    // The map as the story's author saw it: no shading, overlay or drill-down of the reader's.
    shade: 'region',
    overlay: null,
    drill: null,
  });
}
