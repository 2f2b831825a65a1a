import type { ViewId } from '../../data/schema/story';
import type { Lang } from '../../i18n';

/**
 * The embed's layout rules, asked by the shell and by the views alike (one rule, one place):
 * how tall each view's chart is drawn in a frame of a given width, and how much height the shell
 * reserves for the view's body before the view's code and data arrive, so that the first height
 * reported to the host page is already (within a few per cent) the final one.
 */

/** Frames narrower than this get the phone layout (one column, shorter charts). */
export const EMBED_NARROW = 480;

/** The embed's padding on each side, in CSS px (app: .embed). */
export const EMBED_PADDING = 8;

/** Height in CSS px of the chart of `view` in an embed whose frame is `frameWidth` px wide. */
export function embedChartHeight(view: ViewId, frameWidth: number): number {
  const w = Math.max(0, frameWidth - 2 * EMBED_PADDING);
  const narrow = frameWidth < EMBED_NARROW;
  switch (view) {
    case 'map':
      // Near the map's own aspect (0.78), up to a height that leaves its takeaway, legend and
      // source room in a 760 px frame.
      return Math.round(Math.min(440, Math.max(260, w * 0.74)));
    case 'trend':
      return narrow ? 300 : 360;
    case 'radar':
      return narrow ? 300 : 400;
    default:
      // The timeline and the hub size themselves (their rows); see embedBodyReserve.
      return 0;
  }
}

/**
 * What an embedded view's body takes beside its chart, at a wide (≥ 480 px) and a narrow frame,
 * in each language: the takeaway, the compact legend and the source line, or for the timeline and
 * the hub (which have no fixed chart box) all of it. Measured in Chromium with the atlas's data
 * at the default state; embed-size.test.ts holds the heights within 10 % of what is reserved.
 */
const TEXT_ALLOWANCE: Record<Lang, Record<ViewId, readonly [wide: number, narrow: number]>> = {
  'zh-CN': {
    map: [97, 227],
    trend: [89, 131],
    timeline: [348, 439],
    radar: [146, 238],
    hub: [381, 443],
  },
  en: {
    map: [163, 336],
    trend: [108, 150],
    timeline: [390, 500],
    radar: [217, 374],
    hub: [653, 710],
  },
};

/**
 * The minimum height (CSS px) the shell gives an embedded view's body at this frame width, so
 * the frame has its final height before the view's code and data arrive.
 */
export function embedBodyReserve(view: ViewId, frameWidth: number, lang: Lang): number {
  const [wide, narrow] = TEXT_ALLOWANCE[lang][view];
  return embedChartHeight(view, frameWidth) + (frameWidth < EMBED_NARROW ? narrow : wide);
}

/**
 * The height to report to the host page: the bottom of the embed's content, not the document's
 * scroll height (which is never less than the frame's own height, so a frame could grow but
 * never shrink back).
 */
export function contentHeight(root: Element): number {
  const rect = root.getBoundingClientRect();
  return Math.ceil(rect.bottom + window.scrollY);
}
