import { scaleLinear } from 'd3-scale';
import { pick, type Lang } from '../../i18n';
import type { ModelId } from '../../data/schema/common';
import type { Model } from '../../data/schema/models';
import type { Policy, PolicyLevel } from '../../data/schema/policies';
import { MODEL_STYLE } from '../../lib/colours';
import { compareCodes } from '../../lib/compare';
import type { Measure } from '../../ui/text-measure';

/**
 * The timeline's pure layout: D3 computes the scale, this function places every band, lane,
 * document marker and label; React only renders what it returns. No DOM, no store, no clock.
 */

/** Lanes by issuing level; provincial and municipal documents share the "local" lane. */
export const LANES = ['central', 'ministry', 'local'] as const;
export type LaneId = (typeof LANES)[number];
export const laneOf = (level: PolicyLevel): LaneId =>
  level === 'central' ? 'central' : level === 'ministry' ? 'ministry' : 'local';

/** Width of `text` in px at `fontSize`: the browser's (ui/text-measure) or the estimate below. */
export type { Measure };

/**
 * A deliberately generous estimate (CJK and full-width signs 1 em, capitals and digits 0.62 em,
 * other Latin 0.56 em), so real glyphs are never wider than the boxes the packing reserved.
 */
export const estimateTextWidth: Measure = (text, fontSize) => {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    // Dashes, ellipses and curly quotes are full width in a CJK font.
    if (c >= 0x2e80 || (c >= 0xff00 && c <= 0xffef) || /[—…“”‘’]/u.test(ch)) em += 1;
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
  /** Below this width (default 240 px) the SVG keeps this width and its box scrolls sideways. */
  minWidth?: number;
  /**
   * A slide labels only the document its step talks about (null: none), in full where it fits;
   * the others are markers, so the whole timeline fits a projector's screen.
   */
  labelOnly?: string | null;
  /**
   * Widest a document's title wraps to, in ems (default 32 in English, 17 in Chinese); 0 draws markers
   * only, which pack many documents per row (an embed, to keep the timeline short).
   */
  labelEms?: number;
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
  x: number;
  /** Centre of the marker. */
  y: number;
  /** Centre of the label's first line: the marker's line, or the line under it. */
  labelY: number;
  /** The full title (book-title marks stripped), never shortened. */
  label: string;
  /** The title wrapped into lines that fit the label's width, every character kept. */
  lines: string[];
  labelX: number;
  anchor: 'start' | 'end';
  /** What the marker and its label take up; no two items' boxes overlap. */
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
  /** Narrow screens write the lane's name upwards in a slim gutter, leaving the width to titles. */
  labelUpright: boolean;
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
  /** Distance between the baselines of a wrapped title's lines. */
  lineHeight: number;
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

/** The title as labelled: book-title marks around the whole title are dropped. */
export const bareTitle = (title: string) => title.replace(/^《(.*)》$/u, '$1').trim();

/** Signs a line should not start with (Chinese line-breaking: closing marks and stops). */
const NO_LINE_START = /^[，。、；：？！）》」』〕】,.;:?!)\]]/u;
/** Signs a line should not end with (opening marks belong to what follows them). */
const NO_LINE_END = /[（《「『〔【([“‘]$/u;

/**
 * Wraps a title into lines no wider than `maxWidth`, keeping every character: English breaks
 * between words (a word wider than the line is split), Chinese between characters, never
 * putting a closing mark or stop at the start of a line nor an opening mark at its end.
 */
export function wrapLabel(
  title: string,
  maxWidth: number,
  fontSize: number,
  measure: Measure,
): string[] {
  const text = title.trim();
  if (!text) return [];
  // Tokens: a word with the space after it, or one CJK character (or full-width sign).
  const tokens = text.match(/[\u2e80-\uffef]|[^\s\u2e80-\uffef]+\s*|\s+/gu) ?? [text];
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => measure(s.trimEnd(), fontSize) <= maxWidth;
  for (const token of tokens) {
    if (fits(line + token)) {
      line += token;
      continue;
    }
    let rest = token;
    const chars = [...line.trimEnd()];
    // A closing mark that does not fit takes the character before it down with it, and an
    // opening mark at the end of the line moves down with what it opens.
    if (chars.length > 1 && NO_LINE_START.test(token)) rest = chars.pop()! + rest;
    if (chars.length > 1 && NO_LINE_END.test(chars[chars.length - 1]!)) rest = chars.pop()! + rest;
    line = chars.join('');
    if (line.trim()) lines.push(line.trimEnd());
    // A token wider than a line on its own (a long word): split it where it must.
    while (!fits(rest) && [...rest].length > 1) {
      const cs = [...rest];
      let n = cs.length - 1;
      while (n > 1 && !fits(cs.slice(0, n).join(''))) n--;
      lines.push(cs.slice(0, n).join(''));
      rest = cs.slice(n).join('');
    }
    line = rest.trimStart();
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/**
 * Wraps a title to at most `maxWidth`, then narrows the lines to the width that still needs
 * no more of them, so a two-line title is two balanced lines rather than a full one and a word.
 */
export function balancedWrap(
  title: string,
  maxWidth: number,
  fontSize: number,
  measure: Measure,
): string[] {
  const lines = wrapLabel(title, maxWidth, fontSize, measure);
  if (lines.length < 2) return lines;
  let lo = Math.max(...lines.map((l) => measure(l, fontSize))) / 2;
  let hi = maxWidth;
  let best = lines;
  // Bisection on the width: fewer characters per line never means fewer lines.
  for (let i = 0; i < 8; i++) {
    const mid = (lo + hi) / 2;
    const tried = wrapLabel(title, mid, fontSize, measure);
    if (tried.length <= lines.length) {
      best = tried;
      hi = mid;
    } else lo = mid;
  }
  return best;
}

/** A box placed in a lane: `y0`/`y1` relative to the lane's top. */
interface Placed {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * The lowest top (relative to the lane) at which a box of `height` spanning `x0`–`x1` overlaps
 * none of `placed`, with `gap` around: a skyline packing, so a tall label takes room only
 * where it stands.
 */
export function lowestTop(
  placed: readonly Placed[],
  box: { x0: number; x1: number; height: number },
  gap: number,
): number {
  const across = placed.filter((p) => p.x0 < box.x1 + gap && box.x0 < p.x1 + gap);
  const candidates = [0, ...across.map((p) => p.y1 + gap)].sort((a, c) => a - c);
  return candidates.find((y) =>
    across.every((p) => y >= p.y1 + gap || y + box.height + gap <= p.y0),
  )!;
}

/** Places boxes in order, each at its lowest free top (see `lowestTop`). Returns the tops. */
export function packBoxes(
  boxes: readonly { x0: number; x1: number; height: number }[],
  gap: number,
): number[] {
  const placed: Placed[] = [];
  return boxes.map((b) => {
    const y0 = lowestTop(placed, b, gap);
    placed.push({ x0: b.x0, x1: b.x1, y0, y1: y0 + b.height });
    return y0;
  });
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

/** The longest prefix of `text` that `fits` with an ellipsis after it (at least one character). */
function shortened(text: string, fits: (s: string) => boolean): string {
  const chars = [...text];
  let n = chars.length - 1;
  while (n > 1 && !fits(`${chars.slice(0, n).join('').trimEnd()}…`)) n--;
  return `${chars.slice(0, n).join('').trimEnd()}…`;
}

export function layoutTimeline(input: TimelineLayoutInput): TimelineLayout {
  const measureText = input.measure ?? estimateTextWidth;
  const measure = measureText;
  const { fontSize, lang } = input;
  const [from, to] = input.years;
  const width = Math.max(input.width, input.minWidth ?? 240);
  // A slide's rows are mostly bare markers: tighter, so the whole timeline fits the screen.
  const rowHeight = Math.round(fontSize * (input.labelOnly === undefined ? 1.9 : 1.35));
  const markerRadius = Math.max(5, Math.round(fontSize * 0.42));
  const gap = Math.round(fontSize * 0.6);
  // A phone's width goes to the titles: lane names are written upwards in a slim gutter there.
  const uprightLanes = width < fontSize * 40;
  const laneGutter = uprightLanes
    ? Math.round(fontSize * 1.4) + gap
    : Math.ceil(Math.max(...LANES.map((l) => measure(input.laneLabels[l], fontSize)))) + gap * 2;
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
    // A swatch one em wide precedes the text; a highlighted band's is bold (up to 20% wider).
    // A phone too narrow for the years gets the name alone, shortened if even that is too wide
    // (the band's title gives it in full).
    const widthOf = (s: string) => measure(s, fontSize) * 1.2 + fontSize;
    const name = pick(b.m.name, lang);
    const full = `${name} ${span}`;
    const text =
      widthOf(full) <= width - gap
        ? full
        : widthOf(name) <= width - gap
          ? name
          : shortened(name, (s) => widthOf(s) <= width - gap);
    const w = widthOf(text);
    const lx = Math.max(gap / 2, Math.min(b.x0 + gap / 2, plot.right - w));
    return { text, x0: lx, x1: lx + w };
  });
  const bandRows = packRows(bandLabels, gap);
  const bandRowCount = bandsRaw.length ? Math.max(...bandRows) + 1 : 0;
  const bandLabelTop = cursorY;
  cursorY += bandRowCount * rowHeight;
  const selected = new Set(input.selectedModels);

  // Documents: lane by level; each title in full, wrapped to the label's width, on the side of
  // its marker where it sits highest, packed so that no two labels touch.
  // Wide enough that most titles take two lines: a stack of short lines is what makes lanes tall.
  // labelEms 0 (a chart-only embed): markers only, each title in its name and the detail.
  const maxLabel = fontSize * (input.labelEms ?? (lang === 'en' ? 32 : 17));
  const minLabel = fontSize * 8;
  const lineHeight = Math.round(fontSize * 1.3);
  const pad = Math.round((rowHeight - lineHeight) / 2);
  const boxGap = Math.round(gap / 3);
  const docs = input.policies
    .map((p) => ({ p, t: fractionalYear(p.date), year: yearOf(p.date) }))
    .filter((d) => d.year >= from && d.year <= to)
    .sort((a, b) => a.t - b.t || compareCodes(a.p.id, b.p.id));

  const lanes: LaidOutLane[] = [];
  const items: LaidOutPolicy[] = [];
  for (const lane of LANES) {
    const inLane = docs.filter((d) => laneOf(d.p.level) === lane);
    const taken: Placed[] = [];
    const placed = inLane.map((d) => {
      const cx = x(d.t);
      const only = input.labelOnly;
      if ((only !== undefined && only !== d.p.id) || maxLabel === 0) {
        // A slide labels one document: a bare marker may half cover its neighbour (fewer
        // rows, each still seen).
        const r = markerRadius / 2;
        const box = { x0: cx - r, x1: cx + r, height: rowHeight };
        const top = lowestTop(taken, box, boxGap);
        taken.push({ x0: box.x0, x1: box.x1, y0: top, y1: top + box.height });
        return {
          d,
          cx,
          label: '',
          lines: [] as string[],
          anchor: 'start' as const,
          labelX: cx + markerRadius + gap / 2,
          ...box,
          top,
          under: false,
        };
      }
      // A slide's one label is set bold (up to 20% wider than the estimate).
      const measure = only ? (s: string, f: number) => measureText(s, f) * 1.2 : measureText;
      const label = bareTitle(pick(d.p.title, lang));
      const side = (onRight: boolean) => {
        // Room between the marker and the plot's edge: a label never runs under the lane
        // labels nor off the SVG (on a phone the left edge is where the box scrolls from).
        const room = onRight
          ? plot.right - (cx + markerRadius + gap / 2)
          : cx - markerRadius - gap / 2 - plot.left;
        const lines = balancedWrap(label, Math.min(maxLabel, room), fontSize, measure);
        const w = Math.max(0, ...lines.map((l) => measure(l, fontSize)));
        const labelX = onRight ? cx + markerRadius + gap / 2 : cx - markerRadius - gap / 2;
        const box = {
          x0: onRight ? cx - markerRadius : labelX - w,
          x1: onRight ? labelX + w : cx + markerRadius,
          height: Math.max(1, lines.length) * lineHeight + pad * 2,
        };
        const top = lowestTop(taken, box, boxGap);
        // A side narrower than a few words would stack the title into a column.
        const usable = room >= Math.min(measure(label, fontSize), minLabel);
        return { onRight, lines, labelX, box, usable, top, bottom: top + box.height };
      };
      // Under its marker, across the plot's width, when neither side has room for the title.
      const below = () => {
        const lines = balancedWrap(
          label,
          Math.min(maxLabel, plot.right - plot.left),
          fontSize,
          measure,
        );
        const w = Math.max(0, ...lines.map((l) => measure(l, fontSize)));
        const labelX = Math.max(plot.left, Math.min(cx - markerRadius, plot.right - w));
        const box = {
          x0: Math.min(cx - markerRadius, labelX),
          x1: Math.max(cx + markerRadius, labelX + w),
          height: (Math.max(1, lines.length) + 1) * lineHeight + pad * 2,
        };
        const top = lowestTop(taken, box, boxGap);
        return {
          onRight: true,
          lines,
          labelX,
          box,
          usable: true,
          top,
          bottom: top + box.height,
          under: true,
        };
      };
      // The side where the label ends highest (its top plus its wrapped height), right on a tie;
      // under the marker only when that ends higher by more than the marker's own line.
      const right = { ...side(true), under: false };
      const left = { ...side(false), under: false };
      const beside = !right.usable || (left.usable && left.bottom < right.bottom) ? left : right;
      const under = below();
      const best = !beside.usable || under.bottom < beside.bottom ? under : beside;
      const { x0, x1, height } = best.box;
      taken.push({ x0, x1, y0: best.top, y1: best.top + height });
      return {
        d,
        cx,
        label,
        lines: best.lines,
        anchor: (best.onRight ? 'start' : 'end') as 'start' | 'end',
        labelX: best.labelX,
        x0,
        x1,
        height,
        top: best.top,
        under: best.under,
      };
    });
    const y0 = cursorY;
    let bottom = y0 + rowHeight;
    placed.forEach((pl) => {
      const top = y0 + pl.top;
      bottom = Math.max(bottom, top + pl.height);
      items.push({
        id: pl.d.p.id,
        policy: pl.d.p,
        t: pl.d.t,
        year: pl.d.year,
        lane,
        x: pl.cx,
        y: top + pad + lineHeight / 2,
        labelY: top + pad + lineHeight / 2 + (pl.under ? lineHeight : 0),
        label: pl.label,
        lines: pl.lines,
        labelX: pl.labelX,
        anchor: pl.anchor,
        box: { x0: pl.x0, x1: pl.x1, y0: top, y1: top + pl.height },
      });
    });
    cursorY = bottom + gap;
    lanes.push({
      id: lane,
      label: input.laneLabels[lane],
      y0,
      y1: bottom,
      rows: Math.max(1, Math.round((bottom - y0) / rowHeight)),
      labelUpright: uprightLanes,
    });
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
    lineHeight,
  };
}
