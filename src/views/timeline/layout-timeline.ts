import { scaleLinear } from 'd3-scale';
import { pick, type Lang } from '../../i18n';
import type { ModelId } from '../../data/schema/common';
import type { Model } from '../../data/schema/models';
import type { Policy, PolicyLevel } from '../../data/schema/policies';
import { MODEL_STYLE } from '../../lib/colours';
import { compareCodes } from '../../lib/compare';

/**
 * The timeline's pure layout: D3 computes the scale, this function places every band, lane,
 * document marker and label; React only renders what it returns. No DOM, no store, no clock.
 */

/** Lanes by issuing level; provincial and municipal documents share the "local" lane. */
export const LANES = ['central', 'ministry', 'local'] as const;
export type LaneId = (typeof LANES)[number];
export const laneOf = (level: PolicyLevel): LaneId =>
  level === 'central' ? 'central' : level === 'ministry' ? 'ministry' : 'local';

/** Width of `text` in px at `fontSize`; injected so tests and the browser agree on one rule. */
export type Measure = (text: string, fontSize: number) => number;

/**
 * A deliberately generous estimate (CJK and full-width signs 1 em, capitals and digits 0.62 em,
 * other Latin 0.56 em), so real glyphs are never wider than the boxes the packing reserved.
 */
export const estimateTextWidth: Measure = (text, fontSize) => {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x2e80 || (c >= 0xff00 && c <= 0xffef)) em += 1;
    else if (/[A-Z0-9]/.test(ch)) em += 0.62;
    else if (ch === ' ') em += 0.3;
    else em += 0.56;
  }
  return em * fontSize;
};

export interface TimelineLayoutInput {
  policies: readonly Policy[];
  models: readonly Model[];
  lang: Lang;
  /** Width available for the SVG, in px. */
  width: number;
  /** First and last year shown (inclusive). */
  years: readonly [number, number];
  /** Label font size in px. */
  fontSize: number;
  /** The store's model selection; empty = all (no band highlighted). */
  selectedModels: readonly ModelId[];
  laneLabels: Record<LaneId, string>;
  measure?: Measure;
  /** Below this width the SVG keeps this width and its box scrolls sideways. */
  minWidth?: number;
  /**
   * A slide labels only the document its step talks about (null: none), in full where it fits;
   * the others are markers, so the whole timeline fits a projector's screen.
   */
  labelOnly?: string | null;
}

/** A horizontal extent reserved by a marker and its label. */
export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface LaidOutPolicy {
  id: string;
  policy: Policy;
  /** Fractional year of the date (mid-period for month and year precision). */
  t: number;
  year: number;
  lane: LaneId;
  row: number;
  x: number;
  y: number;
  label: string;
  /** Whether the label was shortened (the full title is in the detail and <title>). */
  truncated: boolean;
  labelX: number;
  anchor: 'start' | 'end';
  box: Box;
}

export interface LaidOutBand {
  id: ModelId;
  x0: number;
  x1: number;
  startYear: number;
  endYear: number | null;
  label: string;
  name: string;
  /** The data's description of the period (long), for the band's tooltip. */
  description: string;
  colour: string;
  decal: (typeof MODEL_STYLE)[ModelId]['decal'];
  labelRow: number;
  /** Left of the swatch; the text starts one em later. */
  labelX: number;
  /** Right end of the label text. */
  labelEnd: number;
  labelY: number;
  highlighted: boolean;
  dimmed: boolean;
}

export interface LaidOutLane {
  id: LaneId;
  label: string;
  y0: number;
  y1: number;
  rows: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** Fractional year → px. */
  x: (t: number) => number;
  /** px → the year (integer) under it, clamped to the range. */
  yearAt: (px: number) => number;
  years: readonly [number, number];
  axisY: number;
  ticks: { year: number; x: number; labelled: boolean }[];
  bands: LaidOutBand[];
  lanes: LaidOutLane[];
  items: LaidOutPolicy[];
  markerRadius: number;
  rowHeight: number;
}

/** "2016-10-18" → 2016.79…; year precision sits mid-year, month precision mid-month. */
export function fractionalYear(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return y + 0.5;
  if (d === undefined) return y + (m - 0.5) / 12;
  const start = Date.UTC(y, 0, 1);
  const days = (Date.UTC(y + 1, 0, 1) - start) / 86_400_000;
  return y + ((Date.UTC(y, m - 1, d) - start) / 86_400_000 + 0.5) / days;
}

export const yearOf = (date: string) => Number(date.slice(0, 4));

/** Strips the book-title marks and shortens to `maxWidth`, ending with an ellipsis. */
export function shortLabel(
  title: string,
  maxWidth: number,
  fontSize: number,
  measure: Measure,
): { label: string; truncated: boolean } {
  const bare = title.replace(/^《(.*)》$/u, '$1').trim();
  if (measure(bare, fontSize) <= maxWidth) return { label: bare, truncated: false };
  const chars = [...bare];
  const fits = (n: number) => measure(`${chars.slice(0, n).join('')}…`, fontSize) <= maxWidth;
  // The longest prefix that fits, by bisection (a prefix is never wider than a longer one):
  // measuring every length in turn made the layout quadratic in the title's length.
  let lo = 1;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return { label: `${chars.slice(0, lo).join('').trimEnd()}…`, truncated: true };
}

/** Greedy row packing: each interval goes to the first row whose last box ends before it. */
export function packRows(intervals: readonly { x0: number; x1: number }[], gap: number): number[] {
  const ends: number[] = [];
  return intervals.map(({ x0, x1 }) => {
    let row = ends.findIndex((end) => end + gap <= x0);
    if (row === -1) {
      row = ends.length;
      ends.push(x1);
    } else ends[row] = x1;
    return row;
  });
}

export function layoutTimeline(input: TimelineLayoutInput): TimelineLayout {
  const measure = input.measure ?? estimateTextWidth;
  const { fontSize, lang } = input;
  const [from, to] = input.years;
  const width = Math.max(input.width, input.minWidth ?? 720);
  // A slide's rows are mostly bare markers: tighter, so the whole timeline fits the screen.
  const rowHeight = Math.round(fontSize * (input.labelOnly === undefined ? 1.9 : 1.35));
  const markerRadius = Math.max(5, Math.round(fontSize * 0.42));
  const gap = Math.round(fontSize * 0.6);
  const laneGutter =
    Math.ceil(Math.max(...LANES.map((l) => measure(input.laneLabels[l], fontSize)))) + gap * 2;
  const plot = { left: laneGutter, right: width - gap };

  const scale = scaleLinear()
    .domain([from, to + 1])
    .range([plot.left, plot.right]);
  const x = (t: number) => scale(t);
  const yearAt = (px: number) => Math.min(to, Math.max(from, Math.floor(scale.invert(px))));

  // Axis: a tick per year; labels as often as they fit.
  const yearPx = (plot.right - plot.left) / (to + 1 - from);
  const every = [1, 2, 5, 10].find((n) => n * yearPx >= measure('2000', fontSize) + gap) ?? 10;
  const ticks = [];
  for (let y = from; y <= to; y++) ticks.push({ year: y, x: x(y), labelled: y % every === 0 });
  const axisY = Math.round(fontSize * 1.6);
  let cursorY = axisY + Math.round(fontSize * 0.9);

  // Model phase bands and their labels, packed into rows when periods overlap.
  const bandsRaw = input.models
    .map((m) => {
      const start = Math.max(from, m.period.startYear);
      const end = Math.min(to + 1, (m.period.endYear ?? to) + 1);
      return { m, x0: x(start), x1: x(end) };
    })
    .filter((b) => b.x1 > b.x0)
    .sort((a, b) => a.x0 - b.x0);
  const bandLabels = bandsRaw.map((b) => {
    // period.label is an explanatory sentence in the data: it goes to the band's <title>.
    const span = `${b.m.period.startYear}–${b.m.period.endYear ?? ''}`;
    const text = `${pick(b.m.name, lang)} ${span}`;
    // A swatch one em wide precedes the text; a highlighted band's is bold (up to 20% wider).
    const w = measure(text, fontSize) * 1.2 + fontSize;
    const lx = Math.min(b.x0 + gap / 2, plot.right - w);
    return { text, x0: lx, x1: lx + w };
  });
  const bandRows = packRows(bandLabels, gap);
  const bandRowCount = bandsRaw.length ? Math.max(...bandRows) + 1 : 0;
  const bandLabelTop = cursorY;
  cursorY += bandRowCount * rowHeight;
  const selected = new Set(input.selectedModels);

  // Documents: lane by level, row by greedy packing of marker + label extents.
  const maxLabel = fontSize * (lang === 'en' ? 14 : 11);
  const docs = input.policies
    .map((p) => ({ p, t: fractionalYear(p.date), year: yearOf(p.date) }))
    .filter((d) => d.year >= from && d.year <= to)
    .sort((a, b) => a.t - b.t || compareCodes(a.p.id, b.p.id));

  const lanes: LaidOutLane[] = [];
  const items: LaidOutPolicy[] = [];
  for (const lane of LANES) {
    const inLane = docs.filter((d) => laneOf(d.p.level) === lane);
    const placed = inLane.map((d) => {
      const cx = x(d.t);
      const only = input.labelOnly;
      // A slide's one label takes the wider side of its marker; it is set bold (up to 20% wider).
      const bold = only ? 1.2 : 1;
      const room = Math.max(plot.right - cx, cx - plot.left) - markerRadius - gap;
      const { label, truncated } =
        only === undefined || only === d.p.id
          ? shortLabel(pick(d.p.title, lang), only ? room / bold : maxLabel, fontSize, measure)
          : { label: '', truncated: false };
      const w = measure(label, fontSize) * bold;
      const fitsRight = cx + markerRadius + gap / 2 + w <= plot.right;
      const anchor: 'start' | 'end' = fitsRight ? 'start' : 'end';
      const labelX = fitsRight ? cx + markerRadius + gap / 2 : cx - markerRadius - gap / 2;
      // A bare marker (on a slide) may half cover its neighbour: fewer rows, each still seen.
      const r = label ? markerRadius : markerRadius / 2;
      const x0 = fitsRight ? cx - r : labelX - w;
      const x1 = fitsRight ? (label ? labelX + w : cx + r) : cx + r;
      return { d, cx, label, truncated, anchor, labelX, x0, x1 };
    });
    const rows = packRows(placed, gap);
    const rowCount = Math.max(1, rows.length ? Math.max(...rows) + 1 : 1);
    const y0 = cursorY;
    placed.forEach((pl, i) => {
      const row = rows[i]!;
      const cy = y0 + row * rowHeight + rowHeight / 2;
      items.push({
        id: pl.d.p.id,
        policy: pl.d.p,
        t: pl.d.t,
        year: pl.d.year,
        lane,
        row,
        x: pl.cx,
        y: cy,
        label: pl.label,
        truncated: pl.truncated,
        labelX: pl.labelX,
        anchor: pl.anchor,
        box: { x0: pl.x0, x1: pl.x1, y0: cy - rowHeight / 2, y1: cy + rowHeight / 2 },
      });
    });
    cursorY += rowCount * rowHeight + gap;
    lanes.push({ id: lane, label: input.laneLabels[lane], y0, y1: cursorY - gap, rows: rowCount });
  }

  const bands: LaidOutBand[] = bandsRaw.map((b, i) => ({
    id: b.m.id,
    x0: b.x0,
    x1: b.x1,
    startYear: b.m.period.startYear,
    endYear: b.m.period.endYear,
    label: bandLabels[i]!.text,
    name: pick(b.m.name, lang),
    description: pick(b.m.period.label, lang),
    colour: MODEL_STYLE[b.m.id].colour,
    decal: MODEL_STYLE[b.m.id].decal,
    labelRow: bandRows[i]!,
    labelX: bandLabels[i]!.x0,
    labelEnd: bandLabels[i]!.x1,
    labelY: bandLabelTop + bandRows[i]! * rowHeight + rowHeight / 2,
    highlighted: selected.size > 0 && selected.has(b.m.id),
    dimmed: selected.size > 0 && !selected.has(b.m.id),
  }));

  // Keyboard order is time order across lanes (what ←/→ walk through).
  items.sort((a, b) => a.t - b.t || LANES.indexOf(a.lane) - LANES.indexOf(b.lane));
  return {
    width,
    height: cursorY,
    plot: { left: plot.left, right: plot.right, top: axisY, bottom: cursorY - gap },
    x,
    yearAt,
    years: input.years,
    axisY,
    ticks,
    bands,
    lanes,
    items,
    markerRadius,
    rowHeight,
  };
}
