import type { ModelId } from '../data/schema/common';
import type { MainRegion } from '../data/queries/regions';

/**
 * One colour per collaboration model, from the Okabe–Ito colour-blind-safe palette, each with
 * a second cue (line dash and decal pattern) so the legend survives greyscale print.
 */
export const MODEL_STYLE: Record<
  ModelId,
  { colour: string; dash: 'solid' | 'dashed' | 'dotted'; decal: 'none' | 'stripes' | 'dots' }
> = {
  'policy-driven': { colour: '#0072B2', dash: 'solid', decal: 'none' },
  'resource-complementary': { colour: '#D55E00', dash: 'dashed', decal: 'stripes' },
  'industry-education': { colour: '#009E73', dash: 'dotted', decal: 'dots' },
};

/** Fill colours of the four NBS regions on the map (light, so arcs read on top). */
export const REGION_FILL: Record<MainRegion | 'none', string> = {
  east: '#cfe3f5',
  central: '#f3e3c3',
  west: '#f6d2cf',
  northeast: '#dcd6ee',
  none: '#e4e4e4',
};
