import type { ModelId } from '../data/schema/common';
import type { MainRegion } from '../data/queries/regions';

/*
 * The colours of the data and of what is drawn over it: the collaboration models, the trend's
 * lines, the regions, the map's ink, exported files. The page's colour roles per theme (text,
 * accent, …), from which its CSS variables are generated, are in theme.ts, built on the neutral
 * inks here; the map, the first screen, does not need them. No other file of src/ writes a colour
 * (tests/unit/lib/colours.test.ts).
 */

/** The neutral inks the page (theme.ts) and the drawings share. */
export const NEUTRAL = {
  /** The page's text, and the trend's West/East line. */
  ink: '#1d1d1f',
  /** Rules and axis lines, and the inset's land borders. */
  rule: '#8a8a8a',
  /** Panels, and the paper of exported files. */
  paper: '#ffffff',
} as const;

/** Black at an opacity, drawn over a model's colour as its second cue (decal, swatch pattern). */
export const PATTERN_INK = '#000000';

/** What exported files (PNG, SVG, slides) are drawn on: the default theme's paper and ink. */
export const EXPORT_INK = {
  paper: NEUTRAL.paper,
  text: '#000000',
  caption: '#333333',
  /** Outlines of the legend's fill swatches. */
  swatchEdge: '#5a5a5a',
} as const;

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

/** The trend's ratio lines (Okabe–Ito, away from the three model colours). */
export const RATIO_LINE_COLOURS = {
  westEast: NEUTRAL.ink,
  centralEast: '#CC79A7',
  northeastEast: '#7a5c00',
  westShare: '#0f7fa8',
} as const;

/** The map's ink, over the light fills of the provinces. */
export const MAP_INK = {
  /** Borders between provinces, and the halo around labels and marks. */
  paper: '#ffffff',
  /** The border of the selected or hovered province. */
  focus: '#000000',
  /** Borders of the land in the South China Sea inset. */
  insetLand: NEUTRAL.rule,
  /** The inset's frame. */
  insetFrame: '#5a5a5a',
  /** The ten-dash line. */
  dashLine: '#3a3a3a',
  /** Prefecture seats and other point marks. */
  mark: '#3b3b3b',
  /** Place names and the hub's markers. */
  label: '#111111',
  /** Arc-width keys in the legend (width, not colour, is what they show). */
  widthKey: '#444444',
  /** A metric's shading, low to high (a single-hue purple ramp, away from the model colours). */
  metricRamp: ['#f2f0f7', '#6a51a3'] as const,
  /** A province without data under a metric. */
  noData: '#c9c9c9',
} as const;

/** Fill colours of the four NBS regions on the map (light, so arcs read on top). */
export const REGION_FILL: Record<MainRegion | 'none', string> = {
  east: '#cfe3f5',
  central: '#f3e3c3',
  west: '#f6d2cf',
  northeast: '#dcd6ee',
  none: '#e4e4e4',
};

/**
 * The change map (what started, ended, continued between two years): two colours apart from each
 * other for colour-blind readers (a blue and an orange), the ended also dashed, and what
 * continued a thin grey under both; arcs there are coloured by change, not by model.
 */
export const CHANGE_STYLE = {
  started: { colour: '#1f5fa6', dash: 'solid' },
  ended: { colour: '#c25400', dash: 'dashed' },
  continued: { colour: '#8f8f8f', dash: 'solid' },
} as const;
