import { beforeEach, describe, expect, it } from 'vitest';
import { setDrill, setOverlay, setShade } from '../../../src/state/actions';
import { useAtlas } from '../../../src/state/store';
import { applyStoryStep } from '../../../src/state/story-actions';
import { story } from '../../fixtures/datasets';

beforeEach(() => useAtlas.setState(useAtlas.getInitialState(), true));

describe('applyStoryStep', () => {
  it('shows the map of a step as its author saw it, whatever the reader had set', () => {
    setShade('gdp');
    setOverlay('hub');
    setDrill('520000');
    applyStoryStep(2, story().steps[0]);
    expect(useAtlas.getState()).toMatchObject({
      mode: 'present',
      storyStep: 2,
      year: 2016,
      shade: 'region',
      overlay: null,
      drill: null,
    });
  });
});
