/**
 * Pure option builders of the map's comparisons: one small map of a year (for the grid of
 * small multiples) and the change map of two years. Both draw on the single map's own builders
 * (same geo frame, so the same projection and scale), with no motion.
 */
import { CHANGE_STYLE, EXPORT_INK } from '../../../lib/colours';
import { escapeHtml } from '../../../lib/escape';
import {
  arcWidth,
  buildMapBase,
  buildMapFlows,
  buildMapNames,
  mapTooltip,
  type MapBaseInput,
  type MapNamesInput,
  type MapOptionInput,
} from '../build-map-option';
import type { CompareT } from './messages';
import { CHANGES, type Change, type DiffArc } from './diff';

/**
 * One year as a small map, as one chart: provinces, arcs and place marks, no names (a small
 * map has no room for them; the tooltip names what the pointer is on). The provinces take the
 * pointer, so hovering one can light it in every map.
 */
export function buildSmallMapOption(
  input: MapOptionInput,
  width: number,
  /** What a click on the small map does, said in its tooltips; null when it does nothing. */
  clickText: string | null = null,
) {
  const still = { ...input, motion: false };
  // The full map's tooltips end in "click for details"; here a click opens the year instead.
  const clickLine = `<div><em>${escapeHtml(input.t('map.tooltip.click'))}</em></div>`;
  const instead = clickText ? `<div><em>${escapeHtml(clickText)}</em></div>` : '';
  const mapTip = mapTooltip(still);
  const tooltip = (p: unknown) => mapTip(p).replace(clickLine, instead);
  const base = buildMapBase(still, tooltip);
  const flows = buildMapFlows(still, 'apart');
  // Strokes and arrows drawn for a full map would smother a small one: they shrink with it,
  // down to 60 % (at 250 px and less), the same factor in every map of the grid.
  const k = Math.min(1, Math.max(0.6, width / 420));
  const series = flows.series.map((s) =>
    s.type === 'lines'
      ? {
          ...s,
          symbolSize: Math.round(s.symbolSize * k),
          data: s.data.map((d) => ({
            ...d,
            lineStyle: { ...d.lineStyle, width: Math.round(d.lineStyle.width * k * 10) / 10 },
          })),
        }
      : s,
  );
  return {
    ...flows,
    animation: false,
    tooltip: { ...flows.tooltip, formatter: tooltip },
    geo: base.geo,
    series: [...base.series, ...series],
  };
}

/** One small map of the grid, for the export: its year, counts and flows. */
export interface GridCell {
  year: number;
  /** Its counts, as under the small map. */
  counts: string;
  flows: MapOptionInput;
}

/** How the grid is laid out on the page, in CSS px: the file is laid out the same way. */
export interface GridLayout {
  columns: number;
  cellWidth: number;
  mapHeight: number;
  /** Room above each map for its caption. */
  captionHeight: number;
  gap: number;
}

/** The size the whole grid takes. */
export function gridSize(n: number, l: GridLayout) {
  const columns = Math.min(n, l.columns);
  const rows = Math.ceil(n / l.columns);
  return {
    width: columns * l.cellWidth + (columns - 1) * l.gap,
    height: rows * (l.captionHeight + l.mapHeight) + (rows - 1) * l.gap,
  };
}

const percent = (part: number, whole: number) => `${Math.round((part / whole) * 10000) / 100}%`;

/**
 * The whole grid as one chart, for PNG, SVG and slide exports: one geo frame per year, placed
 * as the page places its small map (in percentages of the grid, so a slide's larger box keeps
 * the arrangement), each year's series drawn in its own frame, its year and counts above it.
 */
export function buildGridExportOption(
  cells: readonly GridCell[],
  layout: GridLayout,
  widthMax: number,
) {
  const size = gridSize(cells.length, layout);
  const geo: object[] = [];
  const series: object[] = [];
  const title: object[] = [];
  cells.forEach((cell, i) => {
    const x = (i % layout.columns) * (layout.cellWidth + layout.gap);
    const y =
      Math.floor(i / layout.columns) * (layout.captionHeight + layout.mapHeight + layout.gap);
    const one = buildSmallMapOption({ ...cell.flows, widthMax }, layout.cellWidth);
    // A frame of its own: the box under the caption (the page's margins do not apply).
    const { right: _r, bottom: _b, ...frame } = one.geo;
    geo.push({
      ...frame,
      id: `geo-${i}`,
      left: percent(x, size.width),
      top: percent(y + layout.captionHeight, size.height),
      width: percent(layout.cellWidth, size.width),
      height: percent(layout.mapHeight, size.height),
    });
    for (const s of one.series) {
      series.push({ ...s, id: `${String(s.id)}-${i}`, geoIndex: i, zlevel: 0 });
    }
    title.push({
      text: String(cell.year),
      subtext: cell.counts,
      left: percent(x, size.width),
      top: percent(y, size.height),
      padding: 0,
      itemGap: 2,
      textStyle: { fontSize: 14, fontWeight: 'bold', color: EXPORT_INK.text },
      subtextStyle: {
        fontSize: 11,
        color: EXPORT_INK.caption,
        width: layout.cellWidth,
        overflow: 'break',
      },
    });
  });
  return { animation: false, title, geo, series };
}

/** Curveness by change, so a pair whose relationship ended and another started shows both. */
const CHANGE_CURVENESS: Record<Change, number> = { continued: 0.12, ended: 0.22, started: 0.32 };

export interface DiffOptionInput {
  /** The base of the second year's map (its shading), without hover. */
  base: MapBaseInput;
  /** Its names, naming the places the change involves. */
  names: MapNamesInput;
  arcs: readonly DiffArc[];
  projector: boolean;
  /** A province's name on the map. */
  placeName: (adcode: string) => string;
  t: CompareT;
  /** Accessible description of the chart. */
  description: string;
}

/** The change map: the second year's provinces, then continued, ended and started arcs. */
export function buildDiffOption(input: DiffOptionInput) {
  const { arcs, projector, t, placeName } = input;
  const base = buildMapBase(input.base, () => '');
  const names = buildMapNames(input.names);
  const heaviest = arcs.reduce((m, a) => (a.change === 'continued' ? m : Math.max(m, a.weight)), 1);
  const byKey = new Map(arcs.map((a) => [a.key, a]));
  const series = CHANGES.map((change) => {
    const style = CHANGE_STYLE[change];
    const continued = change === 'continued';
    return {
      id: `change-${change}`,
      type: 'lines' as const,
      coordinateSystem: 'geo',
      zlevel: 1,
      z: 3,
      symbol: continued ? ['none', 'none'] : ['none', 'arrow'],
      symbolSize: projector ? 18 : 10,
      lineStyle: {
        color: style.colour,
        type: style.dash,
        opacity: continued ? 0.7 : 0.95,
        curveness: CHANGE_CURVENESS[change],
        cap: 'round',
      },
      emphasis: { focus: 'none' },
      data: arcs
        .filter((a) => a.change === change)
        .map((a) => ({
          key: a.key,
          name: `${placeName(a.east)} → ${placeName(a.west)}`,
          coords: [a.from, a.to],
          lineStyle: {
            width: continued ? (projector ? 2 : 1) : arcWidth(a.weight, heaviest, projector),
          },
        })),
    };
  });
  const tooltip = (raw: unknown) => {
    const arc = byKey.get((raw as { data?: { key?: string } }).data?.key ?? '');
    if (!arc) return '';
    return [
      `<strong>${escapeHtml(`${placeName(arc.east)} → ${placeName(arc.west)}`)}</strong>`,
      `<div>${escapeHtml(`${t(`map.diff.${arc.change}`)}: ${t('map.count.pairings', { count: arc.weight })}`)}</div>`,
    ].join('');
  };
  return {
    aria: { enabled: true, label: { description: input.description } },
    animation: false,
    tooltip: {
      trigger: 'item' as const,
      confine: true,
      formatter: tooltip,
      extraCssText: `max-width: ${projector ? 520 : 320}px; white-space: normal;`,
      textStyle: { fontSize: projector ? 24 : 13 },
    },
    geo: { ...base.geo, silent: true },
    series: [...base.series, ...series, ...names.series],
  };
}
