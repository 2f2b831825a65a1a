import { EXPORT_INK } from '../lib/colours';
import { echarts } from './echarts-core';
import {
  appendSvgLegend,
  canvasMeasure,
  EXPORT_FONT,
  layoutLegend,
  legendSvg,
  paintLegend,
  WRAP_TOKENS,
  type LegendLayout,
  type LegendRow,
} from './export-legend';
import {
  FOOTER_SIZE,
  frameFor,
  framedSvg,
  HEADER_SIZE,
  imageFrame,
  LEGEND_PAD,
  LEGEND_SIZE,
} from './image-frame';

export { framedSvg, imageFrame, type ImageFrame } from './image-frame';

/** What an exported image says about itself. */
export interface ExportMeta {
  /** View id, for file names. */
  view: string;
  title: string;
  caption?: string;
  /** One line naming the sources. */
  source: string;
  /** The view's legend, when it is HTML beside the chart rather than part of it. */
  legend?: () => readonly LegendRow[];
  /** The atlas's name and the licence statement (the footer's), under the source. */
  credit?: string;
  /**
   * Keep the on-screen proportions in the slide, rather than filling its chart area: a map
   * framed by left/right/top/bottom would otherwise be stretched.
   */
  keepAspect?: boolean;
}

/** The legend laid out under a chart `width` px wide, in the PNG and SVG exports' type size. */
function legendUnder(legend: readonly LegendRow[], width: number): LegendLayout {
  const measure = canvasMeasure(document.createElement('canvas').getContext('2d')!, LEGEND_SIZE);
  return layoutLegend(legend, width - 2 * LEGEND_PAD, LEGEND_SIZE, measure);
}

type Option = Record<string, unknown>;

/**
 * The option as it should be exported: no animation and no particles (an export is a still
 * image), everything else as on screen.
 */
export function stillOption(option: object): Option {
  const o = option as Option;
  const series = Array.isArray(o.series) ? o.series : o.series ? [o.series] : [];
  return {
    ...o,
    animation: false,
    series: series.map((s: Option) =>
      s && typeof s === 'object' && 'effect' in s
        ? { ...s, effect: { ...(s.effect as Option), show: false } }
        : s,
    ),
  };
}

function renderOffscreen<T>(
  option: object,
  width: number,
  height: number,
  renderer: 'canvas' | 'svg',
  read: (chart: ReturnType<typeof echarts.init>) => T,
): T {
  const div = document.createElement('div');
  const chart =
    renderer === 'svg'
      ? echarts.init(null, null, { renderer: 'svg', ssr: true, width, height })
      : echarts.init(div, null, { renderer: 'canvas', width, height });
  try {
    chart.setOption(stillOption(option));
    return read(chart);
  } finally {
    chart.dispose();
  }
}

/**
 * PNG data URL at twice the on-screen size, for slides: the title and caption above the chart,
 * its legend (if any) under it, then the source and credit lines.
 */
export function chartPng(
  option: object,
  width: number,
  height: number,
  legend: readonly LegendRow[] | undefined,
  meta: Parameters<typeof imageFrame>[0],
): string {
  const scale = 2;
  const chart = renderOffscreen(option, width, height, 'canvas', (c) =>
    c.renderToCanvas({ pixelRatio: scale, backgroundColor: EXPORT_INK.paper }),
  );
  const layout = legend?.length ? legendUnder(legend, width) : null;
  const legendBand = layout ? layout.height + 2 * LEGEND_PAD : 0;
  const frame = frameFor(meta, width);
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = (frame.top + height + legendBand + frame.bottom) * scale;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = EXPORT_INK.paper;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(chart, 0, frame.top * scale);
  ctx.scale(scale, scale);
  const paintAt = (y: number, l: LegendLayout, size: number) => {
    ctx.save();
    ctx.translate(LEGEND_PAD, y + LEGEND_PAD);
    paintLegend(ctx, l, size);
    ctx.restore();
  };
  paintAt(0, frame.header, HEADER_SIZE);
  if (layout) paintAt(frame.top + height, layout, LEGEND_SIZE);
  paintAt(frame.top + height + legendBand, frame.footer, FOOTER_SIZE);
  return canvas.toDataURL('image/png');
}

/**
 * A standalone SVG document of the chart, with the legend, if any, underneath. The SVG renderer
 * is fetched on first use: only exports need it, so the first screen does not pay for it.
 */
export async function chartSvg(
  option: object,
  width: number,
  height: number,
  legend: readonly LegendRow[] | undefined,
  meta: Parameters<typeof imageFrame>[0],
): Promise<string> {
  const { install } = await import('echarts-svg-renderer');
  echarts.use(install);
  let svg = renderOffscreen(option, width, height, 'svg', (c) => c.renderToSVGString());
  let below = height;
  if (legend?.length) {
    const layout = legendUnder(legend, width);
    const band = layout.height + 2 * LEGEND_PAD;
    svg = appendSvgLegend(svg, legendSvg(layout, LEGEND_SIZE, width, height, LEGEND_PAD), band);
    below += band;
  }
  return framedSvg(svg, width, below, frameFor(meta, width));
}

/** The largest box of the given aspect (width / height) inside `w` × `h`, in whole px. */
export function fitInside(aspect: number, w: number, h: number) {
  if (!(aspect > 0) || !Number.isFinite(aspect)) return { w, h };
  return w / h > aspect ? { w: Math.round(h * aspect), h } : { w, h: Math.round(w / aspect) };
}

/** Wraps text onto lines that fit `maxWidth` (CJK breaks anywhere, Latin at spaces). */
function wrap(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const tokens = text.match(WRAP_TOKENS) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    if (ctx.measureText(line + tok).width > maxWidth && line) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
    } else line += tok;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** A 16:9 1920×1080 slide: title, the chart, its legend, caption and source line (PNG data URL). */
export async function chartSlide(
  option: object,
  meta: ExportMeta,
  screen: { w: number; h: number },
): Promise<string> {
  const W = 1920;
  const H = 1080;
  const canvas = document.createElement('canvas');
  canvas.width = W;
  canvas.height = H;
  const ctx = canvas.getContext('2d')!;
  const legendSize = 26;
  const legendRows = meta.legend?.() ?? [];
  const measure = canvasMeasure(ctx, legendSize);
  // A map keeps its on-screen proportions, which leaves room beside it: the legend goes there
  // when it has a column of at least 480 px. Otherwise the chart gives up room below for it.
  const aspect = screen.w / screen.h;
  const tall = meta.keepAspect ? fitInside(aspect, 1760, 720) : null;
  const besideW = tall ? 1760 - tall.w - 48 : 0;
  const beside = legendRows.length > 0 && besideW >= 480;
  const legend = !legendRows.length
    ? null
    : layoutLegend(legendRows, beside ? besideW : 1760, legendSize, measure);
  const areaH = 720 - (legend && !beside ? legend.height + 16 : 0);
  const fit = beside
    ? tall!
    : meta.keepAspect
      ? fitInside(aspect, 1760, areaH)
      : { w: 1760, h: areaH };
  const chartUrl = renderOffscreen(option, fit.w, fit.h, 'canvas', (c) =>
    c.getDataURL({ type: 'png', pixelRatio: 1, backgroundColor: EXPORT_INK.paper }),
  );
  const img = new Image();
  img.src = chartUrl;
  await img.decode();
  const font = EXPORT_FONT;
  ctx.fillStyle = EXPORT_INK.paper;
  ctx.fillRect(0, 0, W, H);
  ctx.fillStyle = EXPORT_INK.text;
  ctx.font = `700 56px ${font}`;
  ctx.fillText(meta.title, 80, 110);
  const chartX = beside ? 80 : 80 + (1760 - fit.w) / 2;
  ctx.drawImage(img, chartX, 150, fit.w, fit.h);
  if (legend) {
    ctx.save();
    if (beside) ctx.translate(80 + fit.w + 48, 150 + Math.max(0, (fit.h - legend.height) / 2));
    else ctx.translate(80, 150 + fit.h + 16);
    paintLegend(ctx, legend, legendSize);
    ctx.restore();
  }
  ctx.fillStyle = EXPORT_INK.text;
  ctx.font = `36px ${font}`;
  const captionLines = wrap(ctx, meta.caption ?? '', 1760);
  ctx.font = `26px ${font}`;
  const footLines = [meta.source, meta.credit ?? ''].flatMap((s) => wrap(ctx, s, 1760));
  // Wrapped, never cut: the source and credit rise from the bottom edge as they need, and the
  // caption starts under the chart.
  let y = 930;
  ctx.font = `36px ${font}`;
  for (const line of captionLines) {
    ctx.fillText(line, 80, y);
    y += 46;
  }
  ctx.fillStyle = EXPORT_INK.caption;
  ctx.font = `26px ${font}`;
  let fy = Math.max(y + 8, H - 40 - (footLines.length - 1) * 34);
  for (const line of footLines) {
    ctx.fillText(line, 80, fy);
    fy += 34;
  }
  return canvas.toDataURL('image/png');
}
