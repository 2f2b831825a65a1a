import { beforeEach, describe, expect, it } from 'vitest';
import {
  selectHub,
  selectProvince,
  setDrill,
  setOverlay,
  setShade,
  setYear,
  toggleSeries,
} from '../../../src/state/actions';
import { useAtlas } from '../../../src/state/store';
import type { StoryStep } from '../../../src/data/schema/story';
import { story } from '../../fixtures/datasets';
import { applyStoryStep, startPresenting, stopPresenting } from '../../../src/state/story-actions';

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

  it('selects the document a step names and clears what a previous step or the reader selected', () => {
    const step = story().steps[0]!;
    applyStoryStep(1, { ...step, state: { ...step.state, policy: 'pol-2016-plan' } });
    expect(useAtlas.getState().policy).toBe('pol-2016-plan');
    useAtlas.setState({ hub: 'b1', series: ['centralEast'] });
    applyStoryStep(2, step);
    expect(useAtlas.getState()).toMatchObject({ policy: null, hub: null, series: [] });
  });
});

/** A step of the talk that filters the map to one model and one province in 2021. */
const filteringStep = (): StoryStep => ({
  ...story().steps[0]!,
  state: { year: 2021, models: ['industry-education'], province: '440000' },
});

const selection = () => {
  const s = useAtlas.getState();
  return {
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
  };
};

describe('presenting', () => {
  it('returns to the dashboard as it was before the talk, not with the last step’s filters', () => {
    setYear(2012);
    selectProvince('520000');
    toggleSeries('westShare');
    selectHub('dead-end-roads');
    setShade('gdp');
    setDrill('650000');
    const before = selection();
    startPresenting();
    expect(useAtlas.getState().mode).toBe('present');
    expect(useAtlas.getState().storyStep).toBe(1);
    applyStoryStep(3, filteringStep());
    expect(useAtlas.getState().year).toBe(2021);
    stopPresenting();
    expect(useAtlas.getState().mode).toBe('dashboard');
    expect(selection()).toEqual(before);
  });

  it('ends a talk opened from a link on the default dashboard', () => {
    applyStoryStep(2, filteringStep());
    stopPresenting();
    const initial = useAtlas.getInitialState();
    expect(useAtlas.getState().mode).toBe('dashboard');
    expect(useAtlas.getState().year).toBe(initial.year);
    expect(useAtlas.getState().models).toEqual([]);
    expect(useAtlas.getState().province).toBeNull();
  });
});
