import type { ModelId } from '../data/schema/common';
import type { MainRegion } from '../data/queries/regions';

/*
 * Every colour of the atlas, in one place. The page's CSS custom properties (`--text`,
 * `--accent`, …) are generated from PAGE_COLOURS when the app is built (vite.config.ts's
 * atlas-tokens plugin serves `tokensCss()` as `virtual:atlas-tokens.css`), and the charts'
 * builders read the same values through `pageColours(theme)`. A colour changed here changes
 * the page and the charts together; a later theme (type and spacing scales, an ECharts theme)
 * sits beside PAGE_COLOURS and is generated the same way.
 */

export type ThemeName = 'default' | 'projector';

/** A colour of this file at an opacity: `withAlpha('#0b5cad', 0.08)` → "rgba(11, 92, 173, 0.08)". */
export function withAlpha(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** Black at an opacity, drawn over a model's colour as its second cue (decal, swatch pattern). */
export const PATTERN_INK = '#000000';

/** The colour roles of the page and of the charts drawn in it. */
export interface PageColours {
  /** Page background. */
  bg: string;
  /** Panels, cards, dialogs. */
  surface: string;
  text: string;
  /** Secondary text: captions, axis labels, notes. */
  muted: string;
  border: string;
  /** Controls, the shared year's cursor, selections. */
  accent: string;
  /** Text on the accent. */
  accentText: string;
  /** A light wash of the accent (linked cells of the hub's matrix). */
  accentWash: string;
  /** Dark text in the accent's hue, readable on its wash. */
  accentInk: string;
  warnBg: string;
  warnBorder: string;
  errorBg: string;
  /** Errors, and what is marked as a problem (a claim off the data, the hub's bottlenecks). */
  errorBorder: string;
  /** What is marked as holding (a claim the data confirms). */
  ok: string;
  focus: string;
  /** Chart grid lines. */
  grid: string;
  /** Chart axis lines and rules (the radar's web, a base-change marker). */
  rule: string;
  /** Alternate bands behind a chart (the radar's rings). */
  band: string;
  /** The presenter's blanked screen. */
  blank: string;
  /** Behind a drawer or dialog: the page dimmed. */
  backdrop: string;
  /** The hatching of "no data" in a legend. */
  hatch: string;
}

const DEFAULT: PageColours = {
  bg: '#f6f5f1',
  surface: '#ffffff',
  text: '#1d1d1f',
  muted: '#4d4d55',
  border: '#d4d2cb',
  accent: '#0b5cad',
  accentText: '#ffffff',
  accentWash: '#dbe8f6',
  accentInk: '#0b3d75',
  warnBg: '#fff4d6',
  warnBorder: '#a86b00',
  errorBg: '#fde8e8',
  errorBorder: '#b3261e',
  ok: '#1b7f3a',
  focus: '#c2410c',
  grid: '#e3e1db',
  rule: '#8a8a8a',
  band: '#f4f3ef',
  blank: '#000000',
  backdrop: withAlpha('#000000', 0.35),
  hatch: withAlpha(PATTERN_INK, 0.35),
};

/** Per theme. Projector: contrast at least 7:1 (AAA) on a white page. */
export const PAGE_COLOURS: Record<ThemeName, PageColours> = {
  default: DEFAULT,
  projector: {
    ...DEFAULT,
    bg: '#ffffff',
    surface: '#ffffff',
    text: '#000000',
    muted: '#1f1f1f',
    border: '#000000',
    accent: '#003d7a',
    accentWash: '#b9d3f0',
    focus: '#b00020',
  },
};

/** What exported files (PNG, SVG, slides) are drawn on: the default theme's paper and ink. */
export const EXPORT_INK = {
  paper: DEFAULT.surface,
  text: '#000000',
  caption: '#333333',
  /** Outlines of the legend's fill swatches. */
  swatchEdge: '#5a5a5a',
} as const;

/** The colours of a theme, for the charts' builders. */
export const pageColours = (theme: ThemeName | boolean): PageColours =>
  PAGE_COLOURS[theme === true || theme === 'projector' ? 'projector' : 'default'];

/** `accentText` → `--accent-text`. */
export const cssVarName = (role: string) =>
  `--${role.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/**
 * The page's CSS custom properties: every role on :root, the projector's differences on
 * :root[data-theme='projector'], and print's on a white page.
 */
export function tokensCss(): string {
  const block = (selector: string, colours: Partial<PageColours>) =>
    `${selector} {\n${Object.entries(colours)
      .map(([role, value]) => `  ${cssVarName(role)}: ${value};`)
      .join('\n')}\n}\n`;
  const projector = Object.fromEntries(
    Object.entries(PAGE_COLOURS.projector).filter(
      ([role, value]) => DEFAULT[role as keyof PageColours] !== value,
    ),
  );
  return [
    block(':root', DEFAULT),
    block(":root[data-theme='projector']", projector),
    `@media print {\n${block(':root', { bg: '#ffffff' })}}\n`,
  ].join('\n');
}

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
  westEast: DEFAULT.text,
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
  insetLand: DEFAULT.rule,
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
