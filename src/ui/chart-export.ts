import { echarts } from './echarts-core';

/** What an exported image says about itself. */
export interface ExportMeta {
  /** View id, for file names. */
  view: string;
  title: string;
  caption?: string;
  /** One line naming the sources. */
  source: string;
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

/** PNG data URL at twice the on-screen size, for slides. */
export function chartPng(option: object, width: number, height: number): string {
  return renderOffscreen(option, width, height, 'canvas', (c) =>
    c.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' }),
  );
}

/**
 * A standalone SVG document of the chart. The SVG renderer is fetched on first use: only
 * exports need it, so the first screen does not pay for it.
 */
export async function chartSvg(option: object, width: number, height: number): Promise<string> {
  const { install } = await import('echarts-svg-renderer');
  echarts.use(install);
  return renderOffscreen(option, width, height, 'svg', (c) => c.renderToSVGString());
}

/** Wraps text onto lines that fit `maxWidth` (CJK breaks anywhere, Latin at spaces). */
function wrap(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const tokens =
    text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? [];
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

/** A 16:9 1920×1080 slide: title, the chart, caption and source line. Returns a PNG data URL. */
export async function chartSlide(option: object, meta: ExportMeta): Promise<string> {
  const W = 1920;
  const H = 1080;
  const chartUrl = renderOffscreen(option, 1760, 720, 'canvas', (c) =>
    c.getDataURL({ type: 'png', pixelRatio: 1, backgroundColor: '#ffffff' }),
  );
  const img = new Image();
  img.src = chartUrl;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = W;
  canvas.height = H;
  const ctx = canvas.getContext('2d')!;
  const font = "'Noto Sans CJK SC', 'Noto Sans SC', system-ui, sans-serif";
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W, H);
  ctx.fillStyle = '#000000';
  ctx.font = `700 56px ${font}`;
  ctx.fillText(meta.title, 80, 110);
  ctx.drawImage(img, 80, 150, 1760, 720);
  ctx.font = `36px ${font}`;
  let y = 930;
  for (const line of wrap(ctx, meta.caption ?? '', 1760).slice(0, 2)) {
    ctx.fillText(line, 80, y);
    y += 46;
  }
  ctx.fillStyle = '#333333';
  ctx.font = `26px ${font}`;
  ctx.fillText(wrap(ctx, meta.source, 1760)[0] ?? '', 80, H - 40);
  return canvas.toDataURL('image/png');
}
