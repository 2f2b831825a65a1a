import { EXPORT_INK } from '../lib/colours';
import { escapeHtml } from '../lib/escape';

/**
 * A legend for exported images, for views whose legend is HTML beside the chart (the map):
 * without it a PNG or SVG of the map would not say which colour is which model.
 */
export interface LegendKey {
  label: string;
  /** A line sample: colour, width in px, dash pattern. */
  line?: { colour: string; width: number; dash?: readonly number[] };
  /** A filled square. */
  fill?: string;
  /** A colour ramp between two labelled ends; `label` then follows the ramp. */
  ramp?: { colours: readonly [string, string]; from: string; to: string };
}

/** One line of the legend: a bold title, then its keys (wrapping when they do not fit). */
export interface LegendRow {
  title: string;
  keys: readonly LegendKey[];
  /** Set the title in regular weight (an export's caption, source and credit lines). */
  plain?: boolean;
}

/** A positioned drawing instruction, in CSS px from the legend's top left. */
export type LegendMark =
  | { kind: 'text'; x: number; y: number; text: string; bold: boolean }
  | {
      kind: 'line';
      x1: number;
      x2: number;
      y: number;
      colour: string;
      width: number;
      dash: number[];
    }
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: string }
  | {
      kind: 'ramp';
      x: number;
      y: number;
      w: number;
      h: number;
      colours: readonly [string, string];
    };

export interface LegendLayout {
  height: number;
  marks: LegendMark[];
}

const SAMPLE = 2.4; // a line sample's length, in font sizes
const GAP = 0.4; // between a symbol and its label
const SPACE = 1.2; // between keys
const RAMP = 5; // a ramp's length
/** Where text may wrap: between CJK characters, after Latin words (with their spaces). */
export const WRAP_TOKENS = /[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/g;

/**
 * Places the rows' titles, symbols and labels within `width`, starting a new line whenever the
 * next piece would not fit. `measure` gives a text's width at `fontSize` (bold for titles);
 * text positions are baselines at the middle of their line (textBaseline "middle").
 */
export function layoutLegend(
  rows: readonly LegendRow[],
  width: number,
  fontSize: number,
  measure: (text: string, bold: boolean) => number,
): LegendLayout {
  const lineH = Math.round(fontSize * 1.7);
  const marks: LegendMark[] = [];
  let x = 0;
  let line = 0;
  const mid = () => line * lineH + lineH / 2;
  /** Reserves `w` px on the current line (or the next one), returning where it starts. */
  const place = (w: number) => {
    if (x > 0 && x + w > width) {
      line++;
      x = 0;
    }
    const at = x;
    x += w;
    return at;
  };
  const newLine = () => {
    line++;
    x = 0;
  };
  /** Text that wraps, at spaces in Latin script and between any two CJK characters. */
  const text = (s: string, bold: boolean) => {
    const tokens = s.match(WRAP_TOKENS) ?? [s];
    const fits = (t: string) => measure(t.trimEnd(), bold) <= width - x;
    const put = (t: string) => {
      const w = measure(t.trimEnd(), bold);
      marks.push({ kind: 'text', x, y: mid(), text: t.trimEnd(), bold });
      x += w;
    };
    if (x > 0 && !fits(tokens[0]!)) newLine();
    let run = '';
    for (const tok of tokens) {
      if (run && !fits(run + tok)) {
        put(run);
        newLine();
        run = tok.trimStart();
      } else run += tok;
    }
    if (run.trim()) put(run);
  };
  const sample = fontSize * SAMPLE;
  const square = fontSize * 0.8;
  for (const row of rows) {
    text(row.title, !row.plain);
    x += fontSize * SPACE;
    for (const key of row.keys) {
      const labelW = measure(key.label, false);
      if (key.line) {
        const symbolW = sample + fontSize * GAP;
        const at = place(symbolW + labelW);
        marks.push({
          kind: 'line',
          x1: at,
          x2: at + sample,
          y: mid(),
          colour: key.line.colour,
          width: key.line.width,
          dash: [...(key.line.dash ?? [])],
        });
        marks.push({ kind: 'text', x: at + symbolW, y: mid(), text: key.label, bold: false });
      } else if (key.fill) {
        const symbolW = square + fontSize * GAP;
        const at = place(symbolW + labelW);
        const y = mid() - square / 2;
        marks.push({ kind: 'rect', x: at, y, w: square, h: square, fill: key.fill });
        marks.push({ kind: 'text', x: at + symbolW, y: mid(), text: key.label, bold: false });
      } else if (key.ramp) {
        const gap = fontSize * GAP;
        const fromW = measure(key.ramp.from, false);
        const toW = measure(key.ramp.to, false);
        const rampW = fontSize * RAMP;
        const at = place(fromW + gap + rampW + gap + toW + (key.label ? gap + labelW : 0));
        const h = fontSize * 0.7;
        marks.push({ kind: 'text', x: at, y: mid(), text: key.ramp.from, bold: false });
        const rx = at + fromW + gap;
        marks.push({
          kind: 'ramp',
          x: rx,
          y: mid() - h / 2,
          w: rampW,
          h,
          colours: key.ramp.colours,
        });
        marks.push({ kind: 'text', x: rx + rampW + gap, y: mid(), text: key.ramp.to, bold: false });
        if (key.label)
          marks.push({
            kind: 'text',
            x: rx + rampW + gap + toW + gap,
            y: mid(),
            text: key.label,
            bold: false,
          });
      } else {
        text(key.label, false);
      }
      x += fontSize * SPACE;
    }
    // Each row starts on a line of its own.
    newLine();
  }
  return { height: line * lineH, marks };
}

/** The type of every exported image: its legend, and a slide's title, caption and source. */
export const EXPORT_FONT = "'Noto Sans CJK SC', 'Noto Sans SC', system-ui, sans-serif";
const font = (size: number, bold: boolean) => `${bold ? '700 ' : ''}${size}px ${EXPORT_FONT}`;

/** A text measurer backed by a 2D canvas context. */
export function canvasMeasure(ctx: CanvasRenderingContext2D, fontSize: number) {
  return (text: string, bold: boolean) => {
    ctx.font = font(fontSize, bold);
    return ctx.measureText(text).width;
  };
}

/** Draws a laid-out legend on a canvas whose origin is the legend's top left. */
export function paintLegend(ctx: CanvasRenderingContext2D, layout: LegendLayout, fontSize: number) {
  ctx.save();
  ctx.textBaseline = 'middle';
  for (const m of layout.marks) {
    if (m.kind === 'text') {
      ctx.font = font(fontSize, m.bold);
      ctx.fillStyle = EXPORT_INK.text;
      ctx.fillText(m.text, m.x, m.y);
    } else if (m.kind === 'line') {
      ctx.strokeStyle = m.colour;
      ctx.lineWidth = m.width;
      ctx.lineCap = 'butt';
      ctx.setLineDash(m.dash);
      ctx.beginPath();
      ctx.moveTo(m.x1, m.y);
      ctx.lineTo(m.x2, m.y);
      ctx.stroke();
      ctx.setLineDash([]);
    } else if (m.kind === 'rect') {
      ctx.fillStyle = m.fill;
      ctx.fillRect(m.x, m.y, m.w, m.h);
      ctx.strokeStyle = EXPORT_INK.swatchEdge;
      ctx.lineWidth = 0.5;
      ctx.strokeRect(m.x, m.y, m.w, m.h);
    } else {
      const g = ctx.createLinearGradient(m.x, 0, m.x + m.w, 0);
      g.addColorStop(0, m.colours[0]);
      g.addColorStop(1, m.colours[1]);
      ctx.fillStyle = g;
      ctx.fillRect(m.x, m.y, m.w, m.h);
    }
  }
  ctx.restore();
}

/**
 * The legend as SVG elements: a white band `width` wide from `top`, the legend inset by `pad`;
 * every string escaped.
 */
export function legendSvg(
  layout: LegendLayout,
  fontSize: number,
  width: number,
  top: number,
  pad: number,
) {
  const n = (v: number) => String(Math.round(v * 100) / 100);
  const attr = (v: string) => escapeHtml(v);
  let gradients = 0;
  const defs: string[] = [];
  const body = layout.marks.map((m) => {
    if (m.kind === 'text')
      return `<text x="${n(m.x)}" y="${n(m.y)}" dominant-baseline="central" font-size="${fontSize}"${m.bold ? ' font-weight="700"' : ''}>${escapeHtml(m.text)}</text>`;
    if (m.kind === 'line')
      return `<line x1="${n(m.x1)}" x2="${n(m.x2)}" y1="${n(m.y)}" y2="${n(m.y)}" stroke="${attr(m.colour)}" stroke-width="${n(m.width)}"${m.dash.length ? ` stroke-dasharray="${m.dash.map(n).join(' ')}"` : ''}/>`;
    if (m.kind === 'rect')
      return `<rect x="${n(m.x)}" y="${n(m.y)}" width="${n(m.w)}" height="${n(m.h)}" fill="${attr(m.fill)}" stroke="${EXPORT_INK.swatchEdge}" stroke-width="0.5"/>`;
    const id = `legend-ramp-${gradients++}`;
    defs.push(
      `<linearGradient id="${id}"><stop offset="0" stop-color="${attr(m.colours[0])}"/><stop offset="1" stop-color="${attr(m.colours[1])}"/></linearGradient>`,
    );
    return `<rect x="${n(m.x)}" y="${n(m.y)}" width="${n(m.w)}" height="${n(m.h)}" fill="url(#${id})"/>`;
  });
  const band = `<rect x="0" y="${n(top)}" width="${n(width)}" height="${n(layout.height + 2 * pad)}" fill="${EXPORT_INK.paper}"/>`;
  return `${band}<g class="legend" transform="translate(${n(pad)} ${n(top + pad)})" font-family="${attr(EXPORT_FONT)}" fill="${EXPORT_INK.text}">${defs.length ? `<defs>${defs.join('')}</defs>` : ''}${body.join('')}</g>`;
}

/**
 * Adds a legend under an SVG document's drawing: the root grows by `height` (its height
 * attribute and viewBox), and the legend goes in before the closing tag.
 */
export function appendSvgLegend(svg: string, legend: string, height: number): string {
  const open = /<svg\b[^>]*>/.exec(svg);
  if (!open) return svg;
  const tag = open[0]
    .replace(/\bheight="([\d.]+)"/, (_, h: string) => `height="${Number(h) + height}"`)
    .replace(/\bviewBox="([\d.\s-]+)"/, (_, box: string) => {
      const [x0, y0, w, h] = box.trim().split(/\s+/).map(Number);
      return `viewBox="${x0} ${y0} ${w} ${(h ?? 0) + height}"`;
    });
  const end = svg.lastIndexOf('</svg>');
  if (end < 0) return svg;
  return (
    svg.slice(0, open.index) +
    tag +
    svg.slice(open.index + open[0].length, end) +
    legend +
    svg.slice(end)
  );
}
