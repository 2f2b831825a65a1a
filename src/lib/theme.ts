// With its extension: vite.config.ts imports this file, and Node resolves nothing else.
import { NEUTRAL, PATTERN_INK } from './colours.ts';

/*
 * The page's theme: its colour roles, per theme (default, projector). The page's CSS custom
 * properties (`--text`, `--accent`, …) are generated from PAGE_COLOURS when the app is built
 * (vite.config.ts's atlas-tokens plugin serves `tokensCss()` as `virtual:atlas-tokens.css`),
 * and the charts' builders read the same values through `pageColours(theme)`, so a colour
 * changed here changes the page and the charts together. Apart from colours.ts so that the
 * first screen (the map, which draws with colours.ts only) does not carry it. A type and
 * spacing scale (and an ECharts theme built from them) belongs here too, generated the same way.
 */

/** A colour at an opacity: `withAlpha('#0b5cad', 0.08)` → "rgba(11, 92, 173, 0.08)". */
export function withAlpha(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

export type ThemeName = 'default' | 'projector';

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
  surface: NEUTRAL.paper,
  text: NEUTRAL.ink,
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
  rule: NEUTRAL.rule,
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
