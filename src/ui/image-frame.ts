import { EXPORT_INK } from '../lib/colours';
import { canvasMeasure, layoutLegend, legendSvg, type LegendLayout } from './export-legend';

/**
 * The words around every exported image (ECharts charts, the timeline's and the hub's SVG):
 * title and caption above, source and credit below, wrapped at the image's width. No ECharts
 * here, so the SVG-only exports do not load it.
 */

/** What an image says about itself. */
export interface FrameText {
  title: string;
  /** The year and filters. */
  caption?: string;
  /** One line naming the sources. */
  source: string;
  /** The atlas's name and the licence statement (the footer's), under the source. */
  credit?: string;
}

/** The legend's type size and inset in PNG and SVG exports (CSS px). */
export const LEGEND_SIZE = 13;
export const LEGEND_PAD = 12;
/** Type sizes of the title and caption above the chart, and of the source and credit under it. */
export const HEADER_SIZE = 15;
export const FOOTER_SIZE = 12;

/** What an image says around its chart: title and caption above, source and credit below. */
export interface ImageFrame {
  header: LegendLayout;
  footer: LegendLayout;
  /** Heights of the bands above and below the chart (and its legend), padding included. */
  top: number;
  bottom: number;
}

/**
 * Lays out the words around an exported chart `width` px wide: the title (bold) and the caption
 * over it, the source and the credit under it, each wrapped onto as many lines as it needs, so
 * nothing is ever cut. `measure(size)` measures text at a type size.
 */
export function imageFrame(
  meta: FrameText,
  width: number,
  measure: (size: number) => (text: string, bold: boolean) => number,
): ImageFrame {
  const inner = width - 2 * LEGEND_PAD;
  const line = (title: string | undefined, plain: boolean) =>
    title ? [{ title, keys: [], plain }] : [];
  const header = layoutLegend(
    [...line(meta.title, false), ...line(meta.caption, true)],
    inner,
    HEADER_SIZE,
    measure(HEADER_SIZE),
  );
  const footer = layoutLegend(
    [...line(meta.source, true), ...line(meta.credit, true)],
    inner,
    FOOTER_SIZE,
    measure(FOOTER_SIZE),
  );
  return {
    header,
    footer,
    top: header.height + 2 * LEGEND_PAD,
    bottom: footer.height + 2 * LEGEND_PAD,
  };
}

export function frameFor(meta: Parameters<typeof imageFrame>[0], width: number) {
  const ctx = document.createElement('canvas').getContext('2d')!;
  return imageFrame(meta, width, (size) => canvasMeasure(ctx, size));
}

/**
 * An SVG document around a drawing `height` px tall: the frame's header above it, its footer
 * below; the drawing is nested as it is (its own viewBox), moved down by the header.
 */
export function framedSvg(svg: string, width: number, height: number, frame: ImageFrame) {
  const total = frame.top + height + frame.bottom;
  const inner = svg.replace(/^\s*<svg\b/, `<svg x="0" y="${frame.top}"`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}">` +
    `<rect width="${width}" height="${total}" fill="${EXPORT_INK.paper}"/>` +
    legendSvg(frame.header, HEADER_SIZE, width, 0, LEGEND_PAD) +
    inner +
    legendSvg(frame.footer, FOOTER_SIZE, width, frame.top + height, LEGEND_PAD) +
    `</svg>`
  );
}
